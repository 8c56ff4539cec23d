import { defineRule } from '../rule';
import { wholeSpan } from '../text/regions';

export const missingSubject = defineRule({
  id: 'missing-subject',
  severity: 'warning',
  kinds: ['email'],
  skipPurposes: [],
  message: 'The email has no subject line. Start it with “Subject: …” saying what it is about.',
  suggestion: 'Subject: Thank you, and more on the question about …',
  doc: {
    firesWhen: 'An email does not start with a `Subject:` line, or the subject is empty.',
    why: 'Seed 000’s recovery email starts with a clear subject (thanks plus a follow-up); an email without one is easy to overlook in a busy inbox.',
    seeds: ['000'],
    bad: 'Hi Omar,\n\nThank you for your time today …',
    good: 'Subject: Thank you, and more on the audit question\n\nHi Omar,\n\nThank you for your time today …',
  },
  check: ({ message: m }) => {
    if (m.subject && m.subject.value !== '') return [];
    if (m.subject) return [m.subject];
    const whole = wholeSpan(m);
    const lineEnd = m.norm.indexOf('\n', whole.start);
    return [{ start: whole.start, end: lineEnd === -1 ? whole.end : lineEnd }];
  },
});
