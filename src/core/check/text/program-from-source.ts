import { inRanges } from './code-ranges';
import { isLowerable, isSafeRange, isUnlowerableEscape } from './lowercase';
import type { Program } from './program';

/**
 * A pattern's source as a `Program` for the start-up matcher of `program.ts`, or null when it uses
 * what that matcher leaves to V8: back-references, named groups, `\p{…}`, `\c`, a brace that is
 * not a quantifier.
 *
 * With `isLowered`, the program is for the lowercased note, as `lowerPatternSource` rewrites a
 * caseless pattern (`lowercase.ts`), and null where that rewrite gives up, so the program and V8
 * always read a pattern the same way.
 *
 * A parser of its own, not a library: it runs in every `rebound check` process for each pattern a
 * note reaches, before any of it is optimized. So runs of literal text are taken by one sticky
 * regex rather than character by character.
 *
 * @example
 * programFromSource('\\bI (?:am|was) sorry', true); // [2, [4, 'b'], 'i ', [7, 'aw', 'am', 'was'], ' sorry']
 */
export function programFromSource(
  source: string,
  isLowered: boolean,
  options: { isLazy?: boolean } = {},
): Program | null {
  const parser = new Parser(source, isLowered, options.isLazy ?? false);
  try {
    const program = parser.disjunction();
    return parser.at === source.length ? program : null;
  } catch (e) {
    if (e instanceof Unsupported) return null;
    throw e;
  }
}

/**
 * The body of a group left unread (`isLazy`): `program.ts` reads it when a match first reaches it.
 * Most runs of a phrase pattern fail within its first words, so most of a pattern is never read.
 * Null once read when the body uses what programs do not cover; the matcher then gives the pattern
 * to V8.
 */
export type LazyGroup = {
  source: string;
  start: number;
  end: number;
  isLowered: boolean;
  body?: Program | null;
};

/**
 * Reads a lazy group's body.
 *
 * @example
 * readLazyGroup({ source: '(?:a|b)c', start: 3, end: 6, isLowered: false }); // [1, 'a', 'b']
 */
export function readLazyGroup(group: LazyGroup): Program | null {
  if (group.body !== undefined) return group.body;
  const parser = new Parser(group.source, group.isLowered, true);
  parser.at = group.start;
  try {
    const body = parser.disjunction();
    group.body = parser.at === group.end ? body : null;
  } catch (e) {
    if (!(e instanceof Unsupported)) throw e;
    group.body = null;
  }
  return group.body;
}

/** Thrown on what programs do not cover, or a source V8 itself would reject; either way V8 decides. */
class Unsupported extends Error {}

const MAX_UNIT = 0xffff;
const DIGITS = [48, 57];
const WORD = [48, 57, 65, 90, 95, 95, 97, 122];
// WhiteSpace and LineTerminator of ECMA-262, as `\s` matches them.
const SPACES = [
  9, 13, 32, 32, 0xa0, 0xa0, 0x1680, 0x1680, 0x2000, 0x200a, 0x2028, 0x2029, 0x202f, 0x202f, 0x205f, 0x205f,
  0x3000, 0x3000, 0xfeff, 0xfeff,
];
/** `.`: anything but a line terminator. */
const ANY = [0, 9, 11, 12, 14, 0x2027, 0x202a, MAX_UNIT];
const NOT_DIGITS = [0, 47, 58, MAX_UNIT];
const NOT_WORD = [0, 47, 58, 64, 91, 94, 96, 96, 123, MAX_UNIT];
const NOT_SPACES = [
  0,
  8,
  14,
  31,
  33,
  0x9f,
  0xa1,
  0x167f,
  0x1681,
  0x1fff,
  0x200b,
  0x2027,
  0x202a,
  0x202e,
  0x2030,
  0x205e,
  0x2060,
  0x2fff,
  0x3001,
  0xfefe,
  0xff00,
  MAX_UNIT,
];
/** The ranges of `\d`, `\w`, `\s` and their negations, by the escape's letter. */
const SET_ESCAPES: Record<string, readonly number[]> = {
  d: DIGITS,
  D: NOT_DIGITS,
  w: WORD,
  W: NOT_WORD,
  s: SPACES,
  S: NOT_SPACES,
};
/** `\t` and the like, by the letter after the backslash. */
const CONTROL_ESCAPES: Record<string, number> = { t: 9, n: 10, v: 11, f: 12, r: 13 };
/** Characters with a special meaning outside a class: a literal run ends at the next one. */
const SPECIAL = /[\\^$.|?*+()[\]{}]/g;
/** What a lazy group's end is found by: escapes, classes and parentheses. */
const BRACKETS = /[\\[()]/g;
/**
 * Plain words between bars, up to a bar or parenthesis (or the end) after the last of them; a group
 * body of nothing else when a parenthesis follows.
 */
const PLAIN_ALTERNATIVES = /[^\\^$.|?*+()[\]{}]+(?:\|[^\\^$.|?*+()[\]{}]+)*(?=[|)]|$)/y;
/** A group body that may be a run of a class and literal text, in either order: `[\w-]+ `, ` \w+`. */
const RUN_AND_LITERAL =
  /(?:(?:\\[wd]|\[(?:[^\]\\]|\\.)*\])[+*]\??[^\\^$.|?*+()[\]{}]+|[^\\^$.|?*+()[\]{}]+(?:\\[wd]|\[(?:[^\]\\]|\\.)*\])[+*]\??)\)/y;
/** Each word of a word list (`|send|share`) to its first character (`ss`). */
const FIRST_CHARACTERS = /\|([^|])[^|]*/g;
/** What lowering a caseless pattern leaves alone: ASCII, and Latin-1 lowercase but `÷` and `å`. */
const UNLOWERABLE = /[^\0-\x7f\xe0-\xe4\xe6-\xf6\xf8-\xfe]/;

/** Classes already read, by their source (and whether lowered). */
const CLASSES = new Map<string, readonly number[]>();

class Parser {
  at = 0;
  constructor(
    private readonly source: string,
    private readonly isLowered: boolean,
    private readonly isLazy: boolean,
  ) {}

  // The node arrays are built in place (no spreading or slicing): this runs cold, once per pattern
  // a note reaches, and what it allocates stays alive as the pattern's program.
  disjunction(): Program {
    const node: (Program | 1)[] = [1];
    for (;;) {
      if (!this.plainAlternatives(node)) node.push(this.alternative());
      if (this.source[this.at] !== '|') break;
      this.at++;
    }
    if (node.length === 2) return node[1] as Program;
    return withFirsts(node as unknown as readonly [1, ...Program[]]);
  }

  /**
   * Plain words between bars up to the next alternative that is not one (`noise|noisy|started (?:`),
   * read in one step and pushed onto `node`; false when the next alternative is not plain. Big
   * alternations that mix plain words with a few patterned ones were read word by word, and that
   * kept the parser close to the point where V8 optimizes it in a one-note process.
   */
  private plainAlternatives(node: (Program | 1)[]): boolean {
    PLAIN_ALTERNATIVES.lastIndex = this.at;
    if (!PLAIN_ALTERNATIVES.test(this.source)) return false;
    const end = PLAIN_ALTERNATIVES.lastIndex;
    const words = this.lowered(this.source.slice(this.at, end)).split('|');
    for (let w = 0; w < words.length; w++) node.push(words[w]!);
    this.at = end;
    return true;
  }

  /** A sequence, with runs of literal characters joined into one string. */
  private alternative(): Program {
    // Most alternatives are one word: the sequence array is made only for a second element.
    let only: Program = '';
    let node: (Program | 2)[] | null = null;
    for (let c = this.source[this.at]; c !== undefined && c !== '|' && c !== ')'; c = this.source[this.at]) {
      const term = this.literalRun() ?? this.term();
      if (node === null) {
        if (only === '') only = term;
        else if (typeof only === 'string' && typeof term === 'string') only += term;
        else node = [2, only, term];
        continue;
      }
      const last = node[node.length - 1];
      if (typeof term === 'string' && typeof last === 'string') node[node.length - 1] = last + term;
      else node.push(term);
    }
    if (node === null) return only;
    // `(?: \w+){0,3}? (?:keen|...)`: a repeat of a literal and then a run matches one way only when
    // what follows it starts outside the class; only the sequence knows what follows.
    for (let k = 1; k < node.length - 1; k++) {
      const repeat = node[k] as Program;
      if (typeof repeat === 'string' || repeat[0] !== 3) continue;
      const run = runAndLiteral(repeat[4], true);
      if (run && startsOutside(node[k + 1] as Program, run.ranges))
        node[k] = [8, run.ranges, run.literal, repeat[1], repeat[2], repeat[3], repeat[4], 1, run.runMin];
    }
    return node as unknown as Program;
  }

  /**
   * Plain characters up to the next special one, as one string; the last stays behind when a
   * quantifier follows, as it applies to that character alone.
   */
  private literalRun(): string | null {
    const s = this.source;
    SPECIAL.lastIndex = this.at;
    let end = SPECIAL.test(s) ? SPECIAL.lastIndex - 1 : s.length;
    const next = s[end];
    if (next === '?' || next === '*' || next === '+' || next === '{') end--;
    if (end <= this.at) return null;
    const run = s.slice(this.at, end);
    this.at = end;
    return this.lowered(run);
  }

  private lowered(text: string): string {
    if (!this.isLowered) return text;
    if (UNLOWERABLE.test(text)) this.checkLowerable(text);
    return text.toLowerCase();
  }

  /** The slow check, for the rare run with characters beyond Latin-1 (`isLowerable`). */
  private checkLowerable(text: string): void {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code >= 128 && !isLowerable(code)) throw new Unsupported('not lowerable');
    }
  }

  private term(): Program {
    const s = this.source;
    const c = s[this.at]!;
    if (c === '^' || c === '$') {
      this.at++;
      return [4, c];
    }
    if (c === '\\' && (s[this.at + 1] === 'b' || s[this.at + 1] === 'B')) {
      this.at += 2;
      return [4, s[this.at - 1] as 'b' | 'B'];
    }
    return this.quantified(this.atom());
  }

  private atom(): Program {
    const s = this.source;
    const c = s[this.at]!;
    if (c === '(') return this.group();
    if (c === '[') return [0, this.characterClass()];
    if (c === '.') {
      this.at++;
      return [0, ANY];
    }
    if (c === '\\') {
      const set = this.setEscape();
      if (set) return [0, set];
      return String.fromCharCode(this.characterEscape());
    }
    if (c === '*' || c === '+' || c === '?' || c === ')' || c === '{' || c === '}' || c === ']') {
      throw new Unsupported(`a bare ${c}`);
    }
    this.at++;
    return this.lowered(c);
  }

  private group(): Program {
    const s = this.source;
    let lookaround: [0 | 1, 0 | 1] | null = null;
    if (s.startsWith('(?:', this.at)) this.at += 3;
    else if (s.startsWith('(?=', this.at)) lookaround = [0, 0];
    else if (s.startsWith('(?!', this.at)) lookaround = [1, 0];
    else if (s.startsWith('(?<=', this.at)) lookaround = [0, 1];
    else if (s.startsWith('(?<!', this.at)) lookaround = [1, 1];
    else if (s[this.at + 1] === '?') throw new Unsupported('named group');
    else this.at++; // A capturing group: captures are not reported, so it only groups.
    if (lookaround) this.at += 3 + lookaround[1];
    // A run of a class and a literal (`(?:[\w-]+ )`, `(?: \w+)`) is read now even in a lazy program: it is
    // small, and read, its repeat becomes one node (`quantified`).
    RUN_AND_LITERAL.lastIndex = this.at;
    const isRunAndLiteral = RUN_AND_LITERAL.test(s);
    const body = this.wordList() ?? (this.isLazy && !isRunAndLiteral ? this.lazyBody() : this.disjunction());
    if (s[this.at] !== ')') throw new Unsupported('unclosed group');
    this.at++;
    return lookaround ? [5, lookaround[0], lookaround[1], body] : body;
  }

  /** Skips to the group's closing parenthesis, leaving the body to be read when reached. */
  private lazyBody(): Program {
    const s = this.source;
    const start = this.at;
    let depth = 0;
    for (BRACKETS.lastIndex = this.at; BRACKETS.test(s);) {
      const at = BRACKETS.lastIndex - 1;
      const c = s[at];
      if (c === '\\') BRACKETS.lastIndex = at + 2;
      else if (c === '[') BRACKETS.lastIndex = classEnd(s, at) + 1;
      else if (c === '(') depth++;
      else if (depth > 0) depth--;
      else {
        this.at = at;
        return [6, { source: s, start, end: at, isLowered: this.isLowered }];
      }
    }
    throw new Unsupported('unclosed group');
  }

  /**
   * A group body that is only plain words between bars (`very|really|truly`), read in one step: the
   * phrase lists are mostly such lists, and word by word the parser ran hot enough for V8 to spend
   * more optimizing it than a one-note process spends parsing.
   */
  private wordList(): Program | null {
    PLAIN_ALTERNATIVES.lastIndex = this.at;
    if (!PLAIN_ALTERNATIVES.test(this.source)) return null;
    const end = PLAIN_ALTERNATIVES.lastIndex;
    if (this.source[end] !== ')') return null;
    const list = this.lowered(this.source.slice(this.at, end));
    const words = list.split('|');
    this.at = end;
    if (words.length === 1) return words[0]!;
    const node: (Program | string | 7)[] = [7, `|${list}`.replace(FIRST_CHARACTERS, '$1')];
    for (let w = 0; w < words.length; w++) node.push(words[w]!);
    return node as unknown as Program;
  }

  private quantified(atom: Program): Program {
    const s = this.source;
    let min: number;
    let max: number;
    const c = s[this.at];
    if (c === '?' || c === '*' || c === '+') {
      this.at++;
      [min, max] = c === '?' ? [0, 1] : c === '*' ? [0, -1] : [1, -1];
    } else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(s.slice(this.at, this.at + 16));
      if (!m) throw new Unsupported('literal brace');
      this.at += m[0].length;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? -1 : Number(m[3]);
    } else {
      return atom;
    }
    const isLazy = s[this.at] === '?';
    if (isLazy) this.at++;
    const run = runAndLiteral(atom, false);
    if (run) return [8, run.ranges, run.literal, min, max, isLazy ? 1 : 0, atom, 0, run.runMin];
    return [3, min, max, isLazy ? 1 : 0, atom];
  }

  /** `\d`, `\w`, `\s` and their negations, as ranges; null for any other escape. */
  private setEscape(): readonly number[] | null {
    const letter = this.source[this.at + 1] ?? '';
    if (!Object.hasOwn(SET_ESCAPES, letter)) return null;
    this.at += 2;
    return SET_ESCAPES[letter]!;
  }

  /** The code unit an escape stands for, outside or inside a class. */
  private characterEscape(isInClass = false): number {
    const s = this.source;
    const letter = s[this.at + 1];
    if (letter === undefined) throw new Unsupported('trailing backslash');
    // `\u` is checked below, by the character it spells.
    if (this.isLowered && letter !== 'u' && isUnlowerableEscape(letter))
      throw new Unsupported('not lowerable');
    this.at += 2;
    if (Object.hasOwn(CONTROL_ESCAPES, letter)) return CONTROL_ESCAPES[letter]!;
    if (letter === 'b' && isInClass) return 8;
    if (letter === '0' && !/[0-9]/.test(s[this.at] ?? '')) return 0;
    if (letter === 'u' || letter === 'x') {
      const digits = letter === 'u' ? 4 : 2;
      const hex = s.slice(this.at, this.at + digits);
      if (hex.length !== digits || !/^[0-9a-fA-F]+$/.test(hex)) throw new Unsupported('odd hex escape');
      this.at += digits;
      const code = parseInt(hex, 16);
      if (this.isLowered && !isLowerable(code)) throw new Unsupported('not lowerable');
      return code;
    }
    if (/[0-9cpPk]/.test(letter)) throw new Unsupported(`\\${letter}`);
    return letter.charCodeAt(0);
  }

  private characterClass(): readonly number[] {
    const s = this.source;
    // The same classes recur across patterns (`[\\w'&-]`, `[^.!?\\n]`): each is read once.
    const end = classEnd(s, this.at);
    const text = `${this.isLowered ? 'L' : ''}${s.slice(this.at, end + 1)}`;
    const known = CLASSES.get(text);
    if (known) {
      this.at = end + 1;
      return known;
    }
    const ranges = this.readClass();
    CLASSES.set(text, ranges);
    return ranges;
  }

  private readClass(): readonly number[] {
    const s = this.source;
    this.at++;
    const isNegated = s[this.at] === '^';
    if (isNegated) this.at++;
    const ranges: number[] = [];
    while (s[this.at] !== ']') {
      if (this.at >= s.length) throw new Unsupported('unclosed class');
      const set = s[this.at] === '\\' ? this.setEscape() : null;
      if (set) {
        ranges.push(...set);
        continue;
      }
      const fromAt = this.at;
      const from = this.classUnit();
      if (s[this.at] === '-' && s[this.at + 1] !== ']' && this.at + 1 < s.length) {
        this.at++;
        if (s[this.at] === '\\' && /[dwsDWS]/.test(s[this.at + 1] ?? ''))
          throw new Unsupported('class range');
        if (this.isLowered && !isSafeRange(s[fromAt]!, s[this.at]!)) throw new Unsupported('not lowerable');
        const to = this.classUnit();
        ranges.push(...this.loweredRange(from, to));
      } else {
        ranges.push(...this.loweredRange(from, from));
      }
    }
    this.at++;
    const merged = normalize(ranges);
    return isNegated ? complement(merged) : merged;
  }

  private classUnit(): number {
    if (this.source[this.at] === '\\') return this.characterEscape(true);
    const c = this.source[this.at++]!;
    if (this.isLowered && UNLOWERABLE.test(c)) this.checkLowerable(c);
    return c.charCodeAt(0);
  }

  /** A class range as lowering writes it: `A-Z` becomes `a-z`. */
  private loweredRange(from: number, to: number): [number, number] {
    if (!this.isLowered || from < 65 || from > 90) return [from, to];
    return [from + 32, to + 32];
  }
}

/**
 * The class, literal and shortest run of a body that is an unbounded run of a class and literal text
 * whose first character is outside the class: the run first (`[\w-]+ `) or, with `isLiteralFirst`,
 * the literal first (` \w+`). Null for any other body.
 */
function runAndLiteral(
  atom: Program,
  isLiteralFirst: boolean,
): { ranges: readonly number[]; literal: string; runMin: number } | null {
  if (typeof atom === 'string' || atom[0] !== 2 || atom.length !== 3) return null;
  const [, first, second] = atom as unknown as [2, Program, Program];
  const [run, literal] = isLiteralFirst ? [second, first] : [first, second];
  if (typeof literal !== 'string' || literal === '' || typeof run === 'string' || run[0] !== 3) return null;
  const [, min, max, , unit] = run;
  if (min > 1 || max !== -1 || typeof unit === 'string' || unit[0] !== 0) return null;
  if (inRanges(unit[1], literal.charCodeAt(0))) return null;
  return { ranges: unit[1], literal, runMin: min };
}

/**
 * Alternatives that each start with literal text (`gridlock\w*|jam|roads?`) as `[9, firsts, ...]`,
 * so the matcher tries only those that start with the character at hand; others stay `[1, ...]`.
 */
function withFirsts(node: readonly [1, ...Program[]]): Program {
  let firsts = '';
  for (let a = 1; a < node.length; a++) {
    const alt = node[a] as Program;
    const lead = typeof alt === 'string' ? alt : alt[0] === 2 ? alt[1] : null;
    if (typeof lead !== 'string' || lead === '') return node;
    firsts += lead[0];
  }
  const out: (Program | string | 9)[] = [9, firsts];
  for (let a = 1; a < node.length; a++) out.push(node[a] as Program);
  return out as unknown as Program;
}

/** Whether every match of `p` starts with a character outside `ranges`: a literal or a word list. */
function startsOutside(p: Program, ranges: readonly number[]): boolean {
  if (typeof p === 'string') return p !== '' && !inRanges(ranges, p.charCodeAt(0));
  if (p[0] !== 7) return false;
  for (let w = 0; w < p[1].length; w++) if (inRanges(ranges, p[1].charCodeAt(w))) return false;
  return true;
}

/** Where the class opened at `start` closes: its `]` (the first unescaped one), or the end. */
function classEnd(s: string, start: number): number {
  let end = start + 1;
  while (end < s.length && s[end] !== ']') end += s[end] === '\\' ? 2 : 1;
  return end;
}

/** Sorted, non-overlapping, non-adjacent ranges. */
function normalize(flat: readonly number[]): number[] {
  const pairs: [number, number][] = [];
  for (let i = 0; i < flat.length; i += 2) pairs.push([flat[i]!, flat[i + 1]!]);
  pairs.sort((a, b) => a[0] - b[0]);
  const out: number[] = [];
  for (let p = 0; p < pairs.length; p++) {
    const [lo, hi] = pairs[p]!;
    if (out.length && lo <= out[out.length - 1]! + 1)
      out[out.length - 1] = Math.max(out[out.length - 1]!, hi);
    else out.push(lo, hi);
  }
  return out;
}

function complement(ranges: readonly number[]): number[] {
  const out: number[] = [];
  let next = 0;
  for (let i = 0; i < ranges.length; i += 2) {
    if (ranges[i]! > next) out.push(next, ranges[i]! - 1);
    next = ranges[i + 1]! + 1;
  }
  if (next <= MAX_UNIT) out.push(next, MAX_UNIT);
  return out;
}
