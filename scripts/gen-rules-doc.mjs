// Writes docs/rules.md from the checker's rule registry (src/core/check/rules-doc.ts), and the
// checker's generated phrase index (src/core/check/phrases/pattern-index.generated.ts).
// The TypeScript is bundled on the fly with esbuild, so no build step or TS runtime is needed.
import { build } from 'esbuild';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = await build({
  stdin: {
    contents: [
      "export { renderRulesDoc } from './src/core/check/rules-doc';",
      "export { renderPatternIndex } from './src/core/check/text/pattern-index';",
      "export { DISPATCHED_PHRASES } from './src/core/check/phrases/all';",
    ].join('\n'),
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  write: false,
  logLevel: 'warning',
});
const url = `data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`;
const { renderRulesDoc, renderPatternIndex, DISPATCHED_PHRASES } = await import(url);
writeFileSync(
  join(root, 'src/core/check/phrases/pattern-index.generated.ts'),
  renderPatternIndex(DISPATCHED_PHRASES),
);
writeFileSync(join(root, 'docs/rules.md'), renderRulesDoc());
console.log('wrote docs/rules.md and src/core/check/phrases/pattern-index.generated.ts');
