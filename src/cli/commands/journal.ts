import type { Command } from 'commander';
import { createColors } from 'picocolors';
import { OUTCOMES } from '../../core/debrief/enums';
import { findPatterns, type Patterns } from '../../core/journal/find-patterns';
import type { CliIo } from '../io';
import { withStore } from '../open-store';
import type { ExitCodeSink } from '../run';

export function registerJournal(program: Command, io: CliIo, _sink: ExitCodeSink): void {
  program
    .command('journal')
    .description('Patterns across your interviews: outcomes, how recoveries went, what keeps going badly')
    .option('--json', 'print the patterns as JSON')
    .action(async (flags: { json?: boolean }) => {
      const debriefs = await withStore(io, async (s) => {
        const rows = await s.store.listInterviews(s.userId);
        const interviews = await Promise.all(rows.map((r) => s.store.getInterview(s.userId, r.id)));
        return interviews.flatMap((i) => (i ? [i.debrief] : []));
      });
      const patterns = findPatterns(debriefs);
      io.stdout(
        flags.json
          ? `${JSON.stringify(patterns, null, 2)}\n`
          : renderPatterns(patterns, debriefs.length, io.isTTY),
      );
    });
}

function renderPatterns(p: Patterns, count: number, isColour: boolean): string {
  const c = createColors(isColour);
  if (count === 0) return 'No interviews yet. After the next one: rebound new\n';
  const out = [c.bold(`Across your ${count} interview${count === 1 ? '' : 's'}`)];
  out.push(
    `  Outcomes: ${OUTCOMES.filter((o) => p.outcomes[o] > 0)
      .map((o) => `${o} ${p.outcomes[o]}`)
      .join(', ')}`,
  );
  if (p.recoveries.total) {
    out.push(
      `  Recoveries: ${p.recoveries.total}, of which ${p.recoveries.reachedNextRound} led to a next round or an offer`,
    );
  }
  if (p.troubleKinds.length) {
    out.push('', c.bold('  What keeps going badly'));
    for (const k of p.troubleKinds.slice(0, 5)) out.push(`    ${String(k.count).padStart(3)}  ${k.label}`);
  }
  if (p.troubleQuestions.length) {
    out.push('', c.bold('  Questions to prepare for next time'));
    for (const q of p.troubleQuestions.slice(0, 8))
      out.push(`    ${String(q.count).padStart(3)}  ${q.question}`);
  }
  return `${out.join('\n')}\n`;
}
