// Storage as whole processes: `rebound list` with 10,000 stored interviews against a bare
// `node -e 0`, and export/import of 10,000 interviews. Goals (issue 5): list <= 1.5x bare node;
// export and import < 5 s each. Writes bench/store/RESULTS.md. Builds first when dist/ is missing.
import { spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchEnv, printTable, timeProcesses } from '../lib/process-timing.mjs';
import { makeExport } from './make-export.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = join(root, 'bin/rebound.js');
const COUNT = Number(process.env.COUNT ?? 10_000);
const RUNS = Number(process.env.RUNS ?? 25);
const BULK_RUNS = Number(process.env.BULK_RUNS ?? 3);

if (!existsSync(join(root, 'dist/cli.cjs'))) {
  spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], {
    stdio: 'inherit',
    env: { ...process.env, REBOUND_SKIP_WEB: '1' },
  });
}

const work = mkdtempSync(join(tmpdir(), 'rebound-bench-store-'));
const file = join(work, 'big.json');
writeFileSync(file, JSON.stringify(makeExport(COUNT)));
const sizeMb = (readFileSync(file).length / 1e6).toFixed(1);

// CPU time (user + system) next to wall time: on a shared, loaded machine wall time mostly measures
// the other tenants, CPU time what the command itself costs. Needs GNU time; wall time only without it.
const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
const cpuTimes = new Map();

/** Runs the CLI once with its own data directory and returns the wall time in ms. */
function timeCli(args, dataDir) {
  const cmd = gnuTime ?? process.execPath;
  const argv = gnuTime ? ['-f', 'cpu %U %S', process.execPath, bin, ...args] : [bin, ...args];
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, argv, { env: benchEnv({ REBOUND_DATA_DIR: dataDir }), encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`rebound ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  const cpu = /cpu ([\d.]+) ([\d.]+)\s*$/.exec(r.stderr);
  if (cpu) {
    const list = cpuTimes.get(args[0]) ?? [];
    list.push((Number(cpu[1]) + Number(cpu[2])) * 1000);
    cpuTimes.set(args[0], list);
  }
  return ms;
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const imports = [];
const exports = [];
for (let i = 0; i < BULK_RUNS; i++) {
  const dir = join(work, `import-${i}`);
  imports.push(timeCli(['import', file], dir));
  exports.push(timeCli(['export', '--out', join(work, `out-${i}.json`)], dir));
}
// The exported file imports back into an empty store as the same data.
const roundTrip = join(work, 'round-trip');
timeCli(['import', join(work, 'out-0.json')], roundTrip);
timeCli(['export', '--out', join(work, 'again.json')], roundTrip);
const strip = (p) => readFileSync(p, 'utf8').replace(/"exportedAt": "[^"]+"/, '');
const identical = strip(join(work, 'out-0.json')) === strip(join(work, 'again.json'));

const listDir = join(work, 'import-0');
const rows = timeProcesses(
  [
    { name: 'node -e 0', cmd: process.execPath, args: ['-e', '0'] },
    { name: `rebound list (${COUNT} stored)`, cmd: process.execPath, args: [bin, 'list'] },
    {
      name: `rebound list --page 400 (${COUNT} stored)`,
      cmd: process.execPath,
      args: [bin, 'list', '--page', '400'],
    },
    // References: the CLI's own start-up, without storage.
    { name: 'rebound --version', cmd: process.execPath, args: [bin, '--version'] },
    {
      name: 'rebound plan --json (no storage)',
      cmd: process.execPath,
      args: [
        bin,
        'plan',
        '--json',
        '--now',
        '2026-05-05T12:00:00-04:00',
        join(root, 'scripts/warmup-debrief.json'),
      ],
    },
  ],
  { runs: RUNS, env: benchEnv({ REBOUND_DATA_DIR: listDir }) },
);
printTable(`rebound list as a process, median of ${RUNS} runs each (goal: <= 1.5x bare node)`, rows);
const cpuOf = (command) => (cpuTimes.get(command) ? `${median(cpuTimes.get(command)).toFixed(0)} ms` : 'n/a');
console.log(
  `\nimport of ${COUNT} interviews (${sizeMb} MB): median ${median(imports).toFixed(0)} ms wall, ${cpuOf('import')} CPU (goal < 5000)`,
);
console.log(
  `export of ${COUNT} interviews: median ${median(exports).toFixed(0)} ms wall, ${cpuOf('export')} CPU (goal < 5000)`,
);
console.log(`export -> import into an empty store -> export: ${identical ? 'identical' : 'DIFFERENT'}`);

const ratio = rows[1].median / rows[0].median;
const lines = [
  '# Storage benchmark',
  '',
  `Measured ${new Date().toISOString().slice(0, 10)} with \`npm run bench:store\` on ${cpus().length} cores, Node ${process.version},`,
  'SQLite (better-sqlite3) in a temporary data directory, whole processes, `NODE_EXTRA_CA_CERTS` unset.',
  'The machine is shared and noisy: differences under ~20% are noise.',
  '',
  `## \`rebound list\` with ${COUNT} stored interviews (median of ${RUNS} interleaved runs)`,
  '',
  '| process | median | p10 | p90 | vs bare node |',
  '| --- | --- | --- | --- | --- |',
  ...rows.map(
    (r) =>
      `| ${r.name} | ${r.median.toFixed(1)} ms | ${r.p10.toFixed(1)} ms | ${r.p90.toFixed(1)} ms | ${(r.median / rows[0].median).toFixed(2)}x |`,
  ),
  '',
  `Goal: at most 1.5x bare node. Result: ${ratio.toFixed(2)}x, ${ratio <= 1.5 ? 'met' : 'NOT met'}.`,
  `For reference, \`rebound plan\` (no storage at all) is ${(rows[4].median / rows[0].median).toFixed(2)}x: what \`list\` adds`,
  `to the CLI's own start-up is ${(rows[1].median - rows[4].median).toFixed(1)} ms (opening SQLite, one indexed query, the table).`,
  '',
  `## Export and import of ${COUNT} interviews (${sizeMb} MB of JSON; median of ${BULK_RUNS})`,
  '',
  '| operation | median wall time | median CPU time | wall times | goal |',
  '| --- | --- | --- | --- | --- |',
  `| \`rebound import big.json\` into an empty store | ${median(imports).toFixed(0)} ms | ${cpuOf('import')} | ${imports.map((x) => x.toFixed(0)).join(', ')} | < 5000 ms |`,
  `| \`rebound export --out f.json\` | ${median(exports).toFixed(0)} ms | ${cpuOf('export')} | ${exports.map((x) => x.toFixed(0)).join(', ')} | < 5000 ms |`,
  '',
  `Load average while measuring: ${loadavg()
    .map((x) => x.toFixed(1))
    .join(', ')} on ${cpus().length} cores.`,
  '',
  `Export, then import into an empty store, then export again: ${identical ? 'identical files (apart from `exportedAt`)' : 'DIFFERENT'}.`,
  '',
];
// Formatted as the repository's prettier check expects, so a fresh run leaves `npm run check` green.
const resultsFile = join(root, 'bench/store/RESULTS.md');
const prettier = await import('prettier');
const options = (await prettier.resolveConfig(resultsFile)) ?? {};
writeFileSync(resultsFile, await prettier.format(lines.join('\n'), { ...options, parser: 'markdown' }));
rmSync(work, { recursive: true, force: true });
console.log('\nwrote bench/store/RESULTS.md');
