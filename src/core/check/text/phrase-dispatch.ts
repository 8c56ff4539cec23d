import { lowerPatternSource, lowerSameLength } from './lowercase';
import { compileToMachineCode } from './machine-code';
import { runProgram, type Program } from './program';
import { programFromSource } from './program-from-source';
import type { Tokens } from './tokens';

/**
 * The first-word dispatch shared by every phrase list. Each list registers a table of its patterns
 * by the prefixes their first word can start with. What a given word can start, in every list, is
 * worked out once per distinct word and remembered across notes, so checking a note looks each of
 * its tokens up once, instead of once per list (about sixteen times a note).
 */

/** One dispatched pattern. Its sticky regex is compiled on first use: most patterns never run. */
export type DispatchedPattern = {
  /** Index into a note's `possible` memo. */
  id: number;
  source: string;
  /** Whether the pattern is case-insensitive. */
  isCaseless: boolean;
  isUnicode: boolean;
  /** Whether the pattern runs on the lowercased note (see `lowercase.ts`): set by its program, or on compiling. */
  isLowered: boolean;
  re: RegExp | null;
  /** The start-up program (`program.ts`): undefined until first needed, null when the pattern has none. */
  program: Program | null | undefined;
  /** How often the program ran; after `TIER_UP_AFTER` runs, V8 compiles the pattern. */
  programRuns: number;
  /** Any-of groups of required-word ids: the text must hold a token starting with one of each. */
  required: number[][];
};

/**
 * A pattern as a candidate at a token that starts with `prefix` (or, when `isExact`, is `prefix`);
 * `order` is the pattern's index in the phrase list.
 */
export type Candidate = { prefix: string; isExact: boolean; pattern: DispatchedPattern; order: number };

/** One phrase list's patterns by the first two letters of a token (ASCII, 7 bits each). */
export type DispatchTable = {
  byFirstTwo: Map<number, Candidate[]>;
  /** Patterns whose first word may be a single letter ("i", "a"), by that letter's char code. */
  single: (Candidate[] | undefined)[];
};

/** What one word can start: per list that has candidates, those candidates, in list order. */
type WordInfo = {
  tables: number[];
  candidates: Candidate[][];
  /** Ids of the required words the word starts with. */
  required: number[];
};

/** Per note: for each table, the tokens it has candidates at, and which required words occur. */
export type TextIndex = {
  tables: number;
  positions: (number[] | undefined)[];
  candidates: (Candidate[][] | undefined)[];
  present: Uint8Array;
  /** Per pattern id: 0 not yet known, 1 possible, 2 impossible (a pattern is tried at many tokens). */
  possible: Uint8Array;
};

const TABLES: DispatchTable[] = [];
let patternCount = 0;
const REQUIRED_IDS = new Map<string, number>();
const WORDS = new Map<string, WordInfo>();
/** Bounds the word memo on odd input (a pasted log); real notes share a few thousand words. */
const MAX_WORDS = 50_000;
const INDEXES = new WeakMap<Tokens, TextIndex>();

/**
 * Adds a phrase list's table; the returned id names it in `indexText`. Registering forgets the
 * word memo, whose entries only know the tables that existed when they were made.
 *
 * @example
 * const id = registerTable({ byFirstTwo: new Map(), single: [] });
 */
export function registerTable(table: DispatchTable): number {
  TABLES.push(table);
  forgetWords();
  return TABLES.length - 1;
}

/**
 * Declares a pattern for dispatch, giving each of its required words an id.
 *
 * @example
 * const p = registerPattern({ source: '\\bsorry\\b', isCaseless: true, isUnicode: false }, [['sorry']]);
 */
export function registerPattern(
  pattern: { source: string; isCaseless: boolean; isUnicode: boolean },
  requiredWords: readonly (readonly string[])[],
): DispatchedPattern {
  const required = requiredWords.map((anyOf) => anyOf.map(requiredWordId));
  const { source, isCaseless, isUnicode } = pattern;
  return {
    id: patternCount++,
    source,
    isCaseless,
    isUnicode,
    isLowered: false,
    re: null,
    program: undefined,
    programRuns: 0,
    required,
  };
}

function requiredWordId(word: string): number {
  let id = REQUIRED_IDS.get(word);
  if (id === undefined) {
    id = REQUIRED_IDS.size;
    REQUIRED_IDS.set(word, id);
    forgetWords();
  }
  return id;
}

/**
 * The dispatch index of a tokenized note, built on first use (one lookup per token) and kept for
 * as long as the tokens live.
 *
 * @example
 * const ix = indexText(tokenize('I am sorry.'));
 */
export function indexText(tokens: Tokens): TextIndex {
  const known = INDEXES.get(tokens);
  if (
    known &&
    known.tables === TABLES.length &&
    known.present.length === REQUIRED_IDS.size &&
    known.possible.length === patternCount
  )
    return known;
  const positions: (number[] | undefined)[] = new Array(TABLES.length);
  const candidates: (Candidate[][] | undefined)[] = new Array(TABLES.length);
  const present = new Uint8Array(REQUIRED_IDS.size);
  const { lowers } = tokens;
  for (let k = 0; k < lowers.length; k++) {
    const info = infoOf(lowers[k]!);
    for (let j = 0; j < info.tables.length; j++) {
      const t = info.tables[j]!;
      (positions[t] ??= []).push(k);
      (candidates[t] ??= []).push(info.candidates[j]!);
    }
    for (const id of info.required) present[id] = 1;
  }
  const possible = new Uint8Array(patternCount);
  const index = { tables: TABLES.length, positions, candidates, present, possible };
  INDEXES.set(tokens, index);
  return index;
}

/** True when the note holds every required word of the pattern, so the pattern may match. */
export function isPossible(index: TextIndex, pattern: DispatchedPattern): boolean {
  const known = index.possible[pattern.id];
  if (known !== 0) return known === 1;
  const ok = holdsAll(index.present, pattern.required);
  index.possible[pattern.id] = ok ? 1 : 2;
  return ok;
}

function holdsAll(present: Uint8Array, required: readonly (readonly number[])[]): boolean {
  for (const anyOf of required) {
    let holds = false;
    for (let j = 0; j < anyOf.length && !holds; j++) holds = present[anyOf[j]!] === 1;
    if (!holds) return false;
  }
  return true;
}

/**
 * Runs on the program this many times before V8 compiles the pattern: enough for every pattern a
 * note reaches in a one-note process, few enough that a long-running process (the web app, the
 * benchmarks) soon runs each busy pattern at V8's speed.
 */
const TIER_UP_AFTER = 16;

/**
 * The end of the pattern's match starting exactly at `at` in `text` (the note or a slice of it),
 * or -1. A pattern's first runs go through its start-up program, if it has one: compiling it costs
 * next to nothing, where V8 takes ~0.3 ms to compile a phrase pattern (docs/adr/0001).
 *
 * @example
 * const end = matchEndAt(tokens, pattern, note, tokens.starts[k]);
 */
export function matchEndAt(tokens: Tokens, pattern: DispatchedPattern, text: string, at: number): number {
  if (pattern.re === null && pattern.programRuns < TIER_UP_AFTER) {
    if (pattern.program === undefined) pattern.program = programOf(pattern);
  }
  if (pattern.program && pattern.programRuns < TIER_UP_AFTER) {
    pattern.programRuns++;
    try {
      return runProgram(pattern.program, subjectFor(tokens, pattern, text), at);
    } catch (e) {
      // A note that repeats a group thousands of times deep can overflow the program's stack.
      if (!(e instanceof RangeError)) throw e;
      pattern.programRuns = TIER_UP_AFTER;
    }
  }
  const re = stickyOf(pattern, text);
  re.lastIndex = at;
  const m = re.exec(subjectFor(tokens, pattern, text));
  return m === null ? -1 : at + m[0].length;
}

/**
 * The pattern's start-up program, for its lowered source (the phrase lists are caseless), or null
 * when it has none: a pattern that cannot be lowered, or uses what programs leave to V8.
 */
function programOf(pattern: DispatchedPattern): Program | null {
  if (!pattern.isCaseless || pattern.isUnicode) return null;
  const program = programFromSource(pattern.source, true);
  if (program === null) return null;
  pattern.isLowered = true;
  return program;
}

/** The text a pattern runs on: the note, or for a lowered pattern its lowercased copy. */
function subjectFor(tokens: Tokens, pattern: DispatchedPattern, text: string): string {
  if (!pattern.isLowered) return text;
  return text === tokens.text ? tokens.lowered : lowerSameLength(text);
}

/**
 * The pattern's sticky regex for running on `subject` (or its lowercased copy, of the same width),
 * compiled on first use; a case-insensitive one is lowered when it can be, which halves what V8
 * spends compiling it.
 */
function stickyOf(pattern: DispatchedPattern, subject: string): RegExp {
  if (pattern.re) return pattern.re;
  const u = pattern.isUnicode ? 'u' : '';
  const lowered = pattern.isCaseless ? lowerPatternSource(pattern.source, u) : null;
  pattern.isLowered = lowered !== null;
  const re =
    lowered === null
      ? new RegExp(pattern.source, `y${pattern.isCaseless ? 'i' : ''}${u}`)
      : new RegExp(lowered, 'y');
  compileToMachineCode(re, subject);
  pattern.re = re;
  return re;
}

/** Clears the word memo; only when it holds something, since clearing a Map allocates. */
function forgetWords(): void {
  if (WORDS.size > 0) WORDS.clear();
}

function infoOf(word: string): WordInfo {
  const known = WORDS.get(word);
  if (known) return known;
  const info: WordInfo = { tables: [], candidates: [], required: [] };
  for (let t = 0; t < TABLES.length; t++) {
    const found = candidatesIn(TABLES[t]!, word);
    if (found.length) {
      info.tables.push(t);
      info.candidates.push(found);
    }
  }
  // Required words are token prefixes: look up each prefix of the word.
  for (let n = 0; n <= word.length; n++) {
    const id = REQUIRED_IDS.get(word.slice(0, n));
    if (id !== undefined) info.required.push(id);
  }
  if (WORDS.size >= MAX_WORDS) WORDS.clear();
  WORDS.set(word, info);
  return info;
}

/** The table's patterns that a token can start, in list order. */
function candidatesIn(table: DispatchTable, word: string): Candidate[] {
  const list =
    (word.length > 1 ? table.byFirstTwo.get(twoLetterKey(word)) : undefined) ??
    table.single[word.charCodeAt(0)];
  return list ? list.filter((c) => (c.isExact ? word === c.prefix : word.startsWith(c.prefix))) : [];
}

/** A number for the first two letters of a word (ASCII, so 7 bits each). */
export function twoLetterKey(word: string): number {
  return ((word.charCodeAt(0) & 127) << 7) | (word.charCodeAt(1) & 127);
}
