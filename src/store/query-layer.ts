/**
 * The store's query layer (Kysely, the migrations, both database backends) as one module. The CLI
 * build makes it its own bundle (dist/store-query-layer.cjs), loaded by the `import()`s that name
 * these modules, so `rebound list`, which reads through raw prepared statements, never reads or
 * compiles it (about half of a storage command's bundle).
 */
export { createKyselyStore } from './kysely-store';
export { applyMigrations } from './migrate';
export { openPostgresStore } from './postgres/open-postgres';
export { createSqliteBackend } from './sqlite/sqlite-backend';
