import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createClient, createHarness, sampleDebrief, type Harness } from './testing/harness';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

let h: Harness;
beforeEach(async () => {
  h = await createHarness({
    mode: 'multi-user',
    limits: { login: { capacity: 3, refillPerSecond: 1 / 60 } },
  });
});
afterEach(async () => h.close());

async function signUp(email: string) {
  const client = createClient(h.app);
  await client.start();
  const res = await client.post('/api/auth/register', { email, password: 'a long enough passphrase' });
  expect(res.status).toBe(201);
  return client;
}

describe('accounts and sessions', () => {
  it('signs a new account in with an http-only, same-site strict session cookie', async () => {
    const client = createClient(h.app);
    await client.start();
    const res = await client.post('/api/auth/register', {
      email: 'Ana@Example.com',
      password: 'a long enough passphrase',
    });
    expect(res.status).toBe(201);
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('rebound_session='));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    const session = await client.start();
    expect(session).toMatchObject({ mode: 'multi-user', user: { email: 'ana@example.com' } });
  });

  it('stores only a salted scrypt hash of the password', async () => {
    await signUp('ana@example.com');
    const user = await h.store.findUserByEmail('ana@example.com');
    expect(user?.passwordHash).toMatch(/^scrypt\$/);
    expect(user?.passwordHash).not.toContain('passphrase');
  });

  it.each([
    ['a short password', { email: 'a@example.com', password: 'short' }, 'password'],
    ['a bad email', { email: 'not-an-email', password: 'a long enough passphrase' }, 'email'],
  ])('refuses to register with %s, naming the field', async (_name, body, path) => {
    const client = createClient(h.app);
    await client.start();
    const res = await client.post('/api/auth/register', body);
    expect(res.status).toBe(400);
    expect(((await res.json()) as Json).error.issues[0].path).toBe(path);
  });

  it('refuses a second account with the same email', async () => {
    await signUp('ana@example.com');
    const client = createClient(h.app);
    await client.start();
    const res = await client.post('/api/auth/register', {
      email: 'ANA@example.com',
      password: 'another long passphrase',
    });
    expect(res.status).toBe(409);
  });

  it('requires a sign-in for data, and logs in and out', async () => {
    const anon = createClient(h.app);
    await anon.start();
    expect((await anon.get('/api/interviews')).status).toBe(401);
    await signUp('ana@example.com');

    const client = createClient(h.app);
    await client.start();
    expect(
      (await client.post('/api/auth/login', { email: 'ana@example.com', password: 'wrong password!!' }))
        .status,
    ).toBe(401);
    expect(
      (
        await client.post('/api/auth/login', {
          email: 'ana@example.com',
          password: 'a long enough passphrase',
        })
      ).status,
    ).toBe(200);
    expect((await client.get('/api/interviews')).status).toBe(200);
    expect((await client.post('/api/auth/logout')).status).toBe(204);
    expect((await client.get('/api/interviews')).status).toBe(401);
  });

  it('refuses a change without the CSRF token, even with a valid session', async () => {
    const client = await signUp('ana@example.com');
    const res = await client.post('/api/interviews', sampleDebrief(), {
      'x-csrf-token': 'forged-token-forged-token-forged-token',
    });
    expect(res.status).toBe(403);
    expect(((await res.json()) as Json).error.code).toBe('auth/csrf');
  });

  it('limits login attempts and lets the person try again once time has passed', async () => {
    await signUp('ana@example.com');
    const client = createClient(h.app);
    await client.start();
    const attempt = () =>
      client.post('/api/auth/login', { email: 'ana@example.com', password: 'wrong password!!' });
    // The register above spent one of the three tokens of this (in-process) client address.
    expect((await attempt()).status).toBe(401);
    expect((await attempt()).status).toBe(401);
    const limited = await attempt();
    expect(limited.status).toBe(429);
    expect(((await limited.json()) as Json).error.code).toBe('rate/limited');
    h.clock.advance(120);
    expect((await attempt()).status).toBe(401);
  });

  it('limits the API rate per client', async () => {
    const small = await createHarness({
      mode: 'multi-user',
      limits: { api: { capacity: 3, refillPerSecond: 0.001 } },
    });
    try {
      const client = createClient(small.app);
      const statuses = [];
      for (let i = 0; i < 5; i++) statuses.push((await client.get('/api/session')).status);
      expect(statuses).toEqual([200, 200, 200, 429, 429]);
    } finally {
      await small.close();
    }
  });
});

describe('behind a trusted proxy', () => {
  it.each([
    [true, [200, 200, 429, 200]],
    [false, [200, 200, 429, 429]],
  ])(
    'keys the API rate on the forwarded client address only when told to (%s)',
    async (isBehindProxy, expected) => {
      const small = await createHarness({
        mode: 'multi-user',
        isBehindProxy,
        limits: { api: { capacity: 2, refillPerSecond: 0.001 } },
      });
      try {
        const from = (address: string) =>
          small.app.request('/api/session', { headers: { 'x-forwarded-for': `203.0.113.9, ${address}` } });
        const statuses = [];
        for (const address of ['198.51.100.1', '198.51.100.1', '198.51.100.1', '198.51.100.2']) {
          statuses.push((await from(address)).status);
        }
        expect(statuses).toEqual(expected);
      } finally {
        await small.close();
      }
    },
  );
});

describe('per-user isolation', () => {
  it('never lets user B read or change user A’s interview', async () => {
    const a = await signUp('ana@example.com');
    const b = await signUp('ben@example.com');
    const created = await a.post('/api/interviews', sampleDebrief());
    expect(created.status).toBe(201);
    const id = ((await created.json()) as Json).id as string;

    const attempts = [
      b.get(`/api/interviews/${id}`),
      b.get(`/api/interviews/${id}/plan`),
      b.get(`/api/interviews/${id}/plan.ics`),
      b.get(`/api/interviews/${id}/drafts/recovery-email`),
      b.get(`/api/interviews/${id}/drafts/recovery-email.eml`),
      b.put(`/api/interviews/${id}`, sampleDebrief({ company: 'Hijacked' })),
      b.put(`/api/interviews/${id}/outcome`, { outcome: 'rejected' }),
      b.post(`/api/interviews/${id}/actions/cool-off`, { state: 'done' }),
      b.post(`/api/interviews/${id}/contacts`, { type: 'email' }),
      b.put(`/api/interviews/${id}/drafts/recovery-email`, { subject: 'x', text: 'x' }),
      b.post('/api/lessons', { text: 'mine now', interviewId: id }),
      b.del(`/api/interviews/${id}`),
    ];
    for (const res of await Promise.all(attempts)) expect(res.status).toBe(404);

    expect(((await (await b.get('/api/interviews')).json()) as Json).interviews).toEqual([]);
    expect(((await (await b.get('/api/export')).json()) as Json).interviews).toEqual([]);
    const mine = (await (await a.get(`/api/interviews/${id}`)).json()) as Json;
    expect(mine.debrief.company).toBe('Harbor Lane Foods');
    expect(mine.debrief.outcome).toBe('pending');
    expect(mine.debrief.contacts).toEqual([]);
    expect(await h.store.getProgress((await h.store.findUserByEmail('ana@example.com'))!.id, id)).toEqual([]);
  });
});
