// Times whole processes, interleaved so that machine noise hits every contender alike.
import { spawnSync } from 'node:child_process';

/** The environment for timing: without NODE_EXTRA_CA_CERTS, which adds ~90 ms to every Node start here. */
export function benchEnv(extra = {}) {
  const env = { ...process.env, ...extra };
  delete env.NODE_EXTRA_CA_CERTS;
  return env;
}

/**
 * Runs each contender `runs` times, round-robin, and returns the median wall time of each in ms.
 * @param {{ name: string, cmd: string, args: string[], input?: string, cwd?: string }[]} contenders
 */
export function timeProcesses(contenders, { runs = 25, warmup = 2, env = benchEnv() } = {}) {
  const samples = new Map(contenders.map((c) => [c.name, []]));
  for (let i = 0; i < warmup + runs; i++) {
    for (const c of contenders) {
      const t0 = process.hrtime.bigint();
      const r = spawnSync(c.cmd, c.args, {
        input: c.input ?? '',
        env,
        cwd: c.cwd,
        stdio: ['pipe', 'ignore', 'pipe'],
      });
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      if (r.status !== 0 && r.status !== 1) throw new Error(`${c.name} exited ${r.status}: ${r.stderr}`);
      if (i >= warmup) samples.get(c.name).push(ms);
    }
  }
  return contenders.map((c) => {
    const s = samples.get(c.name).sort((a, b) => a - b);
    return {
      name: c.name,
      median: s[Math.floor(s.length / 2)],
      p10: s[Math.floor(s.length * 0.1)],
      p90: s[Math.floor(s.length * 0.9)],
      runs: s.length,
    };
  });
}

/** Prints a small table with each contender's ratio to the first one. */
export function printTable(title, rows) {
  const base = rows[0].median;
  console.log(`\n${title}`);
  for (const r of rows) {
    console.log(
      `  ${r.name.padEnd(44)} median ${r.median.toFixed(1).padStart(7)} ms  (p10 ${r.p10.toFixed(1)}, p90 ${r.p90.toFixed(1)})  ${(r.median / base).toFixed(2)}x`,
    );
  }
}
