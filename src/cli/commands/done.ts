import type { Command } from 'commander';
import { buildPlan, zoneOf } from '../../core/plan';
import { ACTION_TYPES } from '../../core/plan/types';
import { CliError, oneOfOption } from '../cli-error';
import { formatDue } from '../format-time';
import type { CliIo } from '../io';
import { requireInterview, valueOf, withStore } from '../open-store';
import { parseNow } from '../options';
import type { ExitCodeSink } from '../run';

type DoneFlags = { skip?: boolean; undo?: boolean; at?: string; now?: string };

export function registerDone(program: Command, io: CliIo, _sink: ExitCodeSink): void {
  program
    .command('done')
    .description('Mark a step of the plan done (or skipped with --skip, or not yet with --undo)')
    .argument('<id>', 'the interview id (see rebound list)')
    .argument('<action>', `the plan step: ${ACTION_TYPES.join(', ')}`)
    .option('--skip', 'mark it skipped instead of done')
    .option('--undo', 'clear the mark: the step is open again')
    .option('--at <iso>', 'when it was done, as ISO 8601 with offset (default: now)')
    .option('--now <iso>', 'the current time as ISO 8601 with offset (default: the clock)')
    .action(async (id: string, action: string, flags: DoneFlags) => {
      const type = oneOfOption('ACTION', action, ACTION_TYPES);
      if (flags.skip && flags.undo) throw new CliError('--skip and --undo: choose one');
      const now = parseNow(flags.now, io);
      const at = flags.at === undefined ? now : parseAt(flags.at);
      const state = flags.undo ? null : flags.skip ? 'skipped' : 'done';
      const { debrief, progress } = await withStore(
        io,
        async (s) => {
          const interview = await requireInterview(s, id);
          const marked = valueOf(await s.store.setActionState(s.userId, id, type, state, at), 'ACTION');
          return { debrief: interview.debrief, progress: marked };
        },
        { now },
      );
      const plan = buildPlan(debrief, now, { zoneOffsets: io.zoneOffsets });
      const finished = new Set(progress.map((p) => p.actionType));
      const verb = state === null ? 'open again' : state;
      const notInPlan = plan.actions.some((a) => a.type === type) ? '' : ' (it is not in the current plan)';
      const next = plan.actions.find((a) => !finished.has(a.type));
      io.stdout(
        `${type}: ${verb}${notInPlan}.\n` +
          (next
            ? `Next: ${next.type}, ${formatDue(next.due, now.getTime(), zoneOf(debrief), io.zoneOffsets)}\n`
            : 'Every step of the plan is done.\n'),
      );
      if (
        state === 'done' &&
        ['recovery-email', 'thank-you-email', 'expansive-letter', 'call'].includes(type)
      ) {
        const contactType = type === 'call' ? 'call' : type === 'expansive-letter' ? 'letter' : 'email';
        if (!debrief.contacts.length)
          io.stderr(`Sent it? Log it so the plan holds off: rebound contact ${id} --type ${contactType}\n`);
      }
    });
}

function parseAt(value: string): Date {
  const ms = Date.parse(value);
  if (
    !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/.test(value) ||
    Number.isNaN(ms)
  ) {
    throw new CliError(
      `--at: expected an ISO 8601 date-time with offset, like 2026-11-20T17:10:00-05:00, got "${value}"`,
    );
  }
  return new Date(ms);
}
