import { parseDebrief } from '../debrief/parse';
import type { Debrief, DebriefInput } from '../debrief/schema';

/** A valid debrief for tests, with overrides; fails loudly if the overrides make it invalid. */
export function makeDebrief(overrides: Partial<DebriefInput> = {}): Debrief {
  const input: DebriefInput = {
    company: 'Tidewater Freight',
    role: 'Logistics Coordinator',
    interviewer: { name: 'Mina Okafor', email: 'mina@example.com' },
    interviewAt: '2026-11-20T10:00:00-05:00',
    timeZone: 'America/New_York',
    wantJob: 'yes',
    ...overrides,
  };
  const r = parseDebrief(input);
  if (!r.ok) throw new Error(`test debrief invalid: ${JSON.stringify(r.error.issues)}`);
  return r.value;
}
