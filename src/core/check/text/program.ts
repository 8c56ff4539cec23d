import { inRanges, isWordCode } from './code-ranges';
import { readLazyGroup, type LazyGroup } from './program-from-source';

/**
 * A small backtracking matcher for the phrase patterns, run on programs parsed from their sources
 * (`program-from-source.ts`). It exists for start-up speed only: V8 compiles a regular expression
 * the first time it runs, and for the phrase patterns a note reaches that compiling was ~20 ms of
 * every `rebound check` process (docs/adr/0001-checker-engine.md). A program costs only a quick
 * parse, so a pattern's first runs go through it and only a pattern that keeps running is handed
 * to V8 (`phrase-dispatch.ts`). Both must find exactly the same matches; `program.test.ts`
 * compares them on every fixture note.
 *
 * Programs cover what the phrase patterns use, without the `u` and `i` flags (caseless patterns are
 * lowered first, see `lowercase.ts`): literal text, classes as code unit ranges, groups,
 * alternation, greedy and lazy quantifiers, `\b`, `\B`, `^`, `$`, lookahead and lookbehind.
 */

/**
 * A pattern as data: a string is literal text; `[0, ranges]` a class (inclusive code unit ranges,
 * flattened, sorted); `[1, ...alternatives]`; `[2, ...elements]` a sequence; `[3, min, max (-1:
 * unbounded), isLazy (0/1), body]`; `[4, 'b' | 'B' | '^' | '$']`; `[5, isNegated, isBehind, body]`;
 * `[6, group]` a group whose body is read when first reached (`program-from-source.ts`);
 * `[7, firsts, ...words]` alternatives that are all plain, non-empty words, with `firsts` the
 * first character of each, in order; `[8, ranges, literal, min, max, isLazy, body, isLiteralFirst,
 * runMin]` a repeat of a body that is a run of a class (at least `runMin` long) and literal text
 * outside it, in either order, that can match in one way only (`(?:[\w-]+ ){0,2}?`, and
 * `(?: \w+){0,3}?` where what follows starts outside the class); `[9, firsts, ...alternatives]`
 * alternatives that each start with literal text, `firsts` holding each one's first character.
 */
export type Program =
  | string
  | readonly [0, readonly number[]]
  | readonly [1, ...Program[]]
  | readonly [2, ...Program[]]
  | readonly [3, number, number, 0 | 1, Program]
  | readonly [4, 'b' | 'B' | '^' | '$']
  | readonly [5, 0 | 1, 0 | 1, Program]
  | readonly [6, LazyGroup]
  | readonly [7, string, ...string[]]
  | readonly [8, readonly number[], string, number, number, 0 | 1, Program, 0 | 1, number]
  | readonly [9, string, ...Program[]];

/**
 * Thrown when a lazily read group turns out to use what programs do not cover: the caller gives the
 * pattern to V8 instead.
 */
export class NotCovered extends Error {}

/**
 * How many runs a pattern gets through its start-up program before V8 takes it over, in the phrase
 * dispatch and in anchored tests: a long-running process soon runs each busy pattern at V8's speed.
 */
export const MAX_PROGRAM_RUNS = 64;

/**
 * `runProgram`, or null when the program cannot finish the match: a group read late that uses what
 * programs do not cover, or a text that repeats a group thousands of times deep and overflows the
 * matcher's stack. The caller then gives the pattern to V8.
 *
 * @example
 * runProgramOrGiveUp([2, 'sorry'], 'sorry', 0); // 5
 */
export function runProgramOrGiveUp(program: Program, text: string, at: number): number | null {
  try {
    return runProgram(program, text, at);
  } catch (e) {
    if (e instanceof RangeError || e instanceof NotCovered) return null;
    throw e;
  }
}

/** What to match after a node: given where the node ended, the end of the whole match or -1. */
type Next = (i: number) => number;

/** The subject of the match in progress; matching is synchronous, so one slot serves all. */
let subject = '';
const whereItEnds: Next = (i) => i;

/**
 * The end of the program's match that starts exactly at `at` in `text`, as a sticky regex would
 * find it, or -1. The program is walked as it is, with no compiling into closures: a compiled
 * pattern is thousands of small objects that live as long as the process, and copying them in the
 * young-generation collections cost more than walking the arrays.
 *
 * @example
 * runProgram([2, [4, 'b'], 'sorry', [4, 'b']], 'so sorry', 3); // 8
 */
export function runProgram(program: Program, text: string, at: number): number {
  subject = text;
  return matchNode(program, at, false, whereItEnds);
}

/** Matches `p` at `i`, forward or (inside a lookbehind) backward, then runs `next`. */
function matchNode(p: Program, i: number, isBackward: boolean, next: Next): number {
  // Literal text and classes are matched here as `stepOver` matches them, not by calling it: every
  // node of a first check passes through here, and one more call each made V8 optimize both on a
  // second thread, which a one-note process then waited for.
  if (typeof p === 'string') {
    const n = p.length;
    if (isBackward) return i >= n && subject.startsWith(p, i - n) ? next(i - n) : -1;
    return subject.startsWith(p, i) ? next(i + n) : -1;
  }
  switch (p[0]) {
    case 0: {
      const at = isBackward ? i - 1 : i;
      if (at < 0 || at >= subject.length || !inRanges(p[1], subject.charCodeAt(at))) return -1;
      return next(isBackward ? i - 1 : i + 1);
    }
    case 4:
      return assertionHolds(p[1], i) ? next(i) : -1;
    case 1:
      for (let a = 1; a < p.length; a++) {
        const end = matchNode(p[a] as Program, i, isBackward, next);
        if (end >= 0) return end;
      }
      return -1;
    case 2:
      // A lookbehind matches its elements right to left, as the spec has it.
      return sequence(p, isBackward ? p.length - 1 : 1, i, isBackward, next);
    case 3: {
      const max = p[2] < 0 ? Infinity : p[2];
      const body = p[4];
      if (isUnit(body)) return unitRepeat(body, p[1], max, p[3] === 1, i, isBackward, next);
      return repeat(body, p[1], max, p[3] === 1, 0, i, isBackward, next);
    }
    case 5: {
      const isFound = matchNode(p[3], i, p[2] === 1, whereItEnds) >= 0;
      return isFound !== (p[1] === 1) ? next(i) : -1;
    }
    case 6: {
      const body = readLazyGroup(p[1]);
      if (body === null) throw new NotCovered();
      return matchNode(body, i, isBackward, next);
    }
    case 7:
      return isBackward ? wordBefore(p, i, next) : wordAt(p, i, next);
    case 8:
      if (isBackward) return repeat(p[6], p[3], p[4] < 0 ? Infinity : p[4], p[5] === 1, 0, i, true, next);
      return runsThen(p, i, next);
    case 9:
      return alternativesAt(p, i, isBackward, next);
  }
}

/** Like `wordAt`, for alternatives that start with literal text but go on to more than a word. */
function alternativesAt(
  p: readonly [9, string, ...Program[]],
  i: number,
  isBackward: boolean,
  next: Next,
): number {
  if (isBackward) {
    for (let a = 2; a < p.length; a++) {
      const end = matchNode(p[a] as Program, i, true, next);
      if (end >= 0) return end;
    }
    return -1;
  }
  const c = subject[i];
  if (c === undefined) return -1;
  const firsts = p[1];
  for (let a = firsts.indexOf(c); a >= 0; a = firsts.indexOf(c, a + 1)) {
    const end = matchNode(p[a + 2] as Program, i, false, next);
    if (end >= 0) return end;
  }
  return -1;
}

type RunRepeat = readonly [8, readonly number[], string, number, number, 0 | 1, Program, 0 | 1, number];

/**
 * `(?:[\w-]+ ){0,2}?` and the like, the phrase lists' commonest gaps. Each iteration can match in
 * one way only (the whole run of the class, and the literal, which the class does not hold; with
 * the literal first, the parser made sure that what follows the repeat starts outside the class
 * too), so the ends of successive iterations are found in a loop and `next` is tried at each count:
 * as the regex would, but without a continuation per iteration, which made a first check run this
 * file hot enough for V8 to optimize it on a second thread.
 */
function runsThen(p: RunRepeat, i: number, next: Next): number {
  const min = p[3];
  const max = p[4] < 0 ? Infinity : p[4];
  if (p[5] === 1) {
    for (let count = 0; ; count++) {
      if (count >= min) {
        const end = next(i);
        if (end >= 0) return end;
      }
      if (count >= max) return -1;
      i = runThenLiteralAt(p, i);
      if (i < 0) return -1;
    }
  }
  const ends = [i];
  for (let j = i; ends.length - 1 < max;) {
    j = runThenLiteralAt(p, j);
    if (j < 0) break;
    ends.push(j);
  }
  for (let count = ends.length - 1; count >= min; count--) {
    const end = next(ends[count]!);
    if (end >= 0) return end;
  }
  return -1;
}

/** Where one iteration of the run and the literal that starts at `i` ends, or -1. */
function runThenLiteralAt(p: RunRepeat, i: number): number {
  const literal = p[2];
  if (p[7] === 1) {
    if (!subject.startsWith(literal, i)) return -1;
    i += literal.length;
  }
  let j = i;
  while (j < subject.length && inRanges(p[1], subject.charCodeAt(j))) j++;
  if (j - i < p[8]) return -1;
  if (p[7] === 1) return j;
  return subject.startsWith(literal, j) ? j + literal.length : -1;
}

type WordList = readonly [7, string, ...string[]];

/**
 * The words that start with the character at `i`, tried in order. The phrase lists are mostly word
 * lists (`send|share|walk|...`), and a native search of the first characters skips the words that
 * cannot match: trying each, a first check ran enough of this file for V8 to optimize it on a
 * second thread, which a one-note process then waited for at exit.
 */
function wordAt(p: WordList, i: number, next: Next): number {
  const c = subject[i];
  if (c === undefined) return -1;
  const firsts = p[1];
  for (let a = firsts.indexOf(c); a >= 0; a = firsts.indexOf(c, a + 1)) {
    const word = p[a + 2] as string;
    if (!subject.startsWith(word, i)) continue;
    const end = next(i + word.length);
    if (end >= 0) return end;
  }
  return -1;
}

/** Inside a lookbehind: the words that end at `i`, tried in order. */
function wordBefore(p: WordList, i: number, next: Next): number {
  for (let a = 2; a < p.length; a++) {
    const word = p[a] as string;
    const n = word.length;
    if (i < n || !subject.startsWith(word, i - n)) continue;
    const end = next(i - n);
    if (end >= 0) return end;
  }
  return -1;
}

type Sequence = readonly [2, ...Program[]];

// Literal text, classes and assertions match in exactly one way, so a sequence steps over them in
// a loop and makes a continuation only for what can backtrack (alternatives, repeats, lookarounds).
function sequence(p: Sequence, k: number, i: number, isBackward: boolean, next: Next): number {
  const step = isBackward ? -1 : 1;
  const end = isBackward ? 0 : p.length;
  for (; k !== end; k += step) {
    const j = stepOver(p[k] as Program, i, isBackward);
    if (j === CAN_BACKTRACK) break;
    if (j < 0) return -1;
    i = j;
  }
  if (k === end) return next(i);
  return matchNode(p[k] as Program, i, isBackward, (j) => sequence(p, k + step, j, isBackward, next));
}

const CAN_BACKTRACK = -2;

/** Where a one-way element ends (-1 when it fails), or `CAN_BACKTRACK` for any other element. */
function stepOver(p: Program, i: number, isBackward: boolean): number {
  if (typeof p === 'string') {
    const n = p.length;
    if (isBackward) return i >= n && subject.startsWith(p, i - n) ? i - n : -1;
    return subject.startsWith(p, i) ? i + n : -1;
  }
  if (p[0] === 0) {
    const at = isBackward ? i - 1 : i;
    if (at < 0 || at >= subject.length || !inRanges(p[1], subject.charCodeAt(at))) return -1;
    return isBackward ? i - 1 : i + 1;
  }
  if (p[0] === 4) return assertionHolds(p[1], i) ? i : -1;
  return CAN_BACKTRACK;
}

/** A class, or a single literal character: one code unit. */
function isUnit(p: Program): boolean {
  return typeof p === 'string' ? p.length === 1 : p[0] === 0;
}

function unitMatches(p: Program, c: number): boolean {
  return typeof p === 'string' ? p.charCodeAt(0) === c : inRanges(p[1] as readonly number[], c);
}

/** RepeatMatcher of ECMA-262 §22.2.2.3.1: past the minimum, an iteration matching empty fails. */
function repeat(
  body: Program,
  min: number,
  max: number,
  isLazy: boolean,
  count: number,
  i: number,
  isBackward: boolean,
  next: Next,
): number {
  const iterate = () =>
    count < max
      ? matchNode(body, i, isBackward, (j) =>
          j === i && count >= min ? -1 : repeat(body, min, max, isLazy, count + 1, j, isBackward, next),
        )
      : -1;
  if (count < min) return iterate();
  const first = isLazy ? next(i) : iterate();
  if (first >= 0) return first;
  return isLazy ? iterate() : next(i);
}

/**
 * A repeated single unit (`\w+`, `[^.!?\n]{0,60}?`), without recursion: the run of matching units
 * is measured once, then each count is tried, longest first when greedy. A long note cannot
 * overflow the stack this way.
 */
function unitRepeat(
  unit: Program,
  min: number,
  max: number,
  isLazy: boolean,
  i: number,
  isBackward: boolean,
  next: Next,
): number {
  let run = 0;
  if (isBackward)
    while (run < max && i - run > 0 && unitMatches(unit, subject.charCodeAt(i - run - 1))) run++;
  else while (run < max && i + run < subject.length && unitMatches(unit, subject.charCodeAt(i + run))) run++;
  if (run < min) return -1;
  const step = isBackward ? -1 : 1;
  if (isLazy) {
    for (let n = min; n <= run; n++) {
      const end = next(i + n * step);
      if (end >= 0) return end;
    }
  } else {
    for (let n = run; n >= min; n--) {
      const end = next(i + n * step);
      if (end >= 0) return end;
    }
  }
  return -1;
}

function isWordUnit(i: number): boolean {
  return i >= 0 && i < subject.length && isWordCode(subject.charCodeAt(i));
}

function assertionHolds(kind: 'b' | 'B' | '^' | '$', i: number): boolean {
  switch (kind) {
    case 'b':
      return isWordUnit(i - 1) !== isWordUnit(i);
    case 'B':
      return isWordUnit(i - 1) === isWordUnit(i);
    case '^':
      return i === 0;
    case '$':
      return i === subject.length;
  }
}
