import { describe, expect, it } from 'vitest';
import { buildEml } from './eml';
import { buildIcs } from './ics';

describe('buildEml', () => {
  it('writes a message with the recipient, subject and body a mail client can open', async () => {
    const eml = await buildEml({
      to: { name: 'Dana Whitfield', email: 'dana@example.com' },
      subject: 'Thank you for Thursday',
      text: 'Hello Dana,\n\nThank you for your time.\n',
      date: new Date('2026-11-20T18:00:00Z'),
    });
    expect(eml).toMatch(/^To: Dana Whitfield <dana@example.com>$/m);
    expect(eml).toMatch(/^Subject: Thank you for Thursday$/m);
    expect(eml).toMatch(/^X-Unsent: 1$/m);
    expect(eml).toContain('Thank you for your time.');
  });

  it('leaves the recipient out when the interviewer has no email address', async () => {
    const eml = await buildEml({ to: { name: 'Dana' }, subject: 'Hi', text: 'Body', date: new Date(0) });
    expect(eml).not.toMatch(/^To:/m);
  });
});

describe('buildIcs', () => {
  it('writes one event with a reminder per action at its due time', () => {
    const ics = buildIcs({
      company: 'Northwind',
      role: 'Analyst',
      uidPrefix: 'rebound-1',
      actions: [
        { type: 'cool-off', due: '2026-11-20T12:30:00-05:00', why: 'Breathe first.' },
        { type: 'recovery-email', due: '2026-11-20T18:00:00-05:00', why: 'Within 24 hours.' },
      ],
    });
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(ics).toContain('DTSTART:20261120T173000Z');
    expect(ics).toContain('DTSTART:20261120T230000Z');
    expect(ics).toContain('SUMMARY:Send the recovery email (Northwind\\, Analyst)');
    expect(ics).toContain('BEGIN:VALARM');
  });
});
