/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import nextStepsText from './fixtures/next-steps.jsonl?raw';
import wantingTheJobText from './fixtures/wanting-the-job.jsonl?raw';
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
