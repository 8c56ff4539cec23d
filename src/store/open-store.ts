import { createShortId } from './ids';
import type { Store, StoreConfig } from './types';

/**
 * Opens the store the config names, applying any pending migrations. Each database driver is
 * loaded only when it is used, so commands that need no storage never pay for it.
 *
 * @example
 * const store = await openStore({ kind: 'sqlite', file: ':memory:' });
 * const { value } = await store.createInterview('local', debrief);
 * await store.close();
 */
export async function openStore(config: StoreConfig): Promise<Store> {
  const now = config.now ?? (() => new Date());
  const newId = config.newId ?? (() => createShortId());
  if (config.kind === 'postgres') {
    const { openPostgresStore } = await import('./postgres/open-postgres');
    return openPostgresStore({
      url: config.url,
      ...(config.schema !== undefined ? { schema: config.schema } : {}),
      ...(config.maxConnections !== undefined ? { maxConnections: config.maxConnections } : {}),
      now,
      newId,
      ...(config.zoneOffsets ? { zoneOffsets: config.zoneOffsets } : {}),
    });
  }
  const { openSqliteStore } = await import('./sqlite/open-sqlite');
  return openSqliteStore({
    file: config.file,
    now,
    newId,
    ...(config.zoneOffsets ? { zoneOffsets: config.zoneOffsets } : {}),
  });
}
