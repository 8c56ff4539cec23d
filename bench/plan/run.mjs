// `rebound plan --json` as a whole process against a bare `node -e 0`, in the same run.
// Goal (issue 2): at most 1.3x bare node. Run `npm run build` first.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { printTable, timeProcesses } from '../lib/process-timing.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const debrief = readFileSync(join(root, 'scripts/warmup-debrief.json'), 'utf8');
const runs = Number(process.env.RUNS ?? 25);

const rows = timeProcesses(
  [
    { name: 'node -e 0', cmd: process.execPath, args: ['-e', '0'] },
    {
      name: 'rebound plan --json (stdin)',
      cmd: process.execPath,
      args: [join(root, 'bin/rebound.js'), 'plan', '--json', '--now', '2026-05-05T12:00:00-04:00', '-'],
      input: debrief,
    },
    { name: 'rebound --version', cmd: process.execPath, args: [join(root, 'bin/rebound.js'), '--version'] },
  ],
  { runs },
);
printTable(`rebound plan as a process, median of ${runs} runs each (goal: plan <= 1.3x bare node)`, rows);
