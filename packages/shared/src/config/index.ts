/** @driftgate/shared/config: the config file (.github/driftgate.yml over the catalog). */
export * from './config.js';
export * from './file.js';
