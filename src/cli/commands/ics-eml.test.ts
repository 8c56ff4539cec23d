import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDataDir, DEBRIEF_JSON } from '../test-store';

describe('rebound ics and eml', () => {
  let t: ReturnType<typeof createTestDataDir>;
  let id: string;
  const NOW = ['--now', '2026-11-20T13:00:00-05:00'];
  beforeEach(async () => {
    t = createTestDataDir();
    id = (await t.cli(['new', '--from', 'd.json'], { files: { 'd.json': DEBRIEF_JSON } })).stdout.trim();
  });
  afterEach(() => t.remove());

  it('writes one event with an alarm at the due time for each open step of the plan', async () => {
    await t.cli(['done', id, 'cool-off', ...NOW]);
    const r = await t.cli(['ics', id, ...NOW]);
    expect(r.code).toBe(0);
    const ics = r.stdout.replace(/\r\n[ \t]/g, '');
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
    const uids = [...ics.matchAll(/^UID:(.*)\r$/gm)].map((m) => m[1]);
    expect(uids).not.toContain(`${id}-cool-off@rebound`);
    expect(uids).toContain(`${id}-recovery-email@rebound`);
    expect(ics).toContain('SUMMARY:Send the recovery email (Larkspur Analytics\\, Data Engineer)');
    // The email is due at 18:00 New York time = 23:00 UTC, and its alarm fires then.
    expect(ics).toMatch(/UID:[^\r]*-recovery-email@rebound\r\n(?:[^\r]*\r\n)*?DTSTART:20261120T230000Z/);
    expect(ics.match(/BEGIN:VALARM/g)).toHaveLength(uids.length);
    expect(ics).toMatch(/TRIGGER:-PT15M\r\n/);
    const file = await t.cli(['ics', id, '--out', 'plan.ics', ...NOW]);
    expect(file.stdout).toBe(`Wrote ${uids.length} reminders to plan.ics\n`);
    // DTSTAMP is the moment the file was made: the rest is the same.
    const stamp = (text: string | undefined) => text?.replace(/DTSTAMP:\d+T\d+Z/g, 'DTSTAMP');
    expect(stamp(file.files.get('plan.ics'))).toBe(stamp(r.stdout));
  });

  it('writes a ready-to-send email to the interviewer from the composed draft', async () => {
    const r = await t.cli(['eml', id, '--type', 'recovery-email', ...NOW]);
    expect(r.code).toBe(0);
    const [head, body] = r.stdout.split('\r\n\r\n');
    expect(head).toMatch(/^To: Priya Balan <priya\.balan@example\.com>$/m);
    expect(head).toMatch(/^From: Sam Rivera <sam\.rivera@example\.com>$/m);
    expect(head).toMatch(/^Subject: \S/m);
    expect(head).toMatch(/^Date: Fri, 20 Nov 2026 18:00:00 \+0000$/m);
    expect(body).toMatch(/Priya/);
  });

  it("prefers the person's own saved draft", async () => {
    const { openStore } = await import('../../store/open-store');
    const store = await openStore({ kind: 'sqlite', file: `${t.dir}/rebound.db` });
    await store.saveDraft(
      'local',
      id,
      'recovery-email',
      'Dear Priya,\n\nMy own words.\n\nSam',
      'My own subject',
    );
    await store.close();
    const r = await t.cli(['eml', id, '--type', 'recovery-email', ...NOW]);
    expect(r.stdout).toMatch(/^Subject: My own subject$/m);
    expect(r.stdout).toContain('My own words.');
  });

  it.each([
    [
      ['eml', 'ID', '--type', 'call'],
      /--type: expected one of recovery-email, thank-you-email, expansive-letter, withdraw, feedback-request, got "call"/,
    ],
    [['eml', 'nope1234', '--type', 'recovery-email'], /ID: there is no interview with id "nope1234"/],
    [['ics', 'nope1234'], /ID: there is no interview with id "nope1234"/],
  ])('refuses %j with exit 2', async (argv, message) => {
    const r = await t.cli(argv.map((a) => (a === 'ID' ? id : a)));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });
});
