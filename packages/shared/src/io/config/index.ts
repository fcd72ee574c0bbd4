/** @driftgate/shared/config: the config file (.github/driftgate.yml over the catalog). */
export * from '../../core/config.js';
export * from './config-file.js';
