import type { Command } from 'commander';
import { buildPlan } from '../../core/plan';
import type { CliIo } from '../io';
import { requireInterview, withStore } from '../open-store';
import { parseNow } from '../options';
import type { ExitCodeSink } from '../run';

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
      const { buildIcs } = await import('../../exports/ics');
      // Stable per interview and step, so importing again updates the events instead of duplicating them.
      const value = buildIcs({ company: debrief.company, role: debrief.role, actions: open, uidPrefix: id });
      if (flags.out === undefined) io.stdout(value);
      else {
        await io.writeFile(flags.out, value);
        io.stdout(`Wrote ${open.length} reminder${open.length === 1 ? '' : 's'} to ${flags.out}\n`);
      }
    });
}
