import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { openStore } from '../../store';
import type { Store } from '../../store/types';
import { createApp } from '../app';
import type { AppDeps, AppEnv } from '../env';

/** A movable clock for tests. */
export type TestClock = { now: () => Date; set: (iso: string) => void; advance: (seconds: number) => void };

export function createClock(iso: string): TestClock {
  let ms = Date.parse(iso);
  return {
    now: () => new Date(ms),
    set: (at) => void (ms = Date.parse(at)),
    advance: (seconds) => void (ms += seconds * 1000),
  };
}

export type Harness = {
  app: Hono<AppEnv>;
  store: Store;
  clock: TestClock;
  close: () => Promise<void>;
};

/** The real app over a real SQLite store in a fresh temp directory. */
export async function createHarness(
  opts: Partial<Omit<AppDeps, 'store' | 'now'>> & { at?: string; errors?: unknown[] } = {},
): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'rebound-server-'));
  const clock = createClock(opts.at ?? '2026-11-20T13:00:00-05:00');
  const store = await openStore({ kind: 'sqlite', file: join(dir, 'rebound.db'), now: clock.now });
  const app = createApp({
    store,
    now: clock.now,
    mode: opts.mode ?? 'local',
    ...(opts.limits ? { limits: opts.limits } : {}),
    ...(opts.isBehindProxy ? { isBehindProxy: true } : {}),
    logError: (e) => opts.errors?.push(e),
    version: 'test',
  });
  return {
    app,
    store,
    clock,
    close: async () => {
      await store.close().catch(() => {});
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A browser-like client: keeps cookies and sends the CSRF token once it has one. */
export function createClient(app: Hono<AppEnv>, origin = 'http://localhost') {
  const cookies = new Map<string, string>();
  let csrf: string | null = null;

  async function request(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    const h: Record<string, string> = { ...headers };
    if (cookies.size) h.cookie = [...cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    if (csrf && !('x-csrf-token' in h)) h['x-csrf-token'] = csrf;
    let payload: string | undefined;
    if (body !== undefined) {
      payload = typeof body === 'string' ? body : JSON.stringify(body);
      h['content-type'] ??= 'application/json';
    }
    const res = await app.request(`${origin}${path}`, {
      method,
      headers: h,
      ...(payload !== undefined ? { body: payload } : {}),
    });
    for (const line of res.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq);
      const value = pair.slice(eq + 1);
      if (/max-age=0|expires=thu, 01 jan 1970/i.test(line) || value === '') cookies.delete(name);
      else cookies.set(name, value);
    }
    return res;
  }

  return {
    request,
    get: (path: string) => request('GET', path),
    post: (path: string, body?: unknown, headers?: Record<string, string>) =>
      request('POST', path, body ?? {}, headers),
    put: (path: string, body?: unknown) => request('PUT', path, body ?? {}),
    del: (path: string) => request('DELETE', path),
    /** Reads the session like the web app does, picking up the CSRF token. */
    async start() {
      const res = await request('GET', '/api/session');
      const session = (await res.json()) as { csrfToken: string | null };
      csrf = session.csrfToken;
      return session;
    },
    cookies,
  };
}

/** A debrief in the contract's shape: a bad answer noticed, a nervous start, one missed point. */
export function sampleDebrief(overrides: Record<string, unknown> = {}) {
  return {
    company: 'Harbor Lane Foods',
    role: 'Supply Planner',
    interviewer: { name: 'Priya Natarajan', email: 'priya@harborlane.example', phone: '+1 555 0142' },
    interviewAt: '2026-11-20T10:00:00-05:00',
    timeZone: 'America/New_York',
    wantJob: 'yes',
    fit: 'good',
    expressedInterest: true,
    mishaps: [
      { id: 'm1', kind: 'nerves', note: 'spoke quickly at first', severity: 'minor', noticed: 'unsure' },
      {
        id: 'm2',
        kind: 'blank-answer',
        note: 'could not recall a forecast I fixed',
        severity: 'major',
        noticed: 'yes',
      },
    ],
    missedPoints: [
      {
        id: 'p1',
        question: 'Tell us about a forecast you improved',
        wishISaid: 'I rebuilt the weekly demand forecast for chilled goods',
        evidence: 'waste fell 18% in two quarters',
      },
    ],
    strengths: ['a clear walkthrough of the supplier scorecard'],
    candidate: { name: 'Jordan Ellis', email: 'jordan@example.com' },
    ...overrides,
  };
}
