// `rebound check` side by side with write-good and alex, in one run (issue 3):
//  1. median ms per 180-word note, same notes for every contender (warm, in-process);
//  2. linear scaling at 1x, 10x and 100x the note's length;
//  3. 1 MB input: in-process time at the limit, and the CLI's refusal above it;
//  4. `rebound check` as a whole process against a bare `node -e 0` (median of RUNS, default 25).
// Run `npm run build` first (part 4 runs bin/rebound.js). RUNS=… and NOTES_REPS=… tune the effort.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchEnv, printTable, timeProcesses } from '../lib/process-timing.mjs';
import { importTs, root } from './load-checker.mjs';

const RUNS = Number(process.env.RUNS ?? 25);
const REPS = Number(process.env.NOTES_REPS ?? 30);

let t0 = performance.now();
const { checkMessage, checkMessageWithinLimit, MAX_MESSAGE_LENGTH } =
  await importTs('src/core/check/index.ts');
const importRebound = performance.now() - t0;
t0 = performance.now();
const writeGood = (await import('write-good')).default;
const importWriteGood = performance.now() - t0;
t0 = performance.now();
const { text: alexText } = await import('alex');
const importAlex = performance.now() - t0;
t0 = performance.now();
const { unified } = await import('unified');
const retextEnglish = (await import('retext-english')).default;
const importRetext = performance.now() - t0;
const retextParser = unified().use(retextEnglish);

const words = (s) => (s.match(/[\p{L}\p{N}]+(?:['.,-][\p{L}\p{N}]+)*/gu) ?? []).length;

/** Every email, letter and call of the corpus, trimmed or extended to 180 words of body text. */
function notesOf180Words() {
  const corpus = readFileSync(join(root, 'src/core/check/fixtures/corpus.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
  return corpus.map((c) => {
    const tokens = c.text.split(/(\s+)/);
    let out = '';
    let n = 0;
    for (let i = 0; n < 180; i = (i + 1) % tokens.length) {
      const t = tokens[i];
      out += t;
      if (/\S/.test(t)) n++;
    }
    return out;
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Median ms per call of `fn` over every note, repeated REPS times after a warm-up pass. */
function perNote(fn, notes, reps = REPS) {
  for (const n of notes) fn(n);
  const samples = [];
  for (let r = 0; r < reps; r++) {
    for (const n of notes) {
      const s = performance.now();
      fn(n);
      samples.push(performance.now() - s);
    }
  }
  return median(samples);
}

/** Mean ms per call over at least 300 ms of calls (and 3 calls), after one warm-up call. */
function meanOverBudget(fn, text, budgetMs = 300) {
  fn(text);
  let n = 0;
  const start = performance.now();
  while (n < 3 || performance.now() - start < budgetMs) {
    fn(text);
    n++;
  }
  return (performance.now() - start) / n;
}

const contenders = [
  ['rebound checkMessage (15 rules)', (t) => checkMessage(t, { kind: 'email' })],
  ['write-good', (t) => writeGood(t)],
  ['alex (text)', (t) => alexText(t)],
  ['retext-english parse only', (t) => retextParser.parse(t)],
];

const notes = notesOf180Words();
console.log(`\n1. Median ms per 180-word note (${notes.length} notes x ${REPS} reps, warm, in-process)`);
const imports = {
  'rebound checkMessage (15 rules)': importRebound,
  'write-good': importWriteGood,
  'alex (text)': importAlex,
  'retext-english parse only': importRetext,
};
const perNoteRows = contenders.map(([name, fn]) => [
  name,
  perNote(fn, notes, name.startsWith('alex') ? Math.max(3, REPS / 10) : REPS),
]);
const rebound = perNoteRows[0][1];
for (const [name, ms] of perNoteRows) {
  console.log(
    `  ${name.padEnd(34)} ${ms.toFixed(3).padStart(8)} ms/note  ${(ms / rebound).toFixed(1).padStart(6)}x rebound   import ${imports[name].toFixed(0)} ms`,
  );
}

console.log('\n2. Linear scaling: mean ms per call at 1x, 10x, 100x a 180-word note');
const base = notes[0];
const body = base.replace(/^Subject:[^\n]*\n+/, '');
for (const [name, fn] of contenders) {
  const row = [1, 10, 100].map((k) => {
    const text = k === 1 ? base : `Subject: scaling\n\n${Array.from({ length: k }, () => body).join('\n\n')}`;
    return meanOverBudget(fn, text);
  });
  console.log(
    `  ${name.padEnd(34)} 1x ${row[0].toFixed(2).padStart(8)}  10x ${row[1].toFixed(2).padStart(8)}  100x ${row[2].toFixed(2).padStart(9)} ms   (100x / 1x = ${(row[2] / row[0]).toFixed(0)})`,
  );
}

console.log('\n3. 1 MB input');
const mb = (base + '\n\n')
  .repeat(Math.ceil(MAX_MESSAGE_LENGTH / (base.length + 2)))
  .slice(0, MAX_MESSAGE_LENGTH);
let s = performance.now();
const atLimit = checkMessageWithinLimit(mb, { kind: 'letter' });
console.log(
  `  checkMessage at the limit (${mb.length} chars, ${words(mb)} words): ${(performance.now() - s).toFixed(0)} ms, ok=${atLimit.ok}, ${atLimit.ok ? atLimit.value.findings.length : 0} findings`,
);
// The worst shapes found so far: one line with ~20,000 commas (the sign-off search), and a
// circumstance with a causal link in every sentence (the excuse rule). Both must stay linear.
for (const [label, unit] of [
  ['one line, a comma every few words', 'There was lag, which is why my answer was thin. '],
  ['a blamed circumstance in every sentence', 'There was lag, which is why my answer was thin.\n'],
]) {
  const text = unit.repeat(Math.floor(MAX_MESSAGE_LENGTH / unit.length));
  s = performance.now();
  const r = checkMessageWithinLimit(text, { kind: 'email' });
  console.log(
    `  checkMessage on 1 MB, ${label}: ${(performance.now() - s).toFixed(0)} ms, ${r.ok ? r.value.findings.length : 0} findings`,
  );
}
s = performance.now();
const over = checkMessageWithinLimit(mb + 'x', { kind: 'letter' });
console.log(
  `  checkMessageWithinLimit one char over: ${(performance.now() - s).toFixed(3)} ms, refused as ${over.ok ? 'ok?!' : over.error.code}`,
);
const dir = mkdtempSync(join(tmpdir(), 'rebound-bench-'));
writeFileSync(join(dir, 'big.txt'), mb + 'x');
writeFileSync(join(dir, 'limit.txt'), mb);
for (const [label, file] of [
  ['rebound check (1 MB, at the limit)', 'limit.txt'],
  ['rebound check (1 MB + 1, refused)', 'big.txt'],
]) {
  s = performance.now();
  const r = spawnSync(
    process.execPath,
    [join(root, 'bin/rebound.js'), 'check', '--kind', 'letter', '--json', join(dir, file)],
    { env: benchEnv(), encoding: 'utf8', maxBuffer: 1 << 26 },
  );
  console.log(
    `  ${label}: exit ${r.status} in ${(performance.now() - s).toFixed(0)} ms${r.status === 2 ? ` (${r.stderr.trim().slice(0, 90)})` : ''}`,
  );
}

writeFileSync(join(dir, 'note.txt'), notes[0]);
const rows = timeProcesses(
  [
    { name: 'node -e 0', cmd: process.execPath, args: ['-e', '0'] },
    {
      name: 'rebound check --json note.txt',
      cmd: process.execPath,
      args: [join(root, 'bin/rebound.js'), 'check', '--json', join(dir, 'note.txt')],
    },
    {
      name: 'rebound check note.txt (human)',
      cmd: process.execPath,
      args: [join(root, 'bin/rebound.js'), 'check', join(dir, 'note.txt')],
    },
    // References in the same run: the CLI's floor (the bundle and commander) and the plan command.
    { name: 'rebound --version', cmd: process.execPath, args: [join(root, 'bin/rebound.js'), '--version'] },
    {
      name: 'rebound plan --json',
      cmd: process.execPath,
      args: [
        join(root, 'bin/rebound.js'),
        'plan',
        '--json',
        '--now',
        '2026-05-05T12:00:00-04:00',
        join(root, 'scripts/warmup-debrief.json'),
      ],
    },
  ],
  { runs: RUNS },
);
printTable(
  `4. rebound check as a process, median of ${RUNS} runs each, NODE_EXTRA_CA_CERTS unset (goal <= 1.3x)`,
  rows,
);
