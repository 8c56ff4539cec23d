// POST /api/check on the real server against a bare Hono hello-world route, same machine, same
// load generator (autocannon), one after the other in the same run.
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, startRebound } from '../../e2e/server.mjs';
import { loadavg } from 'node:os';
import { runInNewContext } from 'node:vm';
import { checkerBundle, stats } from './checker-in-browser.mjs';
import { EMAIL } from './fixtures.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

const BARE_HONO = `
const { Hono } = require('hono');
const { serve } = require('@hono/node-server');
const app = new Hono();
app.get('/hello', (c) => c.text('Hello'));
app.post('/echo', async (c) => c.json({ length: (await c.req.text()).length }));
serve({ fetch: app.fetch, port: Number(process.env.PORT), hostname: '127.0.0.1' }, () => console.log('ready'));
`;

/** A bare Hono app in its own process, like the real server. */
export async function startBareHono() {
  const port = await freePort();
  const child = spawn(process.execPath, ['-e', BARE_HONO], {
    cwd: root,
    env: { ...process.env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((resolve, reject) => {
    child.stdout.once('data', resolve);
    child.once('exit', (code) => reject(new Error(`bare hono exited ${code}`)));
  });
  return { url: `http://127.0.0.1:${port}`, stop: () => child.kill('SIGTERM') };
}

function load(opts) {
  return new Promise((resolve, reject) => {
    autocannon({ connections: 10, pipelining: 1, duration: 10, ...opts }, (err, result) =>
      err ? reject(err) : resolve(result),
    );
  });
}

function summarize(name, r) {
  return {
    name,
    requestsPerSecond: r.requests.average,
    latencyMedianMs: r.latency.p50,
    latencyP99Ms: r.latency.p99,
    non2xx: r.non2xx,
    errors: r.errors + r.timeouts,
  };
}

/** Runs each target for `duration` seconds after a short warm-up. */
export async function measureThroughput(reboundUrl, duration = 10) {
  const bare = await startBareHono();
  const checkBody = JSON.stringify({ text: EMAIL, kind: 'email', purpose: 'recovery' });
  const targets = [
    ['bare Hono: GET /hello', { url: `${bare.url}/hello` }],
    [
      'bare Hono: POST /echo (same JSON body)',
      {
        url: `${bare.url}/echo`,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: checkBody,
      },
    ],
    ['Rebound: GET /api/health (middleware only)', { url: new URL('/api/health', reboundUrl).href }],
    [
      'Rebound: POST /api/check (182-word email)',
      {
        url: new URL('/api/check', reboundUrl).href,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: checkBody,
      },
    ],
  ];
  const results = [];
  try {
    for (const [name, opts] of targets) {
      await load({ ...opts, duration: 2 });
      results.push(summarize(name, await load({ ...opts, duration })));
    }
  } finally {
    bare.stop();
  }
  return results;
}

/**
 * The checker alone in Node on the same email, per call, each call on a slightly different text
 * (as real requests are): the ceiling of POST /api/check is about 1000 / median ms per core.
 */
export async function measureCheckerInNode(calls = 500) {
  const sandbox = { performance };
  runInNewContext(await checkerBundle(), sandbox);
  const check = sandbox.checkMessage;
  for (let i = 0; i < 50; i++) check(EMAIL, { kind: 'email', purpose: 'recovery' });
  const samples = [];
  const at = EMAIL.indexOf('I am even');
  for (let i = 0; i < calls; i++) {
    const text = `${EMAIL.slice(0, at)}${'abcdefghij'[i % 10]}${i} ${EMAIL.slice(at)}`;
    const t0 = performance.now();
    check(text, { kind: 'email', purpose: 'recovery' });
    samples.push(performance.now() - t0);
  }
  return stats(samples);
}

// Standalone: `npm run build && node bench/web/api-throughput.mjs` measures only the HTTP API
// (no browser), BENCH_RUNS times (default 2) on a noisy machine, and prints the figures.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const runs = Number(process.env.BENCH_RUNS ?? 2);
  for (let run = 1; run <= runs; run++) {
    const load = loadavg()[0];
    const server = await startRebound();
    try {
      const results = await measureThroughput(server.url, Number(process.env.BENCH_SECONDS ?? 10));
      console.log(`run ${run} of ${runs}, 1-minute load average ${load.toFixed(1)} at the start`);
      console.table(results);
    } finally {
      await server.stop();
    }
  }
}
