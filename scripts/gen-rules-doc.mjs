// Writes docs/rules.md from the checker's rule registry (src/core/check/rules-doc.ts).
// The TypeScript is bundled on the fly with esbuild, so no build step or TS runtime is needed.
import { build } from 'esbuild';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = await build({
  entryPoints: [join(root, 'src/core/check/rules-doc.ts')],
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  write: false,
  logLevel: 'warning',
});
const url = `data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`;
const { renderRulesDoc } = await import(url);
writeFileSync(join(root, 'docs/rules.md'), renderRulesDoc());
console.log('wrote docs/rules.md');
