/// <reference types="vite/client" />
import fc from 'fast-check';
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { debriefInputArb } from '../draft/debrief-arbitrary';
import committed from './accept-debrief.generated.ts?raw';
import { acceptDebrief } from './accept-debrief.generated';
import { debriefAcceptorSpec } from './acceptor-spec';
import { renderAcceptor, type AcceptorSpec } from './render-acceptor';
import { debriefSchema } from './schema';

/** What zod makes of an input: the output, or undefined when it rejects it. */
function zodOutput(input: unknown): unknown {
  const parsed = debriefSchema.safeParse(input);
  return parsed.success ? parsed.data : undefined;
}

/**
 * The generated validator's contract: where it accepts, zod accepts and returns the same value,
 * key order included (the store and `--json` print it); where zod accepts a JSON input, so does it.
 */
function expectSameAsZod(input: unknown): void {
  const fast = acceptDebrief(input);
  const reference = zodOutput(input);
  expect(fast).toStrictEqual(reference);
  expect(JSON.stringify(fast)).toBe(JSON.stringify(reference));
}

const valid = {
  company: 'Harbor Instruments',
  role: 'Quality Engineer',
  interviewer: { name: 'Imani Brooks', email: 'imani@example.com', phone: '+1 555 0142' },
  interviewAt: '2026-05-05T09:30:00-04:00',
  timeZone: 'America/New_York',
  wantJob: 'yes',
  mishaps: [{ id: 'm1', kind: 'blank-answer', note: 'froze', severity: 'major', noticed: 'yes' }],
  missedPoints: [{ id: 'p1', question: 'How did you cut defects?', evidence: 'defects down 31%' }],
  strengths: ['the line walk-through'],
  decisionExpectedBy: '2026-05-12',
  contacts: [{ type: 'email', at: '2026-05-05T18:00:00-04:00' }],
  candidate: { name: 'Robin Vale', email: 'robin@example.com' },
};

describe('accept-debrief.generated.ts', () => {
  it('is what the schema generates now (run `npm run gen:debrief` when this fails)', () => {
    expect(committed).toBe(renderAcceptor(debriefAcceptorSpec));
  });

  it('accepts a valid debrief with every default applied, exactly as zod does', () => {
    expectSameAsZod(valid);
    expect(acceptDebrief(valid)).toMatchObject({ durationMinutes: 60, fit: 'unsure', outcome: 'pending' });
    expectSameAsZod({ ...valid, mishaps: undefined, strengths: [] });
  });

  it('gives each parse its own default lists', () => {
    const first = acceptDebrief({ ...valid, contacts: undefined });
    const second = acceptDebrief({ ...valid, contacts: undefined });
    expect(first?.contacts).toEqual([]);
    expect(first?.contacts).not.toBe(second?.contacts);
  });

  it.each([
    ['trimmed text', { ...valid, company: '  Harbor  ' }],
    ['text that is only spaces', { ...valid, role: '   ' }],
    ['text a character too long', { ...valid, company: 'x'.repeat(2001) }],
    ['text at the limit once trimmed', { ...valid, company: ` ${'x'.repeat(2000)} ` }],
    ['an unknown field', { ...valid, compnay: 'typo' }],
    ['an unknown nested field', { ...valid, interviewer: { name: 'Imani', title: 'Director' } }],
    ['a duplicate id across lists', { ...valid, missedPoints: [{ id: 'm1', question: 'Why us?' }] }],
    ['an id of spaces only', { ...valid, mishaps: [{ ...valid.mishaps[0], id: '  ' }] }],
    ['a zone alias, stored by its canonical name', { ...valid, timeZone: 'US/Eastern' }],
    ['an unknown zone', { ...valid, timeZone: 'Mars/Olympus' }],
    ['an offset as the zone', { ...valid, timeZone: '+05:00' }],
    ['a date-time without offset', { ...valid, interviewAt: '2026-05-05T09:30:00' }],
    ['a decision date-time', { ...valid, decisionExpectedBy: '2026-05-12T09:00:00+01:00' }],
    ['a bad decision date', { ...valid, decisionExpectedBy: '12 May' }],
    ['zero minutes', { ...valid, durationMinutes: 0 }],
    ['a fraction of a minute', { ...valid, durationMinutes: 1.5 }],
    ['a week of minutes', { ...valid, durationMinutes: 10080 }],
    ['a minute over a week', { ...valid, durationMinutes: 10081 }],
    ['minutes as text', { ...valid, durationMinutes: '60' }],
    ['an unknown enum value', { ...valid, wantJob: 'maybe' }],
    ['a bad email', { ...valid, interviewer: { name: 'Imani', email: 'imani at example' } }],
    ['a bad phone', { ...valid, interviewer: { name: 'Imani', phone: 'call me' } }],
    [
      'a phone with spaces around it',
      { ...valid, interviewer: { name: 'Imani', phone: ' +44 20 7946 0000 ' } },
    ],
    ['101 strengths', { ...valid, strengths: Array.from({ length: 101 }, (_, i) => `s${i}`) }],
    ['a list that is an object', { ...valid, strengths: { 0: 'calm' } }],
    ['null for an optional field', { ...valid, candidate: null }],
    ['an explicitly undefined optional field', { ...valid, candidate: undefined }],
    ['a number where text goes', { ...valid, company: 42 }],
    ['a list as the debrief', [valid]],
    ['null as the debrief', null],
  ])('agrees with zod on %s', (_name, input) => {
    expectSameAsZod(input);
  });

  it('counts length in code points, as zod does', () => {
    const emoji = '😀'; // two UTF-16 units, one code point
    expectSameAsZod({ ...valid, role: emoji.repeat(2000) });
    expectSameAsZod({ ...valid, role: emoji.repeat(2001) });
    expectSameAsZod({ ...valid, role: `${'a'.repeat(1999)}${emoji}` });
    expectSameAsZod({ ...valid, strengths: [`${'a'.repeat(2000)}\ud800`] });
    expect(acceptDebrief({ ...valid, role: emoji.repeat(2000) })).toBeDefined();
  });

  it('leaves objects that are not plain JSON to zod rather than guess', () => {
    class Form {
      constructor(readonly company: string) {}
    }
    expect(acceptDebrief(new Form('Harbor'))).toBeUndefined();
    const bare = Object.assign(Object.create(null) as object, valid);
    expectSameAsZod(bare);
  });

  it('agrees with zod on every generated valid debrief', () => {
    fc.assert(
      fc.property(debriefInputArb, (input) => {
        expect(acceptDebrief(input)).toBeDefined();
        expectSameAsZod(input);
      }),
      { numRuns: 400, seed: 20261122 },
    );
  });

  it('agrees with zod when one field of a valid debrief is replaced by any JSON value', () => {
    const anyJson = fc.oneof(
      fc.jsonValue({ maxDepth: 2 }),
      fc.constantFrom('', '  ', ' padded ', 'x'.repeat(2001), 'US/Eastern', '2026-05-05', '+1 555 0100'),
    );
    fc.assert(
      fc.property(debriefInputArb, fc.nat(), anyJson, (input, pick, replacement) => {
        const paths = leafPaths(input);
        const path = paths[pick % paths.length] ?? [];
        expectSameAsZod(replaceAt(structuredClone(input), path, replacement));
      }),
      { numRuns: 1500, seed: 20261122 },
    );
  });
});

describe('renderAcceptor', () => {
  const names = {
    from: './rules',
    functions: new Map<unknown, string>(),
    checks: new Map<unknown, string>(),
  };
  const spec = (schema: z.ZodMiniType): AcceptorSpec => ({
    schema,
    name: 'accept',
    outputType: 'Thing',
    typeFrom: './thing',
    command: 'test',
    names,
  });

  it.each([
    [
      'an object that drops unknown keys',
      z.object({ a: z.string() }),
      'the root: an object that is not strict',
    ],
    [
      'an anonymous refinement',
      z.strictObject({ a: z.string().check(z.refine((s) => s !== 'x')) }),
      'a: a refinement',
    ],
    [
      'a number check it does not know',
      z.strictObject({ n: z.number().check(z.multipleOf(5)) }),
      'n: the number check',
    ],
    ['a union', z.strictObject({ u: z.union([z.string(), z.number()]) }), 'u: a schema of type "union"'],
  ])('refuses %s, naming where', (_name, schema, message) => {
    expect(() => renderAcceptor(spec(schema))).toThrow(message);
  });

  it('calls named functions and imports them', () => {
    const isShort = (s: string) => s.length < 5;
    const text = renderAcceptor({
      ...spec(z.strictObject({ a: z.string().check(z.refine(isShort)) })),
      names: { ...names, functions: new Map([[isShort, 'isShort']]) },
    });
    expect(text).toContain("import { isShort } from './rules';");
    expect(text).toContain('if (!isShort(text)) return INVALID;');
  });
});

/** Every path into a JSON value, the value itself excluded: each key, index and the leaves below. */
function leafPaths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return entries.flatMap(([key, child]) => [[...prefix, key], ...leafPaths(child, [...prefix, key])]);
}

function replaceAt(root: unknown, path: (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  let here = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) here = here[key] as Record<string | number, unknown>;
  here[path[path.length - 1] as string | number] = replacement;
  return root;
}
