import type { StoreConfig } from './types';

/** The SQLite file name inside the data directory. */
export const DATABASE_FILE_NAME = 'rebound.db';

/**
 * The data directory: `REBOUND_DATA_DIR`, else `$XDG_DATA_HOME/rebound`, else
 * `~/.local/share/rebound`. `home` comes from the edge (the environment or the OS).
 *
 * @example
 * resolveDataDir({ XDG_DATA_HOME: '/x' }, '/home/sam'); // '/x/rebound'
 */
export function resolveDataDir(env: Readonly<Record<string, string | undefined>>, home: string): string {
  if (env.REBOUND_DATA_DIR) return env.REBOUND_DATA_DIR;
  const base = env.XDG_DATA_HOME || `${trimSlash(home)}/.local/share`;
  return `${trimSlash(base)}/rebound`;
}

/**
 * Where the data lives, from the environment: PostgreSQL when `DATABASE_URL` is set, else the
 * embedded SQLite file in the data directory.
 *
 * @example
 * resolveStoreConfig({ DATABASE_URL: 'postgres://u:p@db/rebound' }, '/home/sam'); // { kind: 'postgres', ... }
 */
export function resolveStoreConfig(
  env: Readonly<Record<string, string | undefined>>,
  home: string,
): StoreConfig {
  if (env.DATABASE_URL) return { kind: 'postgres', url: env.DATABASE_URL };
  return { kind: 'sqlite', file: `${resolveDataDir(env, home)}/${DATABASE_FILE_NAME}` };
}

function trimSlash(path: string): string {
  return path.length > 1 ? path.replace(/\/+$/, '') : path;
}
