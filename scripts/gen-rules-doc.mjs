// Writes docs/rules.md from the checker's rule registry (src/core/check/rules-doc.ts), and the
// checker's generated phrase index (src/core/check/phrases/pattern-index.generated.ts).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importTs, root } from './lib/import-ts.mjs';

const { renderRulesDoc, renderPatternIndex, DISPATCHED_PHRASES } = await importTs(
  'src/core/check/rules-doc.ts',
  'src/core/check/text/pattern-index.ts',
  'src/core/check/phrases/all.ts',
);
writeFileSync(
  join(root, 'src/core/check/phrases/pattern-index.generated.ts'),
  renderPatternIndex(DISPATCHED_PHRASES),
);
writeFileSync(join(root, 'docs/rules.md'), renderRulesDoc());
console.log('wrote docs/rules.md and src/core/check/phrases/pattern-index.generated.ts');
