/** Every JSON Schema driftgate publishes, by file name (schemas/<name>.schema.json). */
import { comparisonSchema } from './comparison.js';
import { configSchema } from './config.js';

export const SCHEMAS: Record<string, object> = {
  config: configSchema,
  comparison: comparisonSchema,
};
