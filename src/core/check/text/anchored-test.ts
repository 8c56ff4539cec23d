import { lowerSameLength } from './lowercase';
import { MAX_PROGRAM_RUNS, runProgramOrGiveUp, type Program } from './program';
import { programFromSource } from './program-from-source';

/**
 * A caseless test of the start of a short text, such as the words after a match ("sorry" + "to
 * hear about the reorganization"), by patterns that each start with `^`.
 *
 * V8 compiles a pattern on its first run, and for some of these (`^\s*`, an optional group, a word
 * list and `\b`) that took 5–8 ms each: more than the rest of a check, in a `rebound check`
 * process that runs them once. So a test's first runs go through a start-up program
 * (`program.ts`, which reads the same source the same way), and V8 takes over after
 * `MAX_PROGRAM_RUNS` (or `maxProgramRuns`), where a long-running process gains from its compiled
 * code.
 *
 * @example
 * const isSympathy = anchoredTest([/^\s*to hear\b/i]);
 * isSympathy(' to hear about the move'); // true
 */
export function anchoredTest(
  patterns: readonly RegExp[],
  options: { maxProgramRuns?: number } = {},
): (text: string) => boolean {
  const maxProgramRuns = options.maxProgramRuns ?? MAX_PROGRAM_RUNS;
  const source = patterns.map((p) => p.source).join('|');
  const isProgrammable = patterns.every((p) => p.source.startsWith('^') && !p.flags.includes('u'));
  // undefined: not read yet; null: left to V8.
  let program: Program | null | undefined = isProgrammable ? undefined : null;
  let runs = 0;
  let re: RegExp | null = null;
  return (text) => {
    if (program !== null && runs < maxProgramRuns) {
      program ??= programFromSource(source, true, { isLazy: true });
      if (program !== null) {
        runs++;
        // Anchored by `^`, so a match can only start at 0, where a program starts its match.
        const end = runProgramOrGiveUp(program, lowerSameLength(text), 0);
        if (end !== null) return end !== -1;
        program = null;
      }
    }
    re ??= new RegExp(source, 'i');
    return re.test(text);
  };
}
