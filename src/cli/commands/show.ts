import type { Command } from 'commander';
import { createColors } from 'picocolors';
import { assessDebrief, buildPlan, zoneOf } from '../../core/plan';
import { formatDue } from '../format-time';
import type { CliIo } from '../io';
import { requireInterview, withStore } from '../open-store';
import { parseNow } from '../options';
import { renderPlan } from '../render-plan';
import type { ExitCodeSink } from '../run';

export function registerShow(program: Command, io: CliIo, _sink: ExitCodeSink): void {
  program
    .command('show')
    .description('A stored interview: the reality check, the plan with live due times, and what is done')
    .argument('<id>', 'the interview id (see rebound list)')
    .option('--now <iso>', 'the current time as ISO 8601 with offset (default: the clock)')
    .option('--json', 'print {id, debrief, plan, progress, drafts} as JSON')
    .action(async (id: string, flags: { now?: string; json?: boolean }) => {
      const now = parseNow(flags.now, io);
      const { interview, progress, drafts } = await withStore(io, async (s) => ({
        interview: await requireInterview(s, id),
        progress: await s.store.getProgress(s.userId, id),
        drafts: await s.store.getDrafts(s.userId, id),
      }));
      // The plan is rebuilt at every look: contacts and the outcome in the debrief feed rules 2 and 11.
      const { debrief } = interview;
      const plan = buildPlan(debrief, now, { zoneOffsets: io.zoneOffsets });
      if (flags.json) {
        io.stdout(`${JSON.stringify({ id, debrief, plan, progress, drafts }, null, 2)}\n`);
        return;
      }
      const zone = zoneOf(debrief);
      const c = createColors(io.isTTY);
      const lines = [
        c.dim(
          `Interview ${id}, ${debrief.interviewAt.slice(0, 16).replace('T', ' ')}; outcome: ${debrief.outcome}`,
        ),
        renderPlan({
          debrief,
          plan,
          assessment: assessDebrief(debrief),
          nowMs: now.getTime(),
          zone,
          zoneOffsets: io.zoneOffsets,
          isColour: io.isTTY,
          progress: new Map(progress.map((p) => [p.actionType, p.state])),
        }).trimEnd(),
      ];
      if (debrief.contacts.length) {
        lines.push('', c.bold('Contacts made'));
        for (const contact of debrief.contacts) {
          lines.push(
            `  ${contact.type.padEnd(6)} ${formatDue(contact.at, now.getTime(), zone, io.zoneOffsets)}${contact.note ? `  ${contact.note}` : ''}`,
          );
        }
      }
      if (drafts.length) {
        lines.push('', c.bold('Your saved drafts'));
        for (const d of drafts) lines.push(`  ${d.type}${d.subject ? `: ${d.subject}` : ''}`);
      }
      const next = plan.actions.find((a) => !progress.some((p) => p.actionType === a.type));
      if (next) lines.push('', c.dim(`Done with a step? rebound done ${id} ${next.type}`));
      io.stdout(`${lines.join('\n')}\n`);
    });
}
