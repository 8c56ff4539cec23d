import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDataDir, DEBRIEF_JSON } from '../test-store';

/** show, done, contact, outcome, lessons, answers: the stored journey, command by command. */
describe('the stored journey', () => {
  let t: ReturnType<typeof createTestDataDir>;
  let id: string;
  const NOW = ['--now', '2026-11-20T13:00:00-05:00'];
  beforeEach(async () => {
    t = createTestDataDir();
    id = (await t.cli(['new', '--from', 'd.json'], { files: { 'd.json': DEBRIEF_JSON } })).stdout.trim();
  });
  afterEach(() => t.remove());

  it('shows the reality check and the plan with live due times', async () => {
    const r = await t.cli(['show', id, ...NOW]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Reality check: Data Engineer at Larkspur Analytics, with Priya Balan');
    expect(r.stdout).toMatch(/Send the recovery email\s+today 18:00 \(in 5 h\)/);
    expect(r.stdout).toContain(`Done with a step? rebound done ${id} cool-off`);
  });

  it('marks steps done or skipped, shows them, and moves on to the next', async () => {
    const done = await t.cli(['done', id, 'cool-off', ...NOW]);
    expect(done.code).toBe(0);
    expect(done.stdout).toBe('cool-off: done.\nNext: rebuild-answers, today 16:00 (in 3 h)\n');
    expect((await t.cli(['done', id, 'rebuild-answers', '--skip', ...NOW])).stdout).toMatch(
      /^rebuild-answers: skipped/,
    );
    const shown = (await t.cli(['show', id, ...NOW])).stdout;
    expect(shown).toMatch(/Cool off .*✓ done/);
    expect(shown).toMatch(/Rebuild your weak answers .*– skipped/);
    const json = JSON.parse((await t.cli(['show', id, '--json', ...NOW])).stdout);
    expect(
      json.progress.map((p: { actionType: string; state: string }) => `${p.actionType}:${p.state}`),
    ).toEqual(['cool-off:done', 'rebuild-answers:skipped']);
    expect((await t.cli(['done', id, 'cool-off', '--undo', ...NOW])).stdout).toMatch(/^cool-off: open again/);
    const list = JSON.parse((await t.cli(['list', '--json'])).stdout);
    expect(list.interviews[0].nextAction.type).toBe('cool-off');
  });

  it('logs a contact into the plan: no second recovery email, and a quiet period', async () => {
    const r = await t.cli(['contact', id, '--type', 'email', '--at', '2026-11-20T17:10:00-05:00', ...NOW]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Logged: email on 2026-11-20T17:10:00-05:00 \(1 contact so far\)\./);
    const json = JSON.parse((await t.cli(['show', id, '--json', ...NOW])).stdout);
    expect(json.debrief.contacts).toEqual([{ type: 'email', at: '2026-11-20T17:10:00-05:00' }]);
    expect(json.plan.actions.map((a: { type: string }) => a.type)).not.toContain('recovery-email');
  });

  it('records the outcome, and the plan follows it', async () => {
    const r = await t.cli(['outcome', id, 'rejected', ...NOW]);
    expect(r.code).toBe(0);
    const json = JSON.parse((await t.cli(['show', id, '--json', ...NOW])).stdout);
    expect(json.debrief.outcome).toBe('rejected');
    expect(json.plan.verdict).toBe('closed');
    expect(json.plan.actions.map((a: { type: string }) => a.type)).toContain('feedback-request');
  });

  it('keeps lessons per interview and an answer bank', async () => {
    expect((await t.cli(['lessons', id, '--add', 'Have an outage story ready'])).stdout).toMatch(
      /^Kept lesson \w+\. You have 1 lesson from this interview\.\n$/,
    );
    await t.cli(['lessons', '--add', 'Sleep well the night before'], { now: '2026-11-20T14:00:00-05:00' });
    expect((await t.cli(['lessons', id])).stdout).toBe('- Have an outage story ready\n');
    expect((await t.cli(['lessons'])).stdout).toBe(
      `- Have an outage story ready  (${id})\n- Sleep well the night before\n`,
    );
    const added = await t.cli([
      'answers',
      '--add',
      '--question',
      'A failing pipeline?',
      '--answer',
      'Retries and alerts',
      '--evidence',
      '9 a month to 1',
      '--interview',
      id,
    ]);
    expect(added.code).toBe(0);
    expect((await t.cli(['answers'])).stdout).toBe(
      'Q: A failing pipeline?\nA: Retries and alerts\n   Proof: 9 a month to 1\n',
    );
  });

  it.each([
    ['an unknown id', ['show', 'nope1234'], /^rebound: ID: there is no interview with id "nope1234"/],
    [
      'an unknown id for done',
      ['done', 'nope1234', 'cool-off'],
      /^rebound: ID: there is no interview with id "nope1234"/,
    ],
    ['a bad action type', ['done', 'ID', 'send-flowers'], /^rebound: ACTION: expected one of cool-off, /],
    ['--skip with --undo', ['done', 'ID', 'call', '--skip', '--undo'], /--skip and --undo: choose one/],
    [
      'a bad outcome',
      ['outcome', 'ID', 'ghosted'],
      /^rebound: OUTCOME: expected one of pending, next-round, offer, rejected, silence, got "ghosted"/,
    ],
    [
      'a bad contact type',
      ['contact', 'ID', '--type', 'fax'],
      /^rebound: --type: expected one of email, call, letter, other, got "fax"/,
    ],
    [
      'a bad contact time',
      ['contact', 'ID', '--type', 'call', '--at', 'yesterday'],
      /^rebound: --at: expected an ISO 8601 date-time/,
    ],
    [
      'an empty lesson',
      ['lessons', 'ID', '--add', '  '],
      /^rebound: --add: expected the lesson, got an empty string/,
    ],
    [
      'an answer without a question',
      ['answers', '--add', '--answer', 'x'],
      /^rebound: --question: expected the question/,
    ],
    [
      'an empty answer',
      ['answers', '--add', '--question', 'Q?', '--answer', ' '],
      /^rebound: --answer: expected the answer, got an empty string/,
    ],
    [
      'lessons of an unknown id',
      ['lessons', 'nope1234'],
      /^rebound: ID: there is no interview with id "nope1234"/,
    ],
  ])('refuses %s with exit 2 and changes nothing', async (_what, argv, message) => {
    const before = (await t.cli(['export'])).stdout;
    const r = await t.cli(argv.map((a) => (a === 'ID' ? id : a)));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect((await t.cli(['export'])).stdout.replace(/"exportedAt": "[^"]+"/, '')).toBe(
      before.replace(/"exportedAt": "[^"]+"/, ''),
    );
  });
});

describe('a database that cannot be opened', () => {
  it('is named in a one-line error, without a stack trace', async () => {
    const t = createTestDataDir();
    // A directory where the database file should be.
    const { mkdirSync } = await import('node:fs');
    mkdirSync(`${t.dir}/rebound.db`);
    const r = await t.cli(['list']);
    t.remove();
    expect(r.code).toBe(70);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(new RegExp(`^rebound: cannot open ${t.dir}/rebound.db: .+\\n$`));
  });
});
