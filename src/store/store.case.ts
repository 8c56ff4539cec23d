import { afterEach, describe, expect, it } from 'vitest';
import { buildPlan } from '../core/plan';
import { formatIssues, type Result } from '../core/result';
import { createTestClock, createTestIds, otherDebrief, sampleDebrief } from './test-fixtures';
import type { Store } from './types';

/**
 * The one storage test suite, run against every database (SQLite and a real PostgreSQL server) by
 * `store.sqlite.test.ts` and `store.postgres.test.ts`.
 */

export type StoreFactory = {
  /**
   * Opens a new, empty store with a fake clock and predictable ids. `reopen` opens the same
   * database again (a new connection, migrations checked again).
   */
  open(options: {
    now: () => Date;
    newId: () => string;
  }): Promise<{ store: Store; reopen: () => Promise<Store> }>;
};

const ALICE = 'alice';
const BOB = 'bob';

function unwrap<T>(r: Result<T>): T {
  if (!r.ok)
    throw new Error(
      `expected success, got ${r.error.code}: ${r.error.message}\n${formatIssues(r.error.issues)}`,
    );
  return r.value;
}

function failureOf<T>(r: Result<T>) {
  if (r.ok) throw new Error(`expected a failure, got ${JSON.stringify(r.value).slice(0, 200)}`);
  return r.error;
}

export function describeStoreCases(name: string, factory: StoreFactory): void {
  describe(`store on ${name}`, () => {
    const opened: Store[] = [];
    const clock = createTestClock('2026-11-20T13:00:00-05:00');

    async function setup() {
      clock.set('2026-11-20T13:00:00-05:00');
      const { store, reopen } = await factory.open({ now: clock.now, newId: createTestIds() });
      opened.push(store);
      return {
        store,
        reopen: async () => {
          const again = await reopen();
          opened.push(again);
          return again;
        },
      };
    }

    afterEach(async () => {
      for (const s of opened.splice(0)) await s.close().catch(() => undefined);
    });

    it('stores a debrief with its defaults and gives it back by id', async () => {
      const { store } = await setup();
      const created = unwrap(await store.createInterview(ALICE, sampleDebrief()));
      expect(created.id).toBe('id001');
      expect(created.debrief.outcome).toBe('pending');
      expect(created.createdAt).toBe('2026-11-20T18:00:00.000Z');
      const read = await store.getInterview(ALICE, created.id);
      expect(read).toEqual(created);
    });

    it('rejects an invalid debrief naming the field, and stores nothing', async () => {
      const { store } = await setup();
      const bad = sampleDebrief({
        mishaps: [{ id: 'm1', kind: 'tripped' as never, severity: 'major', noticed: 'yes' }],
      });
      const error = failureOf(await store.createInterview(ALICE, bad));
      expect(error.code).toBe('debrief/invalid');
      expect(error.issues[0]?.path).toBe('mishaps[0].kind');
      expect(error.issues[0]?.message).toMatch(/expected one of late/);
      expect(await store.countInterviews(ALICE)).toBe(0);
    });

    it('lists interviews most recent first with the next due action, and pages', async () => {
      const { store } = await setup();
      const a = unwrap(await store.createInterview(ALICE, sampleDebrief()));
      const b = unwrap(await store.createInterview(ALICE, otherDebrief()));
      const c = unwrap(
        await store.createInterview(ALICE, sampleDebrief({ interviewAt: '2026-10-01T09:00:00-04:00' })),
      );
      const list = await store.listInterviews(ALICE);
      expect(list.map((s) => s.id)).toEqual([b.id, a.id, c.id]);
      expect(list[1]).toMatchObject({
        company: 'Larkspur Analytics',
        role: 'Data Engineer',
        interviewAt: '2026-11-20T10:00:00-05:00',
        outcome: 'pending',
        nextAction: { type: 'cool-off' },
      });
      expect(await store.countInterviews(ALICE)).toBe(3);
      expect((await store.listInterviews(ALICE, { limit: 2 })).map((s) => s.id)).toEqual([b.id, a.id]);
      expect((await store.listInterviews(ALICE, { limit: 2, offset: 2 })).map((s) => s.id)).toEqual([c.id]);
      expect((await store.listInterviews(ALICE, { offset: 1 })).map((s) => s.id)).toEqual([a.id, c.id]);
    });

    it('keeps each user to their own interviews in every read and write', async () => {
      const { store } = await setup();
      const mine = unwrap(await store.createInterview(ALICE, sampleDebrief()));
      expect(await store.getInterview(BOB, mine.id)).toBeNull();
      expect(await store.listInterviews(BOB)).toEqual([]);
      expect(await store.countInterviews(BOB)).toBe(0);
      const attempts: Result<unknown>[] = [
        await store.updateDebrief(BOB, mine.id, otherDebrief()),
        await store.setActionState(BOB, mine.id, 'cool-off', 'done', clock.now()),
        await store.addContact(BOB, mine.id, { type: 'email', at: '2026-11-20T17:00:00-05:00' }),
        await store.setOutcome(BOB, mine.id, 'rejected'),
        await store.saveDraft(BOB, mine.id, 'recovery-email', 'Hello', 'Hi'),
        await store.addLesson(BOB, { text: 'prepare outage stories', interviewId: mine.id }),
        await store.deleteInterview(BOB, mine.id),
      ];
      for (const r of attempts) expect(failureOf(r).code).toBe('interview/not-found');
      // Bob may reuse the same id for his own interview without touching Alice's.
      const bobs = unwrap(await store.createInterview(BOB, otherDebrief()));
      expect(bobs.id).toBe('id002');
      expect((await store.getInterview(ALICE, mine.id))?.debrief.company).toBe('Larkspur Analytics');
      expect(await store.getProgress(ALICE, mine.id)).toEqual([]);
    });

    it('gives two users the same interview id without mixing them up', async () => {
      const sameId = () => 'shared01';
      const reopened = await factory.open({ now: clock.now, newId: sameId });
      opened.push(reopened.store);
      unwrap(await reopened.store.createInterview(ALICE, sampleDebrief()));
      unwrap(await reopened.store.createInterview(BOB, otherDebrief()));
      expect((await reopened.store.getInterview(ALICE, 'shared01'))?.debrief.company).toBe(
        'Larkspur Analytics',
      );
      expect((await reopened.store.getInterview(BOB, 'shared01'))?.debrief.company).toBe(
        'Harbor & Pine Books',
      );
    });

    it('tries another id when the random one is taken', async () => {
      const ids = ['dup00001', 'dup00001', 'dup00002'];
      const reopened = await factory.open({ now: clock.now, newId: () => ids.shift() ?? 'none' });
      opened.push(reopened.store);
      expect(unwrap(await reopened.store.createInterview(ALICE, sampleDebrief())).id).toBe('dup00001');
      expect(unwrap(await reopened.store.createInterview(ALICE, sampleDebrief())).id).toBe('dup00002');
    });

    it('records actions done and skipped, and the next action moves on', async () => {
      const { store } = await setup();
      const { id } = unwrap(await store.createInterview(ALICE, sampleDebrief()));
      const plan = buildPlan(
        unwrap(await store.createInterview(ALICE, sampleDebrief())).debrief,
        clock.now(),
      );
      const [first, second, third] = plan.actions;
      expect(first?.type).toBe('cool-off');
      unwrap(await store.setActionState(ALICE, id, 'cool-off', 'done', '2026-11-20T14:10:00-05:00'));
      const progress = unwrap(await store.setActionState(ALICE, id, second!.type, 'skipped', clock.now()));
      expect(progress).toEqual(
        [
          { actionType: 'cool-off', state: 'done', at: '2026-11-20T19:10:00.000Z' },
          { actionType: second!.type, state: 'skipped', at: '2026-11-20T18:00:00.000Z' },
        ].sort((x, y) => x.actionType.localeCompare(y.actionType)),
      );
      let summary = (await store.listInterviews(ALICE)).find((s) => s.id === id);
      expect(summary?.nextAction?.type).toBe(third!.type);
      unwrap(await store.setActionState(ALICE, id, second!.type, null, clock.now()));
      expect((await store.getProgress(ALICE, id)).map((p) => p.actionType)).toEqual(['cool-off']);
      summary = (await store.listInterviews(ALICE)).find((s) => s.id === id);
      expect(summary?.nextAction?.type).toBe(second!.type);
    });

    it.each([
      ['an unknown action type', 'send-flowers', 'done', 'action'],
      ['an unknown state', 'cool-off', 'maybe', 'state'],
    ])('refuses %s, naming the argument', async (_what, action, state, path) => {
      const { store } = await setup();
      const { id } = unwrap(await store.createInterview(ALICE, sampleDebrief()));
      const error = failureOf(
        await store.setActionState(ALICE, id, action as never, state as never, clock.now()),
      );
      expect(error.code).toBe('input/invalid');
      expect(error.issues[0]?.path).toBe(path);
      expect(await store.getProgress(ALICE, id)).toEqual([]);
    });

    it('logs a contact into the debrief, so the plan stops asking for the email', async () => {
      const { store } = await setup();
      const { id } = unwrap(await store.createInterview(ALICE, sampleDebrief()));
      const updated = unwrap(
        await store.addContact(ALICE, id, {
          type: 'email',
          at: '2026-11-20T17:10:00-05:00',
          note: 'sent the recap',
        }),
      );
      expect(updated.debrief.contacts).toEqual([
        { type: 'email', at: '2026-11-20T17:10:00-05:00', note: 'sent the recap' },
      ]);
      const stored = await store.getInterview(ALICE, id);
      const types = buildPlan(stored!.debrief, clock.now()).actions.map((a) => a.type);
      expect(types).not.toContain('recovery-email');
      expect(types).not.toContain('expansive-letter');
    });

    it('refuses a contact of an unknown type, naming the field', async () => {
      const { store } = await setup();
      const { id } = unwrap(await store.createInterview(ALICE, sampleDebrief()));
      const error = failureOf(
        await store.addContact(ALICE, id, { type: 'fax' as never, at: '2026-11-20T17:10:00-05:00' }),
      );
      expect(error.issues[0]?.path).toBe('type');
      expect((await store.getInterview(ALICE, id))?.debrief.contacts).toEqual([]);
    });

    it('records the outcome in the debrief and the list, and the plan follows it', async () => {
      const { store } = await setup();
      const { id } = unwrap(await store.createInterview(ALICE, sampleDebrief()));
      const updated = unwrap(await store.setOutcome(ALICE, id, 'rejected'));
      expect(updated.debrief.outcome).toBe('rejected');
      expect((await store.listInterviews(ALICE))[0]?.outcome).toBe('rejected');
      const plan = buildPlan((await store.getInterview(ALICE, id))!.debrief, clock.now());
      expect(plan.verdict).toBe('closed');
      expect(failureOf(await store.setOutcome(ALICE, id, 'ghosted' as never)).issues[0]?.path).toBe(
        'outcome',
      );
    });

    it('replaces a debrief and rejects an invalid replacement without changing anything', async () => {
      const { store } = await setup();
      const { id } = unwrap(await store.createInterview(ALICE, sampleDebrief()));
      clock.advance(60_000);
      const updated = unwrap(await store.updateDebrief(ALICE, id, otherDebrief()));
      expect(updated.updatedAt).toBe('2026-11-20T18:01:00.000Z');
      expect((await store.listInterviews(ALICE))[0]?.company).toBe('Harbor & Pine Books');
      const error = failureOf(
        await store.updateDebrief(ALICE, id, { ...otherDebrief(), wantJob: 'perhaps' }),
      );
      expect(error.issues[0]?.path).toBe('wantJob');
      expect((await store.getInterview(ALICE, id))?.debrief.wantJob).toBe('unsure');
    });

    it("keeps the person's version of each draft, one per type", async () => {
      const { store } = await setup();
      const { id } = unwrap(await store.createInterview(ALICE, sampleDebrief()));
      unwrap(await store.saveDraft(ALICE, id, 'recovery-email', 'Dear Priya, first version', 'Thank you'));
      clock.advance(5_000);
      unwrap(
        await store.saveDraft(
          ALICE,
          id,
          'recovery-email',
          'Dear Priya, my edit',
          'Thank you, and one more thing',
        ),
      );
      unwrap(await store.saveDraft(ALICE, id, 'call', 'Opening: thank her', null));
      expect(await store.getDrafts(ALICE, id)).toEqual([
        { type: 'call', subject: null, text: 'Opening: thank her', updatedAt: '2026-11-20T18:00:05.000Z' },
        {
          type: 'recovery-email',
          subject: 'Thank you, and one more thing',
          text: 'Dear Priya, my edit',
          updatedAt: '2026-11-20T18:00:05.000Z',
        },
      ]);
      expect(
        failureOf(await store.saveDraft(ALICE, id, 'postcard' as never, 'x', null)).issues[0]?.path,
      ).toBe('type');
      expect(failureOf(await store.saveDraft(ALICE, id, 'call', '   ', null)).issues[0]?.path).toBe('text');
    });

    it('keeps lessons and an answer bank across interviews', async () => {
      const { store } = await setup();
      const { id } = unwrap(await store.createInterview(ALICE, sampleDebrief()));
      const lesson = unwrap(
        await store.addLesson(ALICE, { text: 'Have an outage story ready', interviewId: id }),
      );
      unwrap(await store.addLesson(ALICE, { text: 'Sleep before interviews' }));
      expect(lesson).toMatchObject({ interviewId: id, text: 'Have an outage story ready' });
      expect((await store.listLessons(ALICE)).map((l) => l.text)).toEqual([
        'Have an outage story ready',
        'Sleep before interviews',
      ]);
      expect((await store.listLessons(ALICE, id)).length).toBe(1);
      const answer = unwrap(
        await store.addAnswer(ALICE, {
          question: 'Tell me about a failing pipeline',
          answer: 'I rebuilt the nightly loads with retries',
          evidence: 'failures fell from 9 a month to 1',
          interviewId: id,
        }),
      );
      expect(await store.listAnswers(ALICE)).toEqual([answer]);
      expect(await store.listAnswers(BOB)).toEqual([]);
      expect(failureOf(await store.addAnswer(ALICE, { question: 'Q', answer: '' })).issues[0]?.path).toBe(
        'answer',
      );
      expect(failureOf(await store.addLesson(ALICE, { text: 'x', interviewId: 'nope' })).code).toBe(
        'interview/not-found',
      );
    });

    it('deletes an interview with its progress and drafts, keeping its lessons detached', async () => {
      const { store } = await setup();
      const { id } = unwrap(await store.createInterview(ALICE, sampleDebrief()));
      unwrap(await store.setActionState(ALICE, id, 'cool-off', 'done', clock.now()));
      unwrap(await store.saveDraft(ALICE, id, 'call', 'script', null));
      unwrap(await store.addLesson(ALICE, { text: 'keep this', interviewId: id }));
      unwrap(await store.deleteInterview(ALICE, id));
      expect(await store.getInterview(ALICE, id)).toBeNull();
      expect(await store.getProgress(ALICE, id)).toEqual([]);
      expect(await store.getDrafts(ALICE, id)).toEqual([]);
      expect(await store.listLessons(ALICE)).toMatchObject([{ text: 'keep this', interviewId: null }]);
    });

    it('exports everything and imports it into an empty account unchanged', async () => {
      const { store } = await setup();
      const a = unwrap(await store.createInterview(ALICE, sampleDebrief()));
      const b = unwrap(await store.createInterview(ALICE, otherDebrief()));
      unwrap(await store.setActionState(ALICE, a.id, 'cool-off', 'done', '2026-11-20T14:00:00-05:00'));
      unwrap(await store.addContact(ALICE, a.id, { type: 'email', at: '2026-11-20T17:10:00-05:00' }));
      unwrap(await store.setOutcome(ALICE, b.id, 'next-round'));
      unwrap(await store.saveDraft(ALICE, a.id, 'recovery-email', 'Dear Priya', 'Thanks'));
      unwrap(await store.addLesson(ALICE, { text: 'Prepare outage stories', interviewId: a.id }));
      unwrap(await store.addAnswer(ALICE, { question: 'Q?', answer: 'A.', evidence: null }));
      const progress: number[] = [];
      const exported = await store.exportAll(ALICE, (done) => progress.push(done));
      expect(exported.interviews).toHaveLength(2);
      expect(progress.at(-1)).toBe(2);

      // Through JSON text, as the file goes.
      const summary = unwrap(await store.importAll(BOB, JSON.parse(JSON.stringify(exported))));
      expect(summary).toEqual({ interviews: 2, lessons: 1, answers: 1 });
      const again = await store.exportAll(BOB);
      expect(again).toEqual(exported);
      expect(await store.listInterviews(BOB)).toEqual(await store.listInterviews(ALICE));
    });

    it('imports the same file twice without duplicating anything', async () => {
      const { store } = await setup();
      const a = unwrap(await store.createInterview(ALICE, sampleDebrief()));
      unwrap(await store.setActionState(ALICE, a.id, 'cool-off', 'done', clock.now()));
      unwrap(await store.addLesson(ALICE, { text: 'one lesson' }));
      const exported = await store.exportAll(ALICE);
      unwrap(await store.importAll(ALICE, exported));
      unwrap(await store.importAll(ALICE, exported));
      expect(await store.exportAll(ALICE)).toEqual(exported);
    });

    it('refuses a bad import file naming the record and field, and changes nothing', async () => {
      const { store } = await setup();
      unwrap(await store.createInterview(ALICE, sampleDebrief()));
      const before = await store.exportAll(ALICE);
      const good = JSON.parse(JSON.stringify(before)) as typeof before;
      const file = {
        ...good,
        interviews: [
          { ...good.interviews[0]!, id: 'new00001' },
          {
            ...good.interviews[0]!,
            id: 'new00002',
            debrief: {
              ...good.interviews[0]!.debrief,
              mishaps: [{ id: 'm1', kind: 'tripped', severity: 'major', noticed: 'yes' }],
            },
          },
        ],
        lessons: [{ id: 'l1', interviewId: 'missing1', text: 'x', createdAt: '2026-11-20T18:00:00.000Z' }],
      };
      const error = failureOf(await store.importAll(ALICE, file));
      expect(error.code).toBe('import/invalid');
      expect(error.message).toMatch(/nothing was imported/);
      expect(error.issues[0]?.path).toBe('interviews[1].debrief.mishaps[0].kind');
      expect(error.issues[0]?.message).toMatch(/^expected one of late, unprepared/);
      expect(await store.exportAll(ALICE)).toEqual(before);

      // Valid records but a lesson pointing at no interview: refused as a whole, too.
      const dangling = {
        ...good,
        interviews: [{ ...good.interviews[0]!, id: 'new00003' }],
        lessons: file.lessons,
      };
      const error2 = failureOf(await store.importAll(ALICE, dangling));
      expect(error2.issues).toEqual([
        {
          path: 'lessons[0].interviewId',
          message: 'expected the id of an interview in the file or already stored, got "missing1"',
        },
      ]);
      expect(await store.exportAll(ALICE)).toEqual(before);
    });

    it.each([
      ['not an export', { hello: 'world' }, 'format'],
      [
        'a newer version',
        { format: 'rebound-export', version: 2, exportedAt: '2026-11-20T18:00:00Z', interviews: [] },
        'version',
      ],
      ['duplicate interview ids', 'dup', 'interviews[1].id'],
    ])('refuses an import of %s', async (_what, data, path) => {
      const { store } = await setup();
      const interview = {
        id: 'x1',
        createdAt: '2026-11-20T18:00:00Z',
        updatedAt: '2026-11-20T18:00:00Z',
        debrief: sampleDebrief(),
      };
      const file =
        data === 'dup'
          ? {
              format: 'rebound-export',
              version: 1,
              exportedAt: '2026-11-20T18:00:00Z',
              interviews: [interview, interview],
            }
          : data;
      const error = failureOf(await store.importAll(ALICE, file));
      expect(error.issues.map((i) => i.path)).toContain(path);
      expect(await store.countInterviews(ALICE)).toBe(0);
    });

    it('creates accounts with unique, case-insensitive emails', async () => {
      const { store } = await setup();
      const user = unwrap(await store.createUser('Sam.Rivera@Example.com', 'scrypt$abc'));
      expect(user).toMatchObject({ email: 'sam.rivera@example.com', passwordHash: 'scrypt$abc' });
      expect(failureOf(await store.createUser('sam.rivera@example.COM ', 'scrypt$def')).code).toBe(
        'user/email-taken',
      );
      expect(failureOf(await store.createUser('not-an-email', 'scrypt$def')).issues[0]?.path).toBe('email');
      expect(await store.findUserByEmail('SAM.RIVERA@example.com')).toEqual(user);
      expect(await store.getUser(user.id)).toEqual(user);
      expect(await store.findUserByEmail('nobody@example.com')).toBeNull();
    });

    it('finds a session until it expires or is deleted', async () => {
      const { store } = await setup();
      const user = unwrap(await store.createUser('dana@example.com', 'hash'));
      const session = await store.createSession(user.id, '2026-11-20T19:00:00-05:00');
      expect(session.id.length).toBeGreaterThanOrEqual(40);
      expect(await store.findSession(session.id)).toEqual({
        id: session.id,
        userId: user.id,
        expiresAt: '2026-11-21T00:00:00.000Z',
      });
      clock.set('2026-11-20T19:00:01-05:00');
      expect(await store.findSession(session.id)).toBeNull();
      clock.set('2026-11-20T13:00:00-05:00');
      await store.deleteSession(session.id);
      expect(await store.findSession(session.id)).toBeNull();
      expect(await store.findSession('made-up')).toBeNull();
    });

    it('keeps the data across reopening and migrates only once', async () => {
      const { store, reopen } = await setup();
      const { id } = unwrap(await store.createInterview(ALICE, sampleDebrief()));
      await store.close();
      const again = await reopen();
      expect((await again.getInterview(ALICE, id))?.debrief.company).toBe('Larkspur Analytics');
      expect(await again.listInterviews(ALICE)).toHaveLength(1);
    });
  });
}
