import type { Command } from 'commander';
import { OUTCOMES } from '../../core/debrief/enums';
import { buildPlan } from '../../core/plan';
import { oneOfOption } from '../cli-error';
import type { CliIo } from '../io';
import { valueOf, withStore } from '../open-store';
import { parseNow } from '../options';
import type { ExitCodeSink } from '../run';

const MESSAGES: Record<(typeof OUTCOMES)[number], string> = {
  pending: 'Back to waiting: the plan is as before.',
  'next-round': 'A next round: well done. Your answer bank is ready for it: rebound answers',
  offer: 'An offer: congratulations. Keep the lessons for next time: rebound lessons',
  rejected: 'A no. It is worth asking what would strengthen a future application: see rebound show',
  silence: 'Silence is common; the plan keeps the one follow-up that is still appropriate.',
};

export function registerOutcome(program: Command, io: CliIo, _sink: ExitCodeSink): void {
  program
    .command('outcome')
    .description(`Record how it ended: ${OUTCOMES.filter((o) => o !== 'pending').join(', ')} (or pending)`)
    .argument('<id>', 'the interview id (see rebound list)')
    .argument('<outcome>', OUTCOMES.join(', '))
    .option('--now <iso>', 'the current time as ISO 8601 with offset (default: the clock)')
    .action(async (id: string, value: string, flags: { now?: string }) => {
      const outcome = oneOfOption('OUTCOME', value, OUTCOMES);
      const now = parseNow(flags.now, io);
      const { debrief } = await withStore(
        io,
        async (s) => valueOf(await s.store.setOutcome(s.userId, id, outcome), 'OUTCOME'),
        { now },
      );
      const plan = buildPlan(debrief, now, { zoneOffsets: io.zoneOffsets });
      io.stdout(
        `Outcome: ${outcome}. ${MESSAGES[outcome]}\nPlan now: ${plan.actions.map((a) => a.type).join(', ')}\n`,
      );
    });
}
