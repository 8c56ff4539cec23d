// Bundles src/core/check on the fly with esbuild (the same bytes the CLI ships) and imports it,
// so the benchmarks and the report need neither a TypeScript runtime nor a prior build.
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Imports a TypeScript entry of this repository, bundled in memory. */
export async function importTs(relativePath) {
  const out = await build({
    entryPoints: [join(root, relativePath)],
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'warning',
  });
  const url = `data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`;
  return import(url);
}
