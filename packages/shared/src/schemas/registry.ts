/** Every JSON Schema driftgate publishes, by file name (schemas/<name>.schema.json). */
import { comparisonSchema } from './comparison.js';
import { configSchema } from './config.js';
import { recordingSchema } from './recording.js';
import { verificationSchema } from './verification.js';
import { waiverSchema } from './waiver.js';

export const SCHEMAS: Record<string, object> = {
  config: configSchema,
  comparison: comparisonSchema,
  recording: recordingSchema,
  verification: verificationSchema,
  waiver: waiverSchema,
};
