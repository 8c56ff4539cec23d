/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import lookAlikesText from './fixtures/look-alikes.jsonl?raw';
import nextStepsText from './fixtures/next-steps.jsonl?raw';
import wantingTheJobText from './fixtures/wanting-the-job.jsonl?raw';
import { checkMessage } from './check-message';
import { fires } from './test-support';

// Sentences written blind (from the contract alone) in many registers, trades and Englishes: 200
// ways of saying one wants the job and 200 of offering a next step. A clean note may say either in
// any of these ways, so each alone must satisfy its rule; a miss here is a false alarm on a clean note.
function sentences(jsonl: string): string[] {
  return jsonl
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => (JSON.parse(line) as { text: string }).text);
}

describe('ways of wanting the job', () => {
  it.each(sentences(wantingTheJobText))('%s', (text) => {
    expect(fires('missing-interest', text)).toBe(false);
  });
});

describe('ways of offering a next step', () => {
  it.each(sentences(nextStepsText))('%s', (text) => {
    expect(fires('missing-next-step', text)).toBe(false);
  });
});

// 299 sentences about the writer's work in the words these rules watch for, from 295 jobs: a
// nurse's medication round, a debt adviser's clients' arrears, a game's frame stutter, a 'Sorry we
// missed you' card, template variables a developer fills. Written blind; one more, a payroll
// export's <employee_id>, is still read as a slot and left out: "Dear {first_name}" is one.
const WATCHED = new Set([
  'apology',
  'excuse',
  'too-personal',
  'over-candid',
  'minor-mistake',
  'pushy',
  'hedging',
  'placeholder',
]);

describe('look-alikes of the rules in the words of the work', () => {
  it.each(sentences(lookAlikesText))('%s', (text) => {
    const fired = checkMessage(text, { kind: 'call' }).findings.filter((f) => WATCHED.has(f.rule));
    expect(fired.map((f) => f.rule)).toEqual([]);
  });
});
