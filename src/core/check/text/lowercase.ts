/**
 * Case-insensitive matching without the `i` flag. V8 takes about twice as long to compile a
 * case-insensitive pattern as the same pattern in lowercase, and compiling the phrase patterns a
 * note reaches is most of the first check in a process. So a phrase pattern is lowercased once and
 * run on a lowercased copy of the note, which finds exactly what the `i` pattern finds on the note:
 * the copy has the same length (offsets agree) and only folds case the way `i` does for the
 * characters the lowered patterns may contain (ASCII, and Latin-1 lowercase letters like `é`).
 */

/** The only code units whose lowercase is not one non-ASCII-preserving unit (`İ` → `i̇`, `K` → `k`). */
const IRREGULAR = /[\u0130\u212a]/;

/**
 * `text` lowercased unit by unit, keeping its length: a character whose lowercase is longer, or is
 * ASCII when the character is not, is kept as it is (as the `i` flag, without `u`, would treat it).
 *
 * @example
 * lowerSameLength('I’m SURE'); // "i’m sure"
 */
export function lowerSameLength(text: string): string {
  const lowered = text.toLowerCase();
  if (lowered.length === text.length && !IRREGULAR.test(text)) return lowered;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const l = c.toLowerCase();
    out += l.length === 1 && !(c.charCodeAt(0) >= 128 && l.charCodeAt(0) < 128) ? l : c;
  }
  return out;
}

/** Escapes whose meaning survives lowering the text (lowercase ones keep theirs too). */
const UPPER_ESCAPES = new Set(['B', 'W', 'S', 'D']);

/**
 * The source of a case-insensitive pattern rewritten to match lowered text without the `i` flag,
 * or null when the pattern uses something the rewrite does not cover (the `u` flag, named groups,
 * back-references, characters written as escapes, other uppercase escapes, mixed-case class
 * ranges, non-Latin-1 letters); those keep the `i` flag.
 *
 * @example
 * lowerPatternSource('\\bI (?:Am|was)\\b\\S', ''); // "\\bi (?:am|was)\\b\\S"
 */
export function lowerPatternSource(source: string, flags: string): string | null {
  if (flags.includes('u')) return null;
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      const n = source[i + 1] ?? '';
      // `\u00e9` spells a character lowering leaves alone (the phrase sources are ASCII, so `é` and
      // `€` are written this way); any other `\u`, and `\x` and `\c`, spell one it cannot see.
      if (n === 'u' && /^[0-9a-fA-F]{4}$/.test(source.slice(i + 2, i + 6))) {
        if (!isLowerable(parseInt(source.slice(i + 2, i + 6), 16))) return null;
        out += source.slice(i, i + 6);
        i += 5;
        continue;
      }
      if (isUnlowerableEscape(n)) return null;
      out += c + n;
      i++;
      continue;
    }
    if (!inClass && c === '(' && source.startsWith('(?<', i) && /[A-Za-z]/.test(source[i + 3] ?? '')) {
      return null;
    }
    if (c === '[' && !inClass) inClass = true;
    else if (c === ']' && inClass) inClass = false;
    else if (inClass && c === '-' && !isSafeRange(source[i - 1] ?? '', source[i + 1] ?? '')) return null;
    const code = c.charCodeAt(0);
    if (code >= 128 && !isLowerable(code)) return null;
    out += isUpperAscii(c) ? c.toLowerCase() : c;
  }
  return out;
}

function isUpperAscii(c: string): boolean {
  return c >= 'A' && c <= 'Z';
}

/**
 * `à`…`þ` without `÷` and `å`: each has one uppercase form in Latin-1 and nothing else lowercases
 * to it (the Angstrom sign lowercases to `å`, which `i` does not fold).
 */
function isLatin1Lower(code: number): boolean {
  return code >= 0xe0 && code <= 0xfe && code !== 0xf7 && code !== 0xe5;
}

/**
 * Whether a pattern may hold this character (beyond ASCII) and still be run lowered: a Latin-1
 * lowercase letter (see `isLatin1Lower`), or a character with no case at all (`£`, `€`), which the
 * `i` flag folds with nothing. ASCII letters are lowered instead.
 *
 * @example
 * isLowerable(0xe9); // true: é
 */
export function isLowerable(code: number): boolean {
  if (code < 128) return !(code >= 65 && code <= 90);
  if (isLatin1Lower(code)) return true;
  const c = String.fromCharCode(code);
  return c.toLowerCase() === c && c.toUpperCase() === c;
}

/**
 * Whether the escape `\` + `letter` keeps a pattern from being lowered: `\k` names a group, `\1`
 * refers back, `\u` (unless it spells a lowerable character, checked apart), `\x` and `\c` spell a
 * character lowering cannot see, and an uppercase escape other than `\B`, `\W`, `\S`, `\D` means
 * something else in lowercase.
 *
 * @example
 * isUnlowerableEscape('k'); // true
 */
export function isUnlowerableEscape(letter: string): boolean {
  return /[kuxc0-9]/.test(letter) || (isUpperAscii(letter) && !UPPER_ESCAPES.has(letter));
}

/** A class range lowers safely when it does not mix uppercase letters with other characters. */
export function isSafeRange(from: string, to: string): boolean {
  if (from === '' || from === '[' || to === ']' || to === '') return true;
  return isUpperAscii(from) === isUpperAscii(to);
}
