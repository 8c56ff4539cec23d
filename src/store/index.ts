/** The storage module: open a store, then use the typed interface of `./types`. */
export { openStore } from './open-store';
export { resolveDataDir, resolveStoreConfig, DATABASE_FILE_NAME } from './config';
export * from './types';
