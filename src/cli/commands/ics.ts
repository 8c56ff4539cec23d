import type { Command } from 'commander';
import { buildPlan } from '../../core/plan';
import { CliError } from '../cli-error';
import type { CliIo } from '../io';
import { requireInterview, withStore } from '../open-store';
import { parseNow } from '../options';
import type { ExitCodeSink } from '../run';

/** How long each reminder blocks in the calendar. */
const EVENT_MINUTES = 15;

export function registerIcs(program: Command, io: CliIo, _sink: ExitCodeSink): void {
  program
    .command('ics')
    .description('Calendar reminders (.ics): one event with an alarm per open step of the plan')
    .argument('<id>', 'the interview id (see rebound list)')
    .option('--out <file>', 'write to this file instead of standard output')
    .option('--now <iso>', 'the current time as ISO 8601 with offset (default: the clock)')
    .action(async (id: string, flags: { out?: string; now?: string }) => {
      const now = parseNow(flags.now, io);
      const { interview, progress } = await withStore(io, async (s) => ({
        interview: await requireInterview(s, id),
        progress: await s.store.getProgress(s.userId, id),
      }));
      const { debrief } = interview;
      const finished = new Set(progress.map((p) => p.actionType));
      const open = buildPlan(debrief, now, { zoneOffsets: io.zoneOffsets }).actions.filter(
        (a) => !finished.has(a.type),
      );
      if (!open.length) {
        io.stderr('Every step of the plan is done or skipped: there is nothing to remind you of.\n');
        return;
      }
      // Bundled, so this import() is a lazy require: only `ics` runs pay for the library.
      const { createEvents } = await import('ics');
      const about = `${debrief.role} at ${debrief.company}`;
      const { error, value } = createEvents(
        open.map((a) => {
          const title = `${sentenceOf(a.type)}: ${about}`;
          return {
            // Stable per interview and step, so importing again updates the events instead of duplicating them.
            uid: `${id}-${a.type}@rebound`,
            productId: 'rebound/ics',
            calName: `Rebound: ${about}`,
            start: Date.parse(a.due),
            startInputType: 'utc' as const,
            startOutputType: 'utc' as const,
            duration: { minutes: EVENT_MINUTES },
            title,
            description: `${a.why}\n\nrebound show ${id}`,
            categories: ['Rebound'],
            // Absolute: the library writes a zero relative trigger as an invalid `-PT`.
            alarms: [{ action: 'display' as const, description: title, trigger: Date.parse(a.due) }],
          };
        }),
      );
      if (error || !value)
        throw new CliError(`ics: could not build the calendar (${error?.message ?? 'no output'})`, 70);
      if (flags.out === undefined) io.stdout(value);
      else {
        await io.writeFile(flags.out, value);
        io.stdout(`Wrote ${open.length} reminder${open.length === 1 ? '' : 's'} to ${flags.out}\n`);
      }
    });
}

/** `recovery-email` → `Recovery email`. */
function sentenceOf(type: string): string {
  const words = type.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
