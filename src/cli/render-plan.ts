import { createColors } from 'picocolors';
import { MISHAP_KIND_LABELS } from '../core/debrief/enums';
import type { Debrief } from '../core/debrief/schema';
import { ACTION_LABELS, assessSelf, type Assessment, type Plan } from '../core/plan';
import type { ZoneOffsets } from '../core/time/zone';
import { formatDue } from './format-time';

const HEADLINES: Record<Plan['verdict'], string> = {
  recover: 'Some of this is worth fixing, and it can be fixed.',
  fine: 'It went better than it felt: nothing the interviewer would have noticed needs fixing.',
  withdraw: 'This is not the job for you, and knowing that is worth something.',
  closed: 'The decision is made. What is left is to close well and keep what you learned.',
};

/** Wraps text to a width with an indent, so long explanations stay readable in a terminal. */
function wrap(text: string, indent: string, width = 88): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && indent.length + line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.map((l) => indent + l).join('\n');
}

export type PlanView = {
  debrief: Debrief;
  plan: Plan;
  assessment: Assessment;
  nowMs: number;
  zone: string;
  zoneOffsets: ZoneOffsets;
  isColour: boolean;
  /** Action types already done or skipped, when the interview is stored. */
  progress?: ReadonlyMap<string, 'done' | 'skipped'>;
};

/** The human report: the reality check first, then the plan with due times in the person's zone. */
export function renderPlan(v: PlanView): string {
  const c = createColors(v.isColour);
  const { debrief: d, plan } = v;
  const out: string[] = [];
  out.push(c.bold(`Reality check: ${d.role} at ${d.company}, with ${d.interviewer.name}`));
  out.push(wrap(HEADLINES[plan.verdict], '  '));
  out.push('');

  const addressed = new Set(plan.address);
  const toAddress = v.assessment.mishaps.filter((m) => addressed.has(m.mishap.id));
  const points = d.missedPoints.filter((p) => addressed.has(p.id));
  if (toAddress.length || points.length) {
    out.push(c.yellow('  Worth addressing'));
    for (const m of toAddress) {
      out.push(
        `    ${c.bold(m.mishap.id)}  ${MISHAP_KIND_LABELS[m.mishap.kind]}${m.mishap.note ? `: ${m.mishap.note}` : ''}`,
      );
      out.push(c.dim(wrap(m.reason, '        ')));
    }
    for (const p of points) {
      out.push(`    ${c.bold(p.id)}  The point you wish you had made: “${p.question}”`);
      if (p.evidence) out.push(c.dim(wrap(`Your proof: ${p.evidence}`, '        ')));
    }
  }
  const alone = v.assessment.mishaps.filter((m) => !addressed.has(m.mishap.id));
  if (alone.length) {
    out.push(c.green('  Leave alone'));
    for (const m of alone) {
      out.push(
        `    ${c.bold(m.mishap.id)}  ${MISHAP_KIND_LABELS[m.mishap.kind]}${m.mishap.note ? `: ${m.mishap.note}` : ''}`,
      );
      const reason =
        plan.verdict === 'withdraw' || plan.verdict === 'closed'
          ? 'With the decision made, there is no need to revisit it.'
          : m.reason;
      out.push(c.dim(wrap(reason, '        ')));
    }
  }
  if (d.strengths.length) {
    out.push(c.green('  What went right'));
    for (const s of d.strengths) out.push(`    + ${s}`);
  }
  out.push(c.bold('  Ask yourself'));
  for (const q of assessSelf(d)) {
    out.push(`    ${q.question.padEnd(44)} ${q.answer === 'yes' ? c.green(q.answer) : c.yellow(q.answer)}`);
    out.push(c.dim(wrap(q.advice, '        ')));
  }
  out.push('');
  out.push(c.bold('Your plan'));
  plan.actions.forEach((a, i) => {
    const state = v.progress?.get(a.type);
    const mark = state === 'done' ? c.green(' ✓ done') : state === 'skipped' ? c.dim(' – skipped') : '';
    const label = ACTION_LABELS[a.type];
    out.push(
      `  ${String(i + 1).padStart(2)}. ${c.bold(label.padEnd(26))} ${c.cyan(formatDue(a.due, v.nowMs, v.zone, v.zoneOffsets))}${mark}`,
    );
    out.push(c.dim(wrap(a.why, '      ')));
  });
  return `${out.join('\n')}\n`;
}
