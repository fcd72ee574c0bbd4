/** driftgate's own version, recorded in every report. Kept in step with the root package.json by a test. */
export const DRIFTGATE_VERSION = '0.1.0';
