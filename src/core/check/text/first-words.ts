/**
 * Reads a phrase pattern's source and returns the lowercase prefixes its first word can start
 * with, or null when the pattern may start anywhere (a class, a wildcard, punctuation).
 *
 * Handles the subset of syntax the phrase lists use: `\b`, `^`, lookarounds, `(?:…)` groups with
 * `|`, literal letters, escapes, classes and the quantifiers `? * + {m,n}` (lazy or not).
 *
 * @example
 * firstWords('\\b(?:please )?(?:forgive|pardon) me'); // Set { 'please', 'forgive', 'pardon' }
 */
export function firstWords(source: string): Set<string> | null {
  return analyzePattern(source).firstWords;
}

/**
 * The literal words a match must contain, as a list of any-of sets: every set needs a token of the
 * text that starts with one of its words. Only runs that begin a word are listed (after a space,
 * punctuation or the start), so each is a token prefix. A cheap check on them spares compiling a
 * pattern that cannot match. Words shorter than 3 letters are not worth checking and are left out.
 *
 * @example
 * requiredWords('\\bI (?:deeply )?regret (?:my|that)'); // [['regret']]
 */
export function requiredWords(source: string): string[][] {
  return analyzePattern(source).requiredWords;
}

/**
 * The first words a match must be a whole token of, not just start: those after which the pattern
 * goes on with a space, punctuation or `\b` (`I'm` is the token `i`, so `\bI(?:'m| am)` cannot
 * start at "it"; `\bthank(?:s|ful)?` can start at "thanks"). Dispatch then skips every longer
 * token, which spares running, and on first use compiling, a pattern that cannot match there.
 *
 * @example
 * exactWords("\\b(?:I|we)(?:'m| are)? sorry|\\bthank(?:s|ful)?"); // Set { 'i', 'we' }
 */
export function exactWords(source: string): Set<string> {
  return analyzePattern(source).exactWords;
}

/** All three analyses in one parse. */
export function analyzePattern(source: string): {
  firstWords: Set<string> | null;
  requiredWords: string[][];
  exactWords: Set<string>;
} {
  const r = parseAlternatives(source, 0, true);
  const isAnywhere = r.set === null || r.isNullable || r.set.size === 0;
  // A word still open at the end of the pattern may be followed by anything: not exact.
  const exact = new Set(
    [...(isAnywhere ? [] : (r.set ?? []))].filter((w) => !r.open.has(w) && !r.loose.has(w)),
  );
  return { firstWords: isAnywhere ? null : r.set, requiredWords: r.req, exactWords: exact };
}

/**
 * `set`: first-word prefixes (null: anywhere); `req`: any-of sets of words every match contains;
 * `endsAtWordStart`: whether what follows the element begins a new token.
 *
 * For exact first words: `open` are first words a match may follow with whatever comes after the
 * element; `loose` those it may follow with a letter or digit; `startsWord` whether the element's
 * first character may be a letter or digit (when unsure: true); `assertion` marks zero-width
 * elements (`\b` after a word means the token ends there).
 */
type Parsed = {
  set: Set<string> | null;
  isNullable: boolean;
  i: number;
  req: string[][];
  endsAtWordStart: boolean;
  open: Set<string>;
  loose: Set<string>;
  startsWord: boolean;
  assertion?: 'boundary' | 'end' | 'other';
};

function parseAlternatives(src: string, start: number, atWordStart: boolean): Parsed {
  let set: Set<string> | null = new Set();
  let isNullable = false;
  let endsAtWordStart = true;
  let startsWord = false;
  const open = new Set<string>();
  const loose = new Set<string>();
  let i = start;
  const branches: string[][][] = [];
  for (;;) {
    const seq = parseSequence(src, i, atWordStart);
    set = union(set, seq.set);
    isNullable ||= seq.isNullable;
    endsAtWordStart &&= seq.endsAtWordStart;
    startsWord ||= seq.startsWord;
    for (const w of seq.open) open.add(w);
    for (const w of seq.loose) loose.add(w);
    branches.push(seq.req);
    i = seq.i;
    if (src[i] === '|') i++;
    else
      return { set, isNullable, i, req: mergeBranches(branches), endsAtWordStart, open, loose, startsWord };
  }
}

/** One branch alone keeps all its requirements; alternatives need one of each branch's best set. */
function mergeBranches(branches: string[][][]): string[][] {
  if (branches.length === 1) return branches[0] ?? [];
  if (branches.some((b) => b.length === 0)) return [];
  const shortest = (set: string[]) => Math.min(...set.map((w) => w.length));
  const best = branches.map((b) => b.reduce((x, y) => (shortest(y) > shortest(x) ? y : x)));
  return [[...new Set(best.flat())]];
}

function parseSequence(src: string, start: number, atWordStart: boolean): Parsed {
  let set: Set<string> | null = new Set();
  let isOpen = true;
  let i = start;
  let here = atWordStart;
  const req: string[][] = [];
  let startsWord = false;
  // First words whose run may be followed by the next element, and those known not to be exact.
  let pending = new Set<string>();
  const loose = new Set<string>();
  while (i < src.length && src[i] !== '|' && src[i] !== ')') {
    const el = parseElement(src, i, here);
    i = el.i;
    // An optional element may be skipped, so a word start holds after it only if it holds both ways.
    here = el.isNullable ? here && el.endsAtWordStart : el.endsAtWordStart;
    if (!el.isNullable) req.push(...el.req);
    if (el.assertion === 'boundary' || el.assertion === 'end') pending.clear();
    else if (el.assertion === undefined) {
      if (el.startsWord) {
        for (const w of pending) loose.add(w);
        pending.clear();
      } else if (!el.isNullable) pending.clear();
    }
    if (isOpen) {
      startsWord ||= el.startsWord;
      set = union(set, el.set);
      for (const w of el.loose) loose.add(w);
      pending = new Set([...pending, ...el.open]);
      if (set === null || !el.isNullable) isOpen = false;
    }
  }
  return { set, isNullable: isOpen, i, req, endsAtWordStart: here, open: pending, loose, startsWord };
}

function parseElement(src: string, i: number, atWordStart: boolean): Parsed {
  const c = src[i] ?? '';
  const assertion = (end: number, kind: Parsed['assertion']): Parsed => ({
    set: new Set(),
    isNullable: true,
    i: end,
    req: [],
    endsAtWordStart: atWordStart,
    open: new Set(),
    loose: new Set(),
    startsWord: false,
    assertion: kind,
  });
  const plain = { open: new Set<string>(), loose: new Set<string>() };
  if (c === '\\') {
    const n = src[i + 1] ?? '';
    // After a word's letters, \b means the token ends there; \B that it goes on.
    if (n === 'b') return assertion(i + 2, 'boundary');
    if (n === 'B') return { ...assertion(i + 2, undefined), startsWord: true };
    // \p{…} and \u{…} carry a braced argument.
    const end = (n === 'p' || n === 'P' || n === 'u') && src[i + 2] === '{' ? src.indexOf('}', i) + 1 : i + 2;
    // An escaped mark (\. \- \') or whitespace ends a token; a class (\w, \d, \p) may not.
    const isMark = !isWordChar(n) || n === 's' || n === 'W' || n === 'n' || n === 'r' || n === 't';
    return quantified(src, end, null, false, [], !isWordChar(n) || n === 's', {
      ...plain,
      startsWord: !isMark,
    });
  }
  if (c === '$') return assertion(i + 1, 'end');
  if (c === '^') return assertion(i + 1, 'other');
  if (c === '(') {
    const isLookaround =
      src[i + 1] === '?' &&
      (src[i + 2] === '=' || src[i + 2] === '!' || src[i + 2] === '<') &&
      src[i + 2] + (src[i + 3] ?? '') !== '<:';
    if (isLookaround) return assertion(closingParen(src, i) + 1, 'other');
    const inner = parseAlternatives(src, src.startsWith('(?:', i) ? i + 3 : i + 1, atWordStart);
    return quantified(src, inner.i + 1, inner.set, inner.isNullable, inner.req, inner.endsAtWordStart, inner);
  }
  if (c === '[') {
    let j = i + 1;
    let startsWord = src[j] === '^';
    while (j < src.length && src[j] !== ']') {
      // A class of marks and spaces (`[\s,.-]`) cannot start a word; anything else may.
      if (src[j] === '\\') startsWord ||= isWordChar(src[j + 1]) && src[j + 1] !== 's';
      else startsWord ||= isWordChar(src[j]);
      j += src[j] === '\\' ? 2 : 1;
    }
    return quantified(src, j + 1, null, false, [], false, { ...plain, startsWord });
  }
  if (isWordChar(c)) {
    let j = i;
    while (isWordChar(src[j])) j++;
    let run = src.slice(i, j);
    const isTrimmed = isOptionalQuantifier(src, j);
    if (isTrimmed) run = run.slice(0, -1);
    if (run === '') {
      const letter = new Set([src[j - 1]!.toLowerCase()]);
      return quantified(src, j, letter, false, [], false, {
        open: new Set(),
        loose: letter,
        startsWord: true,
      });
    }
    const word = run.toLowerCase();
    const req = word.length >= 3 && atWordStart ? [[word]] : [];
    // A dropped optional letter, or a repeated last letter (`o+`, `o{2}`), may follow the run.
    const isLoose = isTrimmed || src[j] === '+' || src[j] === '{';
    return {
      set: new Set([word]),
      isNullable: false,
      // Past the dropped letter's quantifier: the letters after `honou?` go on the same token.
      i: isTrimmed ? afterQuantifier(src, j) : j,
      req,
      endsAtWordStart: false,
      open: isLoose ? new Set() : new Set([word]),
      loose: isLoose ? new Set([word]) : new Set(),
      startsWord: true,
    };
  }
  // Punctuation or a space ends a token; `.` may match a letter. Neither starts a word.
  return quantified(src, i + 1, null, false, [], c !== '.', { ...plain, startsWord: c === '.' });
}

/** Applies a quantifier after an element ending at `i`. */
function quantified(
  src: string,
  i: number,
  set: Set<string> | null,
  isNullable: boolean,
  req: string[][],
  endsAtWordStart: boolean,
  words: Pick<Parsed, 'open' | 'loose' | 'startsWord'>,
): Parsed {
  const c = src[i];
  const end = quantifierEnd(src, i);
  const { open, loose, startsWord } = words;
  if (end === i) return { set, isNullable, i, req, endsAtWordStart, open, loose, startsWord };
  // A repeated element may follow itself: its open words are then followed by its own start.
  const isRepeated =
    c === '+' || c === '*' || (c === '{' && !/^\{(?:[01]|[01],1)\}$/.test(src.slice(i, end)));
  const repeatedLoose = isRepeated && startsWord ? new Set([...loose, ...open]) : loose;
  const stillOpen = isRepeated && startsWord ? new Set<string>() : open;
  const isOptional = c === '?' || c === '*' || (c === '{' && src[i + 1] === '0');
  return {
    set,
    isNullable: isNullable || isOptional,
    i: afterQuantifier(src, i),
    req: isOptional ? [] : req,
    endsAtWordStart,
    open: stillOpen,
    loose: repeatedLoose,
    startsWord,
  };
}

/** Where a quantifier (`?`, `*`, `+`, `{m,n}`) starting at `i` ends, before any lazy `?`; `i` if none. */
function quantifierEnd(src: string, i: number): number {
  const c = src[i];
  if (c === '?' || c === '*' || c === '+') return i + 1;
  if (c !== '{') return i;
  const close = src.indexOf('}', i);
  return close !== -1 && /^\{\d*(?:,\d*)?\}$/.test(src.slice(i, close + 1)) ? close + 1 : i;
}

/** Where the quantifier starting at `i` ends, with its lazy `?`. */
function afterQuantifier(src: string, i: number): number {
  const end = quantifierEnd(src, i);
  return end > i && src[end] === '?' ? end + 1 : end;
}

function isOptionalQuantifier(src: string, i: number): boolean {
  return src[i] === '?' || src[i] === '*' || (src[i] === '{' && src[i + 1] === '0');
}

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'));
}

function closingParen(src: string, open: number): number {
  let depth = 0;
  for (let j = open; j < src.length; j++) {
    if (src[j] === '\\') j++;
    else if (src[j] === '[') while (j < src.length && src[j] !== ']') j += src[j] === '\\' ? 2 : 1;
    else if (src[j] === '(') depth++;
    else if (src[j] === ')' && --depth === 0) return j;
  }
  return src.length - 1;
}

function union(a: Set<string> | null, b: Set<string> | null): Set<string> | null {
  if (a === null || b === null) return null;
  for (const x of b) a.add(x);
  return a;
}
