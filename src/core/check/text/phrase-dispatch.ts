import { analyzePattern } from './first-words';
import { lowerPatternSource, lowerSameLength } from './lowercase';
import { compileToMachineCode } from './machine-code';
import {
  keyOf,
  readIndex,
  selectiveRequiredWords,
  type IndexGroup,
  type IndexReader,
  type StoredIndex,
} from './pattern-index';
import { MAX_PROGRAM_RUNS, runProgramOrGiveUp, type Program } from './program';
import { programFromSource } from './program-from-source';
import type { Tokens } from './tokens';

/**
 * The first-word dispatch shared by every phrase list. Every dispatched pattern has an id: those of
 * the generated index (`pattern-index.ts`) by their position in it, any other by registering at
 * run time. What a word can start in every list (going from each pattern to the lists that hold
 * it) is worked out once per distinct word and remembered across notes, and a note is indexed once
 * for all lists. Nothing is built for a pattern until a note reaches it, and a pattern's first
 * runs go through its start-up program instead of V8 (`program.ts`).
 */

/**
 * One dispatched pattern, made when a note first reaches it. Every dispatched pattern is
 * case-insensitive: phrase lists matched case-sensitively are scanned whole (`phrase-matcher.ts`).
 */
export type DispatchedPattern = {
  id: number;
  source: string;
  isUnicode: boolean;
  /** Whether the pattern runs on the lowercased note (see `lowercase.ts`): set by its program, or on compiling. */
  isLowered: boolean;
  re: RegExp | null;
  /** The start-up program (`program.ts`): undefined until first needed, null when the pattern has none. */
  program: Program | null | undefined;
  /** How often the program ran, and in how many notes (the last one's serial): see `isOnProgram`. */
  programRuns: number;
  notesSeen: number;
  lastNote: number;
  /** Any-of groups of required words: the note must hold a token starting with one of each. */
  required: readonly (readonly string[])[];
  /** The same by id (`REQUIRED_IDS`), except in the first note a process checks: see `isPossible`. */
  requiredIds: readonly (readonly number[])[] | null;
  /** How many required words had ids once this pattern's had: a note indexed before cannot use them. */
  requiredIdsAt: number;
};

/** A pattern of a phrase list as a candidate at a token; `order` is its index in the list. */
export type Candidate = { pattern: DispatchedPattern; order: number };

/** A phrase list's view of the dispatch: its id, and which pattern ids it owns, in what order. */
export type ListDispatch = { id: number; orderOf: Map<number, number> };

/** The generated index, and each of its patterns' ids once looked up (none when it is stale). */
type Known = {
  patterns: readonly RegExp[];
  index: IndexReader;
  ids: Map<RegExp, number> | null;
  isCurrent: boolean;
};

let known: Known | null = null;
/** Patterns registered at run time (not in the generated index), by their id. */
const ADDED = new Map<number, { source: string; flags: string; required: readonly (readonly string[])[] }>();
const ADDED_GROUPS = new Map<string, IndexGroup[]>();
const ADDED_IDS = new Map<RegExp, number>();
const PATTERNS: (DispatchedPattern | undefined)[] = [];
let nextAddedId = 0;
const LISTS: ListDispatch[] = [];
/** Per pattern id, the lists that hold it: list ids and the pattern's order in each, paired. */
const OWNERS: number[][] = [];
/** Bumped when a list or a pattern is registered, which makes the word memos stale. */
let generation = 0;
/** Every word's candidate pattern ids, across lists. */
const WORDS = new Map<string, readonly number[]>();
/**
 * What a word can start, per list that has candidates (the lists' ids and their candidates), and
 * the ids of the required words it starts with, as of `requiredAt` required words known.
 */
type WordInfo = {
  lists: number[];
  candidates: (readonly Candidate[])[];
  required: number[];
  requiredAt: number;
};
/**
 * The required words of the patterns met after the process's first note, by id (see `holdsByName`).
 */
const REQUIRED_IDS = new Map<string, number>();
const WORD_INFOS = new Map<string, WordInfo>();
/** Bounds the word memos on odd input (a pasted log); real notes share a few thousand words. */
const MAX_WORDS = 50_000;

/** Keeps `value` in a word memo, starting the memo afresh when it is full. */
function remember<T>(memo: Map<string, T>, word: string, value: T): T {
  if (memo.size >= MAX_WORDS) memo.clear();
  memo.set(word, value);
  return value;
}
/**
 * The last note indexed. A check indexes one note and every list reads it, so one entry is enough.
 * A WeakMap kept each note's index alive through young-generation collections, which copied and
 * promoted them: over 7,000 warm checks of the benchmark's notes, collections took 470 ms instead
 * of 120 ms, and a check 0.26 ms on average instead of 0.19 ms.
 */
let lastNote: { tokens: Tokens; note: NoteIndex } | null = null;

/**
 * Per note, worked out in one pass for every list: the tokens where each list has candidates, with
 * their candidates in list order; which required words it holds; and which patterns may match (0
 * not yet known, 1 possible, 2 impossible).
 */
export type NoteIndex = {
  positions: (number[] | undefined)[];
  candidates: ((readonly Candidate[])[] | undefined)[];
  /** Per required-word id known when the note was indexed: whether a token starts with it. */
  present: Uint8Array;
  /** Every prefix of the note's words (`lowers`), made when a pattern checked by name needs it. */
  prefixes: Set<string> | null;
  lowers: readonly string[];
  possible: Uint8Array;
  /** The registration generation the note was indexed in. */
  generation: number;
  /** Tells notes apart, for counting the notes a pattern runs in. */
  serial: number;
};
let noteSerial = 0;

/**
 * The dispatch index of a tokenized note, built on first use (one lookup per token) and kept
 * until another note is indexed.
 *
 * @example
 * const note = noteIndex(tokenize('I am sorry.'));
 */
export function noteIndex(tokens: Tokens): NoteIndex {
  if (lastNote?.tokens === tokens && lastNote.note.generation === generation) return lastNote.note;
  const positions: (number[] | undefined)[] = [];
  const candidates: ((readonly Candidate[])[] | undefined)[] = [];
  const { lowers } = tokens;
  const infos: WordInfo[] = new Array(lowers.length);
  for (let k = 0; k < lowers.length; k++) {
    const info = (infos[k] = wordInfo(lowers[k]!));
    for (let j = 0; j < info.lists.length; j++) {
      const list = info.lists[j]!;
      (positions[list] ??= []).push(k);
      (candidates[list] ??= []).push(info.candidates[j]!);
    }
  }
  const present = new Uint8Array(REQUIRED_IDS.size);
  for (let k = 0; k < infos.length && REQUIRED_IDS.size > 0; k++) {
    const info = infos[k]!;
    if (info.requiredAt !== REQUIRED_IDS.size) requiredOf(info, lowers[k]!);
    for (let r = 0; r < info.required.length; r++) present[info.required[r]!] = 1;
  }
  const note = {
    positions,
    candidates,
    present,
    prefixes: null,
    lowers,
    possible: new Uint8Array(nextAddedId),
    generation,
    serial: noteSerial++,
  };
  lastNote = { tokens, note };
  return note;
}

/** The ids of the required words that `word` starts with (required words are token prefixes). */
function requiredOf(info: WordInfo, word: string): void {
  info.required.length = 0;
  for (let n = 1; n <= word.length; n++) {
    const id = REQUIRED_IDS.get(word.slice(0, n));
    if (id !== undefined) info.required.push(id);
  }
  info.requiredAt = REQUIRED_IDS.size;
}

/** Every prefix of every word of the note, each word once. */
function prefixesOf(lowers: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (let k = 0; k < lowers.length; k++) {
    const word = lowers[k]!;
    if (out.has(word)) continue;
    for (let n = 1; n <= word.length; n++) out.add(word.slice(0, n));
  }
  return out;
}

/** Required words as ids, in one loop: some patterns require any of ~90 words. */
function requiredIdsOf(groups: readonly (readonly string[])[]): number[][] {
  const out: number[][] = [];
  for (let g = 0; g < groups.length; g++) {
    const words = groups[g]!;
    const ids: number[] = [];
    for (let w = 0; w < words.length; w++) {
      let id = REQUIRED_IDS.get(words[w]!);
      if (id === undefined) REQUIRED_IDS.set(words[w]!, (id = REQUIRED_IDS.size));
      ids.push(id);
    }
    out.push(ids);
  }
  return out;
}

/** Per pattern id, the last `wordInfo` call that listed it (see there). */
let STAMPS: Uint32Array = new Uint32Array(0);
let wordStamp = 0;

function growStamps(stamps: Uint32Array, size: number): Uint32Array {
  const grown = new Uint32Array(Math.max(size, stamps.length * 2));
  grown.set(stamps);
  return grown;
}

/** The candidates of every list at a word, remembered across notes. */
function wordInfo(word: string): WordInfo {
  const remembered = WORD_INFOS.get(word);
  if (remembered) return remembered;
  const ids = idsStartedBy(word);
  const info: WordInfo = { lists: [], candidates: [], required: [], requiredAt: -1 };
  // From each pattern to the lists that hold it, not from each list to its patterns: a one-note
  // process meets ~100 words, and 20 lists for each kept this loop hot enough to be optimized.
  // A pattern filed under two prefixes of the word ("i", "i'm") is listed once, by a stamp per
  // pattern: searching each list for it was quadratic in the ~200 patterns "I" starts, and made
  // V8 optimize this function on a second thread that a one-note process then waited for at exit.
  const stamp = ++wordStamp;
  if (STAMPS.length < nextAddedId) STAMPS = growStamps(STAMPS, nextAddedId);
  let byList: Candidate[][] | null = null;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    const owners = OWNERS[id];
    if (owners === undefined || STAMPS[id] === stamp) continue;
    STAMPS[id] = stamp;
    for (let o = 0; o < owners.length; o += 2) {
      ((byList ??= [])[owners[o]!] ??= []).push({ pattern: patternOf(id), order: owners[o + 1]! });
    }
  }
  if (byList !== null) {
    for (let l = 0; l < byList.length; l++) {
      const own = byList[l];
      if (own === undefined) continue;
      if (own.length > 1) own.sort(byOrder);
      info.lists.push(l);
      info.candidates.push(own);
    }
  }
  return remember(WORD_INFOS, word, info);
}

/**
 * Installs the generated index of `patterns`. Cheap: nothing is decoded until a note needs it. An
 * index made from other patterns (phrase lists edited without `npm run docs:rules`) is ignored,
 * and every pattern is analysed at run time instead.
 *
 * @example
 * useGeneratedIndex(DISPATCHED_PHRASES, PATTERN_INDEX);
 */
export function useGeneratedIndex(patterns: readonly RegExp[], stored: StoredIndex): void {
  known = { patterns, index: readIndex(stored), ids: null, isCurrent: false };
  nextAddedId = Math.max(nextAddedId, patterns.length);
}

/**
 * The dispatch of a phrase list: an id for each pattern, from the generated index or by analysing
 * it now. A pattern that can start anywhere (no first word to dispatch by) is returned apart.
 */
export function dispatchList(patterns: readonly RegExp[]): { list: ListDispatch; anywhere: RegExp[] } {
  const orderOf = new Map<number, number>();
  const anywhere: RegExp[] = [];
  const list = { id: LISTS.length, orderOf };
  // Indexed loops: ~550 patterns in ~20 lists at the first check, before anything is optimized.
  for (let order = 0; order < patterns.length; order++) {
    const id = idOf(patterns[order]!);
    if (id === null) anywhere.push(patterns[order]!);
    else if (!orderOf.has(id)) {
      orderOf.set(id, order);
      (OWNERS[id] ??= []).push(list.id, order);
    }
  }
  LISTS.push(list);
  WORD_INFOS.clear();
  generation++;
  return { list, anywhere };
}

function idOf(p: RegExp): number | null {
  if (known) {
    if (known.ids === null) {
      known.isCurrent = known.index.isFor(known.patterns);
      known.ids = new Map();
      if (known.isCurrent)
        for (let i = 0; i < known.patterns.length; i++) known.ids.set(known.patterns[i]!, i);
    }
    const id = known.ids.get(p);
    if (id !== undefined) return id;
  }
  return ADDED_IDS.get(p) ?? register(p);
}

/** Analyses a pattern the generated index does not hold and files it under its first words. */
function register(p: RegExp): number | null {
  const a = analyzePattern(p.source);
  if (a.firstWords === null) return null;
  const id = nextAddedId++;
  ADDED_IDS.set(p, id);
  const required = selectiveRequiredWords(a.requiredWords);
  ADDED.set(id, { source: p.source, flags: p.flags, required });
  for (const prefix of a.firstWords) {
    const key = keyOf(prefix);
    const groups = ADDED_GROUPS.get(key) ?? [];
    groups.push({ prefix, isExact: a.exactWords.has(prefix), ids: String(id) });
    ADDED_GROUPS.set(key, groups);
  }
  WORDS.clear();
  WORD_INFOS.clear();
  generation++;
  return id;
}

const NO_IDS: readonly number[] = [];
const NO_GROUPS: readonly IndexGroup[] = [];

function byOrder(a: Candidate, b: Candidate): number {
  return a.order - b.order;
}

/** The ids of every pattern, in any list, that `word` can start. */
function idsStartedBy(word: string): readonly number[] {
  const remembered = WORDS.get(word);
  if (remembered) return remembered;
  let ids: number[] | null = null;
  for (let k = 0; k < (word.length > 1 ? 2 : 1); k++) {
    // A word is filed under its first two letters, and one-letter prefixes under that letter.
    const key = k === 0 ? keyOf(word) : word[0]!;
    for (const groups of [
      known?.isCurrent ? known.index.groupsUnder(key) : NO_GROUPS,
      ADDED_GROUPS.get(key) ?? NO_GROUPS,
    ]) {
      for (let g = 0; g < groups.length; g++) {
        const group = groups[g]!;
        if (group.isExact ? word !== group.prefix : !word.startsWith(group.prefix)) continue;
        ids ??= [];
        const listed = group.ids.split(',');
        for (let i = 0; i < listed.length; i++) ids.push(Number(listed[i]));
      }
    }
  }
  return remember(WORDS, word, ids ?? NO_IDS);
}

function patternOf(id: number): DispatchedPattern {
  const made = PATTERNS[id];
  if (made) return made;
  const added = ADDED.get(id);
  const source = added ? added.source : known!.patterns[id]!.source;
  const flags = added ? added.flags : known!.patterns[id]!.flags;
  const required = added ? added.required : known!.index.requiredWordsOf(id);
  // Numbered now unless this is the process's first note (see `isPossible`); the note being
  // indexed sees the ids, since it marks its required words after meeting its candidates.
  const requiredIds = noteSerial > 0 ? requiredIdsOf(required) : null;
  const pattern: DispatchedPattern = {
    id,
    source,
    isUnicode: flags.includes('u'),
    isLowered: false,
    re: null,
    program: undefined,
    programRuns: 0,
    notesSeen: 0,
    lastNote: -1,
    required,
    requiredIds,
    requiredIdsAt: REQUIRED_IDS.size,
  };
  PATTERNS[id] = pattern;
  return pattern;
}

/**
 * True when the note holds every required word of the pattern (a token starting with one word of
 * each group), so the pattern may match. A cheap check that spares running most patterns.
 */
export function isPossible(note: NoteIndex, pattern: DispatchedPattern): boolean {
  const remembered = note.possible[pattern.id];
  if (remembered) return remembered === 1;
  const ids = pattern.requiredIds;
  let holds = true;
  if (ids !== null && pattern.requiredIdsAt <= note.present.length) {
    for (let g = 0; g < ids.length && holds; g++) {
      const anyOf = ids[g]!;
      holds = false;
      for (let w = 0; w < anyOf.length && !holds; w++) holds = note.present[anyOf[w]!] === 1;
    }
  } else holds = holdsByName(note, pattern);
  // A pattern registered after the note was indexed has no slot; it is just not remembered.
  if (pattern.id < note.possible.length) note.possible[pattern.id] = holds ? 1 : 2;
  return holds;
}

/**
 * `isPossible` by the required words themselves, for the patterns met in the process's first note:
 * a one-note process (`rebound check`) so numbers no required word. Numbering every candidate's
 * required words was its busiest loop, and V8 optimized it on a second thread that the process
 * then waited for at exit. Such a pattern is numbered when a later note checks it, for the notes
 * after that one.
 */
function holdsByName(note: NoteIndex, pattern: DispatchedPattern): boolean {
  if (note.serial > 0 && pattern.requiredIds === null) {
    pattern.requiredIds = requiredIdsOf(pattern.required);
    pattern.requiredIdsAt = REQUIRED_IDS.size;
  }
  const prefixes = (note.prefixes ??= prefixesOf(note.lowers));
  let holds = true;
  for (let g = 0; g < pattern.required.length && holds; g++) {
    const anyOf = pattern.required[g]!;
    holds = false;
    for (let w = 0; w < anyOf.length && !holds; w++) holds = prefixes.has(anyOf[w]!);
  }
  return holds;
}

/**
 * Whether the pattern's next run goes through its start-up program: in the first note that reaches
 * it, up to `MAX_PROGRAM_RUNS` runs. A one-note process (`rebound check`) compiles nothing, and a
 * pattern that runs in a second note, or very often in one (a 1 MB note), goes to V8, so a
 * long-running process (the web app, the benchmarks) soon runs each busy pattern at V8's speed.
 */
function isOnProgram(pattern: DispatchedPattern, note: NoteIndex): boolean {
  if (pattern.re !== null) return false;
  if (pattern.lastNote !== note.serial) {
    pattern.lastNote = note.serial;
    pattern.notesSeen++;
  }
  if (pattern.notesSeen > 1 || pattern.programRuns >= MAX_PROGRAM_RUNS) return false;
  if (pattern.program === undefined) pattern.program = programOf(pattern);
  return pattern.program !== null;
}

/**
 * The end of the pattern's match starting exactly at `at` in `text` (the note or a slice of it),
 * or -1. A pattern's first runs go through its start-up program, if it has one: compiling it costs
 * next to nothing, where V8 takes ~0.3 ms to compile a phrase pattern (docs/adr/0001).
 *
 * @example
 * const end = matchEndAt(noteIndex(tokens), tokens, pattern, note, tokens.starts[k]);
 */
export function matchEndAt(
  note: NoteIndex,
  tokens: Tokens,
  pattern: DispatchedPattern,
  text: string,
  at: number,
): number {
  if (isOnProgram(pattern, note)) {
    pattern.programRuns++;
    const end = runProgramOrGiveUp(pattern.program as Program, subjectFor(tokens, pattern, text), at);
    if (end !== null) return end;
    // V8 takes the pattern from here.
    pattern.program = null;
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
  if (pattern.isUnicode) return null;
  const program = programFromSource(pattern.source, true, { isLazy: true });
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
  const lowered = lowerPatternSource(pattern.source, u);
  pattern.isLowered = lowered !== null;
  const re = lowered === null ? new RegExp(pattern.source, `yi${u}`) : new RegExp(lowered, 'y');
  compileToMachineCode(re, subject);
  pattern.re = re;
  return re;
}
