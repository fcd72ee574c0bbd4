/** Every JSON Schema driftgate publishes, by file name (schemas/<name>.schema.json). */
import { comparisonSchema } from './comparison-schema.js';
import { configSchema } from './config-schema.js';
import { recordingSchema } from './recording-schema.js';
import { verificationSchema } from './verification-schema.js';
import { waiverSchema } from './waiver-schema.js';

export const SCHEMAS: Record<string, object> = {
  config: configSchema,
  comparison: comparisonSchema,
  recording: recordingSchema,
  verification: verificationSchema,
  waiver: waiverSchema,
};
