export { DRIFTGATE_VERSION as VERSION } from './version.js';
