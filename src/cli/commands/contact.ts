import type { Command } from 'commander';
import { CONTACT_TYPES } from '../../core/debrief/enums';
import { isIsoDateTimeWithOffset } from '../../core/time/iso';
import { buildPlan, zoneOf } from '../../core/plan';
import { formatInZone } from '../../core/time/zone';
import { CliError, oneOfOption } from '../cli-error';
import { formatDue } from '../format-time';
import type { CliIo } from '../io';
import { requireInterview, valueOf, withStore } from '../open-store';
import { parseNow } from '../options';
import type { ExitCodeSink } from '../run';

type ContactFlags = { type?: string; at?: string; note?: string; now?: string };

export function registerContact(program: Command, io: CliIo, _sink: ExitCodeSink): void {
  program
    .command('contact')
    .description('Log a message sent or a call made, so the plan knows (and never nags)')
    .argument('<id>', 'the interview id (see rebound list)')
    .requiredOption('--type <type>', `what it was: ${CONTACT_TYPES.join(', ')}`)
    .option('--at <iso>', 'when, as ISO 8601 with offset (default: now)')
    .option('--note <text>', 'a short note, e.g. what you sent')
    .option('--now <iso>', 'the current time as ISO 8601 with offset (default: the clock)')
    .action(async (id: string, flags: ContactFlags) => {
      const type = oneOfOption('--type', flags.type ?? '', CONTACT_TYPES);
      if (flags.at !== undefined && !isIsoDateTimeWithOffset(flags.at)) {
        throw new CliError(
          `--at: expected an ISO 8601 date-time with offset, like 2026-11-20T17:10:00-05:00, got "${flags.at}"`,
        );
      }
      const now = parseNow(flags.now, io);
      const updated = await withStore(
        io,
        async (s) => {
          const { debrief } = await requireInterview(s, id);
          const at = flags.at ?? formatInZone(now.getTime(), zoneOf(debrief), io.zoneOffsets);
          const contact = { type, at, ...(flags.note !== undefined ? { note: flags.note } : {}) };
          // --at is valid by now, so what the store can still refuse is the note.
          return valueOf(
            await s.store.addContact(s.userId, id, contact),
            flags.note !== undefined ? '--note' : undefined,
          );
        },
        { now },
      );
      const { debrief } = updated;
      const plan = buildPlan(debrief, now, { zoneOffsets: io.zoneOffsets });
      const wait = plan.actions.find((a) => a.type === 'wait');
      const lines = [
        `Logged: ${type} on ${debrief.contacts.at(-1)?.at} (${debrief.contacts.length} contact${debrief.contacts.length === 1 ? '' : 's'} so far).`,
      ];
      if (wait) {
        lines.push(
          `Now give them room: no more follow-ups until ${formatDue(wait.due, now.getTime(), zoneOf(debrief), io.zoneOffsets)}.`,
        );
      }
      io.stdout(`${lines.join('\n')}\n`);
    });
}
