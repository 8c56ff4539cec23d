import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SECURITY_HEADERS } from './http/security-headers';
import { ServerConfigError, startServer, type RunningServer } from './main';

const dirs: string[] = [];
const running: RunningServer[] = [];
const blockers: Server[] = [];

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rebound-main-'));
  dirs.push(dir);
  return dir;
}

/** Occupies a free loopback port and returns it. */
function occupyPort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer();
    blockers.push(srv);
    srv.listen(0, '127.0.0.1', () => resolve((srv.address() as { port: number }).port));
  });
}

async function start(env: Record<string, string>, opts: { port?: number; firstPort?: number } = {}) {
  const web = tempDir();
  mkdirSync(web, { recursive: true });
  writeFileSync(join(web, 'index.html'), '<!doctype html><title>Rebound test</title>');
  const server = await startServer({
    env: { REBOUND_DATA_DIR: tempDir(), ...env },
    staticDir: web,
    log: () => {},
    ...opts,
  });
  running.push(server);
  return server;
}

afterEach(async () => {
  await Promise.all(running.splice(0).map((s) => s.close()));
  await Promise.all(blockers.splice(0).map((b) => new Promise((r) => b.close(r))));
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('startServer', () => {
  it('serves the API and the web app on 127.0.0.1 and prints a loopback URL', async () => {
    const server = await start({}, { firstPort: await occupyPort() });
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(server.mode).toBe('local');
    const health = await fetch(new URL('/api/health', server.url));
    expect(await health.json()).toEqual({ ok: true });
    const page = await fetch(new URL('/interviews', server.url));
    expect(await page.text()).toContain('<title>Rebound test</title>');
  });

  it('sends the security headers over HTTP, with the content type and length of the answer', async () => {
    const server = await start({}, { firstPort: await occupyPort() });
    const check = await fetch(new URL('/api/check', server.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'Hi Dana,\n\nThank you for your time.\n\nBest,\nSam' }),
    });
    const refused = await fetch(new URL('/api/check', server.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://evil.example' },
      body: '{}',
    });
    expect(check.status).toBe(200);
    expect(refused.status).toBe(403);
    for (const res of [check, refused]) {
      for (const [name, value] of SECURITY_HEADERS) expect(res.headers.get(name)).toBe(value);
      expect(res.headers.get('content-type')).toBe('application/json');
      expect(Number(res.headers.get('content-length'))).toBe(Buffer.byteLength(await res.text()));
    }
  });

  it('takes the next free port when the first one is in use', async () => {
    const taken = await occupyPort();
    const server = await start({}, { firstPort: taken });
    expect(server.port).toBeGreaterThan(taken);
  });

  it('uses REBOUND_PORT exactly, and refuses when that port is taken', async () => {
    const taken = await occupyPort();
    await expect(start({ REBOUND_PORT: String(taken) })).rejects.toThrow(`port ${taken} is already in use`);
  });

  it.each([
    [{ REBOUND_PORT: 'eighty' }, 'REBOUND_PORT: expected a port number'],
    [{ REBOUND_PORT: '70000' }, 'REBOUND_PORT: expected a port number'],
    [{ REBOUND_MODE: 'cluster' }, 'REBOUND_MODE: expected one of local, multi-user'],
    [{ REBOUND_CHECK_THREADS: 'two' }, 'REBOUND_CHECK_THREADS: expected a number of threads'],
    [{ REBOUND_CHECK_THREADS: '99' }, 'REBOUND_CHECK_THREADS: expected a number of threads'],
  ])('refuses a bad setting %j with a message naming it', async (env, message) => {
    const attempt = start(env);
    await expect(attempt).rejects.toBeInstanceOf(ServerConfigError);
    await expect(attempt).rejects.toThrow(message);
  });

  it('runs in multi-user mode when asked', async () => {
    const server = await start({ REBOUND_MODE: 'multi-user' }, { firstPort: await occupyPort() });
    expect(server.mode).toBe('multi-user');
    expect((await fetch(new URL('/api/interviews', server.url))).status).toBe(401);
  });
});
