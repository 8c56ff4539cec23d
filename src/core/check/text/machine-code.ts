/** V8 compiles a regex straight to machine code when its first subject is this long. */
const LONG_SUBJECT = 1000;
const ONE_BYTE_FILLER = '\0'.repeat(LONG_SUBJECT);
const TWO_BYTE_FILLER = `\u0100${'\0'.repeat(LONG_SUBJECT - 1)}`;

/**
 * Runs a new regex once on a long filler string, for speed only: the result is dropped and
 * `lastIndex` put back. V8 first compiles a regex to bytecode, and to machine code when it runs
 * again, unless the subject is long. For a big alternation the bytecode compile is the slow one
 * (7 ms against 1 ms for one phrase pattern), and notes are mostly under 1,000 characters, so the
 * first check in a process paid for both, pattern after pattern (~40 ms in all). The filler has the
 * subject's width (Latin-1 or not), for which V8 keeps separate code.
 *
 * @example
 * const re = compileToMachineCode(new RegExp(bigAlternation, 'y'), note);
 */
export function compileToMachineCode<T extends RegExp>(re: T, subject: string): T {
  if (subject.length >= LONG_SUBJECT) return re;
  const { lastIndex } = re;
  re.lastIndex = 0;
  re.exec(/[^\0-\xff]/.test(subject) ? TWO_BYTE_FILLER : ONE_BYTE_FILLER);
  re.lastIndex = lastIndex;
  return re;
}
