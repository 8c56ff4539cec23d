import type { Command } from 'commander';
import type { Debrief } from '../../core/debrief/schema';
import { assessDebrief, buildPlan, zoneOf, type Plan } from '../../core/plan';
import { readDebrief } from '../input';
import type { CliIo } from '../io';
import { parseNow } from '../options';
import type { ExitCodeSink } from '../run';
import { renderPlan } from '../render-plan';

export function registerPlan(program: Command, io: CliIo, _sink: ExitCodeSink): void {
  program
    .command('plan')
    .description('Reality check and recovery plan for a debrief (a JSON file, or - for stdin)')
    .argument('<file>', 'the debrief JSON file, or - to read standard input')
    .option('--now <iso>', 'the current time as ISO 8601 with offset (default: the clock)')
    .option('--json', 'print the plan as JSON (contract section 2)')
    .action(async (file: string, opts: { now?: string; json?: boolean }) => {
      const now = parseNow(opts.now, io);
      const debrief = await readDebrief(io, file);
      const plan = buildPlan(debrief, now, { zoneOffsets: io.zoneOffsets });
      io.stdout(opts.json ? `${JSON.stringify(plan, null, 2)}\n` : renderPlanReport(debrief, plan, now, io));
    });
}

function renderPlanReport(debrief: Debrief, plan: Plan, now: Date, io: CliIo): string {
  return renderPlan({
    debrief,
    plan,
    assessment: assessDebrief(debrief),
    nowMs: now.getTime(),
    zone: zoneOf(debrief),
    zoneOffsets: io.zoneOffsets,
    isColour: io.isTTY,
  });
}
