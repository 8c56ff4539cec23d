import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SECURITY_HEADERS } from './http/security-headers';
import { createClient, createHarness, sampleDebrief, type Harness } from './testing/harness';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

let h: Harness;
let client: ReturnType<typeof createClient>;
const errors: unknown[] = [];

beforeEach(async () => {
  errors.length = 0;
  h = await createHarness({ errors });
  client = createClient(h.app);
});
afterEach(async () => h.close());

async function createInterview(overrides: Record<string, unknown> = {}): Promise<string> {
  const res = await client.post('/api/interviews', sampleDebrief(overrides));
  expect(res.status).toBe(201);
  return ((await res.json()) as Json).id as string;
}

describe('interviews API (local mode)', () => {
  it('creates an interview, reads it back and lists it with its next action', async () => {
    const id = await createInterview();
    const one = (await (await client.get(`/api/interviews/${id}`)).json()) as Json;
    expect(one.debrief.company).toBe('Harbor Lane Foods');
    expect(one.debrief.outcome).toBe('pending');
    const list = (await (await client.get('/api/interviews')).json()) as Json;
    expect(list.interviews).toHaveLength(1);
    expect(list.interviews[0]).toMatchObject({
      id,
      company: 'Harbor Lane Foods',
      nextAction: { type: 'cool-off', label: 'Cool off' },
    });
  });

  it('answers a debrief with a bad field with 400 naming the field, and stores nothing', async () => {
    const res = await client.post(
      '/api/interviews',
      sampleDebrief({ interviewer: { name: '' }, wantJob: 'maybe' }),
    );
    expect(res.status).toBe(400);
    const body = (await res.json()) as Json;
    expect(body.error.code).toBe('debrief/invalid');
    const paths = body.error.issues.map((i: Json) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['interviewer.name', 'wantJob']));
    expect(body.error.issues.find((i: Json) => i.path === 'wantJob').message).toContain('yes, no, unsure');
    expect(((await (await client.get('/api/interviews')).json()) as Json).interviews).toEqual([]);
  });

  it('rejects unknown fields so typos surface', async () => {
    const res = await client.post('/api/interviews', sampleDebrief({ compnay: 'typo' }));
    expect(res.status).toBe(400);
    expect(((await res.json()) as Json).error.issues[0].path).toBe('compnay');
  });

  it.each([
    ['broken JSON', '{"company": ', 'input/not-json'],
    ['an empty body', '', 'input/empty'],
  ])('answers %s with 400 and a JSON error', async (_name, body, code) => {
    const res = await client.request('POST', '/api/interviews', body, { 'content-type': 'application/json' });
    expect(res.status).toBe(400);
    expect(((await res.json()) as Json).error.code).toBe(code);
  });

  it.each([
    ['declared by Content-Length', { 'content-length': String(300 * 1024) }],
    ['sent in chunks without a length', {}],
  ])('answers an oversized body %s with 413', async (_name, headers) => {
    const res = await client.request('POST', '/api/check', { text: 'x'.repeat(300 * 1024) }, headers);
    expect(res.status).toBe(413);
    expect(((await res.json()) as Json).error.code).toBe('input/too-large');
  });

  it('accepts a whole export file larger than an ordinary request on the import route', async () => {
    const big = {
      format: 'rebound-export',
      version: 1,
      exportedAt: 'x',
      interviews: [],
      lessons: [],
      answers: [],
      pad: 'x'.repeat(300 * 1024),
    };
    const res = await client.post('/api/import', big);
    expect(res.status).toBe(400);
    expect(((await res.json()) as Json).error.code).not.toBe('input/too-large');
  });

  it('answers an oversized body with 413 before reading it', async () => {
    const res = await client.post('/api/check', { text: 'x'.repeat(300 * 1024) });
    expect(res.status).toBe(413);
    expect(((await res.json()) as Json).error.code).toBe('input/too-large');
  });

  it('replaces the debrief, and refuses a bad replacement without changing anything', async () => {
    const id = await createInterview();
    const ok = await client.put(`/api/interviews/${id}`, sampleDebrief({ role: 'Senior Supply Planner' }));
    expect(ok.status).toBe(200);
    const bad = await client.put(`/api/interviews/${id}`, sampleDebrief({ interviewAt: 'yesterday' }));
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as Json).error.issues[0].path).toBe('interviewAt');
    const after = (await (await client.get(`/api/interviews/${id}`)).json()) as Json;
    expect(after.debrief.role).toBe('Senior Supply Planner');
  });

  it('answers 404 for an interview that does not exist, and deletes one that does', async () => {
    expect((await client.get('/api/interviews/nope1234')).status).toBe(404);
    const id = await createInterview();
    expect((await client.del(`/api/interviews/${id}`)).status).toBe(204);
    expect((await client.get(`/api/interviews/${id}`)).status).toBe(404);
  });
});

describe('plan, progress, contacts and outcome', () => {
  it('gives the reality check, the self-assessment and the plan in the person’s zone', async () => {
    const id = await createInterview();
    const plan = (await (await client.get(`/api/interviews/${id}/plan`)).json()) as Json;
    expect(plan.verdict).toBe('recover');
    expect(plan.address).toEqual(['m2', 'p1']);
    expect(plan.leaveAlone).toEqual(['m1']);
    expect(plan.actions.map((a: Json) => a.type)).toEqual(
      expect.arrayContaining(['cool-off', 'rebuild-answers', 'recovery-email', 'lessons']),
    );
    expect(plan.actions.every((a: Json) => a.due.endsWith('-05:00'))).toBe(true);
    expect(plan.deadline).toEqual({ at: '2026-11-20T23:59:59-05:00', isPast: false });
    expect(plan.mishaps.find((m: Json) => m.id === 'm1')).toMatchObject({
      isAddressed: false,
      kindLabel: 'Nerves showed',
    });
    expect(plan.selfAssessment.map((q: Json) => q.answer)).toEqual(['yes', 'no', 'yes', 'yes']);
    expect(plan.actions.find((a: Json) => a.type === 'recovery-email').messageType).toBe('recovery-email');
  });

  it('marks an action done or skipped and shows it in the plan', async () => {
    const id = await createInterview();
    const res = await client.post(`/api/interviews/${id}/actions/cool-off`, { state: 'done' });
    expect(res.status).toBe(200);
    await client.post(`/api/interviews/${id}/actions/gather-evidence`, { state: 'skipped' });
    const plan = (await (await client.get(`/api/interviews/${id}/plan`)).json()) as Json;
    expect(plan.actions.find((a: Json) => a.type === 'cool-off').state).toBe('done');
    const list = (await (await client.get('/api/interviews')).json()) as Json;
    expect(list.interviews[0].nextAction.type).not.toBe('cool-off');
  });

  it.each([
    ['an unknown action type', 'send-flowers', { state: 'done' }, 'action.'],
    ['an unknown state', 'cool-off', { state: 'finished' }, 'state'],
  ])('refuses %s with 400', async (_name, type, body, path) => {
    const id = await createInterview();
    const res = await client.post(`/api/interviews/${id}/actions/${type}`, body);
    expect(res.status).toBe(400);
    const issues = ((await res.json()) as Json).error.issues as Json[];
    expect(issues[0]!.path.startsWith(path.replace(/\.$/, '')) || issues[0]!.path === '').toBe(true);
  });

  it('logs a contact, after which the plan stops asking for the recovery email (no nagging)', async () => {
    const id = await createInterview();
    const res = await client.post(`/api/interviews/${id}/contacts`, { type: 'email' });
    expect(res.status).toBe(201);
    const doc = (await res.json()) as Json;
    expect(doc.debrief.contacts).toEqual([{ type: 'email', at: '2026-11-20T13:00:00-05:00' }]);
    const plan = (await (await client.get(`/api/interviews/${id}/plan`)).json()) as Json;
    expect(plan.actions.map((a: Json) => a.type)).not.toContain('recovery-email');
  });

  it('records a rejection, after which the plan asks for feedback', async () => {
    const id = await createInterview();
    expect((await client.put(`/api/interviews/${id}/outcome`, { outcome: 'rejected' })).status).toBe(200);
    const plan = (await (await client.get(`/api/interviews/${id}/plan`)).json()) as Json;
    expect(plan.verdict).toBe('closed');
    expect(plan.actions.map((a: Json) => a.type)).toEqual(['feedback-request', 'lessons']);
    const bad = await client.put(`/api/interviews/${id}/outcome`, { outcome: 'ghosted' });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as Json).error.issues[0].path).toBe('outcome');
  });

  it('exports the pending plan as calendar reminders', async () => {
    const id = await createInterview();
    const res = await client.get(`/api/interviews/${id}/plan.ics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/calendar');
    const ics = await res.text();
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain('Send the recovery email (Harbor Lane Foods\\, Supply Planner)');
  });
});

describe('drafts', () => {
  it('composes the draft from the debrief, keeps the person’s edits and exports them as .eml', async () => {
    const id = await createInterview();
    const list = (await (await client.get(`/api/interviews/${id}/drafts`)).json()) as Json;
    expect(list.drafts.map((d: Json) => d.type)).toEqual(['recovery-email', 'call']);
    const draft = (await (await client.get(`/api/interviews/${id}/drafts/recovery-email`)).json()) as Json;
    expect(draft).toMatchObject({
      kind: 'email',
      purpose: 'recovery',
      saved: null,
      to: 'priya@harborlane.example',
    });
    expect(draft.text).toContain('Priya');

    const edited = `${draft.text}\n\nP.S. Edited by hand.`;
    const put = await client.put(`/api/interviews/${id}/drafts/recovery-email`, {
      subject: 'My edit',
      text: edited,
    });
    expect(put.status).toBe(200);
    const again = (await (await client.get(`/api/interviews/${id}/drafts/recovery-email`)).json()) as Json;
    expect(again).toMatchObject({ subject: 'My edit', text: edited });
    expect(again.composed.text).toBe(draft.text);

    const eml = await client.get(`/api/interviews/${id}/drafts/recovery-email.eml`);
    expect(eml.status).toBe(200);
    expect(eml.headers.get('content-disposition')).toContain('.eml');
    const raw = await eml.text();
    expect(raw).toMatch(/^Subject: My edit$/m);
    expect(raw).toMatch(/^To: Priya Natarajan <priya@harborlane.example>$/m);
  });

  it('refuses a draft type that does not exist', async () => {
    const id = await createInterview();
    const res = await client.get(`/api/interviews/${id}/drafts/love-letter`);
    expect(res.status).toBe(400);
    expect(((await res.json()) as Json).error.code).toBe('draft/invalid');
  });
});

describe('POST /api/check', () => {
  it('returns the checker’s findings with positions', async () => {
    const res = await client.post('/api/check', {
      text: 'Subject: Sorry\n\nHi Priya,\n\nI am so sorry, I totally bombed the interview.\n\nJordan',
      kind: 'email',
      purpose: 'recovery',
    });
    expect(res.status).toBe(200);
    const result = (await res.json()) as Json;
    const rules = result.findings.map((f: Json) => f.rule);
    expect(rules).toEqual(expect.arrayContaining(['apology', 'over-candid']));
    expect(result.findings[0].start).toEqual(
      expect.objectContaining({ line: expect.any(Number), offset: expect.any(Number) }),
    );
  });

  it('names the bad field of a bad context debrief', async () => {
    const res = await client.post('/api/check', { text: 'Hello', context: { company: 'X' } });
    expect(res.status).toBe(400);
    const paths = ((await res.json()) as Json).error.issues.map((i: Json) => i.path);
    expect(paths).toContain('context.role');
  });

  it('refuses an unknown kind', async () => {
    const res = await client.post('/api/check', { text: 'Hello', kind: 'fax' });
    expect(res.status).toBe(400);
    expect(((await res.json()) as Json).error.issues[0].path).toBe('kind');
  });
});

describe('journal, export and import', () => {
  it('keeps lessons and answers and shows patterns across interviews', async () => {
    const id = await createInterview();
    await createInterview({ outcome: 'next-round' });
    expect((await client.post('/api/lessons', { text: 'Bring the numbers', interviewId: id })).status).toBe(
      201,
    );
    expect(
      (
        await client.post('/api/answers', {
          question: 'A forecast you improved',
          answer: 'Chilled goods',
          evidence: 'waste -18%',
        })
      ).status,
    ).toBe(201);
    const bad = await client.post('/api/lessons', { text: '   ' });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as Json).error.issues[0].path).toBe('text');

    const journal = (await (await client.get('/api/journal')).json()) as Json;
    expect(journal.outcomes).toMatchObject({ pending: 1, 'next-round': 1 });
    expect(journal.recoveries).toEqual({ total: 2, reachedNextRound: 1 });
    expect(journal.troubleKinds[0]).toMatchObject({ kind: 'blank-answer', count: 2 });
    expect(journal.troubleQuestions[0]).toMatchObject({ count: 2 });
    expect(journal.lessons).toHaveLength(1);
    expect(journal.answers).toHaveLength(1);
  });

  it('exports everything and imports it into another store, all or nothing', async () => {
    await createInterview();
    const data = (await (await client.get('/api/export')).json()) as Json;
    expect(data.format).toBe('rebound-export');

    const other = await createHarness();
    try {
      const otherClient = createClient(other.app);
      const bad = await otherClient.post('/api/import', {
        ...data,
        interviews: [{ ...data.interviews[0], debrief: { company: 1 } }],
      });
      expect(bad.status).toBe(400);
      expect(((await (await otherClient.get('/api/interviews')).json()) as Json).interviews).toEqual([]);
      const res = await otherClient.post('/api/import', data);
      expect(res.status).toBe(200);
      expect(((await res.json()) as Json).interviews).toBe(1);
    } finally {
      await other.close();
    }
  });
});

describe('safety', () => {
  it('refuses a change sent from another site', async () => {
    const res = await client.post('/api/interviews', sampleDebrief(), { origin: 'https://evil.example' });
    expect(res.status).toBe(403);
    expect(((await res.json()) as Json).error.code).toBe('auth/csrf');
  });

  it('answers only requests addressed to localhost, against DNS rebinding', async () => {
    const res = await h.app.request('http://attacker.example/api/interviews');
    expect(res.status).toBe(403);
  });

  // Each address twice: the guards keep parsed hosts, and the second answer must not differ.
  it.each([
    ['http://localhost/api/health', 200],
    ['http://LOCALHOST:4517/api/health', 200],
    ['http://127.0.0.1:4517/api/health', 200],
    ['http://[::1]:4517/api/health', 200],
    ['http://attacker.example/api/health', 403],
    ['http://localhost.attacker.example/api/health', 403],
    ['http://127.0.0.1.attacker.example:4517/api/health', 403],
    ['http://attacker.example?http://localhost/', 403],
  ])('answers %s with %i, every time', async (url, status) => {
    for (let i = 0; i < 2; i++) expect((await h.app.request(url)).status).toBe(status);
  });

  it.each([
    ['the same origin', 'http://localhost', 201],
    ['the same origin in capitals', 'http://LOCALHOST', 201],
    ['another port', 'http://localhost:8080', 403],
    ['another site', 'https://evil.example', 403],
    ['an opaque origin', 'null', 403],
    ['an origin that is not a URL', 'not a url', 403],
  ])('answers a change sent from %s with %i, every time', async (_name, origin, status) => {
    for (let i = 0; i < 2; i++) {
      const res = await client.post('/api/interviews', sampleDebrief(), { origin });
      expect(res.status).toBe(status);
    }
  });

  it('sends the security headers on answers, errors and refusals alike', async () => {
    const answers = [
      await client.get('/api/health'),
      await client.post('/api/check', { text: 'Hello' }),
      await client.get('/api/nothing-here'),
      await h.app.request('http://attacker.example/api/interviews'),
    ];
    for (const res of answers) {
      for (const [name, value] of SECURITY_HEADERS) expect(res.headers.get(name)).toBe(value);
    }
    expect(answers[0]!.headers.get('content-security-policy')).toContain("default-src 'self'");
  });

  it('answers an unexpected failure with a calm 500 and no internals', async () => {
    await h.store.close();
    const res = await client.get('/api/interviews');
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(JSON.parse(text).error.code).toBe('server/internal');
    expect(text).not.toMatch(/at \w+ \(|\.ts:\d+|stack/i);
    expect(errors).toHaveLength(1);
  });

  it('answers unknown API routes with a JSON 404', async () => {
    const res = await client.get('/api/nothing-here');
    expect(res.status).toBe(404);
    expect(((await res.json()) as Json).error.code).toBe('route/not-found');
  });

  it('serves an OpenAPI 3.1 document generated from the schemas', async () => {
    const doc = (await (await client.get('/api/openapi.json')).json()) as Json;
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.components.schemas.Debrief.required).toEqual(
      expect.arrayContaining(['company', 'role', 'interviewer', 'interviewAt', 'wantJob']),
    );
    expect(doc.components.schemas.Debrief.properties.wantJob.enum).toEqual(['yes', 'no', 'unsure']);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/interviews', '/api/check', '/api/interviews/{id}/plan']),
    );
  });
});
