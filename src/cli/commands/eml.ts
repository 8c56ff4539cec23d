import type { Command } from 'commander';
import { MESSAGE_TYPES } from '../../core/plan/types';
import { oneOfOption } from '../cli-error';
import type { CliIo } from '../io';
import { requireInterview, withStore } from '../open-store';
import { parseNow } from '../options';
import type { ExitCodeSink } from '../run';

/** The messages that can go out as email (a call script cannot). */
export const EML_TYPES = MESSAGE_TYPES.filter((t) => t !== 'call');

export function registerEml(program: Command, io: CliIo, _sink: ExitCodeSink): void {
  program
    .command('eml')
    .description('A ready-to-send email (.eml) for your mail client: your saved draft, or a fresh one')
    .argument('<id>', 'the interview id (see rebound list)')
    .requiredOption('--type <type>', `which message: ${EML_TYPES.join(', ')}`)
    .option('--out <file>', 'write to this file instead of standard output')
    .option('--now <iso>', 'the date of the message, ISO 8601 with offset (default: the clock)')
    .action(async (id: string, flags: { type: string; out?: string; now?: string }) => {
      const type = oneOfOption('--type', flags.type, EML_TYPES);
      const now = parseNow(flags.now, io);
      const { interview, drafts } = await withStore(io, async (s) => ({
        interview: await requireInterview(s, id),
        drafts: await s.store.getDrafts(s.userId, id),
      }));
      const { debrief } = interview;
      // The person's own edited version wins over a freshly composed one.
      const saved = drafts.find((d) => d.type === type);
      const draft =
        saved ??
        (await import('../../core/draft')).composeDraft(debrief, type, {
          zoneOffsets: io.zoneOffsets,
        });
      const subject = draft.subject ?? `Following up on the ${debrief.role} role at ${debrief.company}`;
      const candidate = debrief.candidate;
      const { buildEml } = await import('../../exports/eml');
      const message = await buildEml({
        to: {
          name: debrief.interviewer.name,
          ...(debrief.interviewer.email ? { email: debrief.interviewer.email } : {}),
        },
        ...(candidate?.email ? { from: { name: candidate.name ?? '', email: candidate.email } } : {}),
        subject,
        text: draft.text,
        date: now,
      });
      if (!debrief.interviewer.email) {
        io.stderr(
          `The debrief has no email for ${debrief.interviewer.name}: add the address in your mail client.\n`,
        );
      }
      if (flags.out === undefined) io.stdout(message);
      else {
        await io.writeFile(flags.out, message);
        io.stdout(
          `Wrote ${flags.out}: open it in your mail client, review, send, then run rebound contact ${id} --type email\n`,
        );
      }
    });
}
