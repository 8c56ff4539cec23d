// Imports TypeScript modules of this repository, bundled in memory with esbuild, so generators run
// without a build step or a TypeScript runtime.
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * The exports of every module in `relativePaths` (from the repository root), from one bundle, so
 * they share one copy of each module they import.
 */
export async function importTs(...relativePaths) {
  const out = await build({
    stdin: {
      contents: relativePaths.map((p) => `export * from './${p}';`).join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'warning',
  });
  return import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
}
