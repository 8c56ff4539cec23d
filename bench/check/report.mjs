// Writes docs/checker-report.md: per-rule precision and recall of `rebound check` on the labeled
// corpus in src/core/check/fixtures/corpus.jsonl (the same evaluation corpus.test.ts asserts).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importTs, root } from './load-checker.mjs';

const { parseCorpus, evaluateCorpus, renderCorpusReport } = await importTs('src/core/check/corpus-report.ts');
const entries = parseCorpus(readFileSync(join(root, 'src/core/check/fixtures/corpus.jsonl'), 'utf8'));
const report = renderCorpusReport(entries, evaluateCorpus(entries));
writeFileSync(join(root, 'docs/checker-report.md'), report);
process.stdout.write(report);
