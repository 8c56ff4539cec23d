import type { Command } from 'commander';
import { isIsoDateTimeWithOffset } from '../../core/time/iso';
import {
  FIT,
  MISHAP_KIND_LABELS,
  MISHAP_KINDS,
  NOTICED,
  SEVERITIES,
  WANT_JOB,
} from '../../core/debrief/enums';
import { parseDebrief } from '../../core/debrief/parse';
import { isKnownTimeZone, type Debrief, type DebriefInput } from '../../core/debrief/schema';
import { formatInZone } from '../../core/time/zone';
import { CliError } from '../cli-error';
import { readDebrief } from '../input';
import type { CliIo } from '../io';
import { valueOf, withStore } from '../open-store';
import type { ExitCodeSink } from '../run';

/** The three kinds of question the debrief asks; @inquirer/prompts in a terminal, scripted in tests. */
export type Prompter = {
  input(q: { message: string; default?: string; required?: boolean }): Promise<string>;
  select<T extends string>(q: {
    message: string;
    choices: { name: string; value: T }[];
    default?: T;
  }): Promise<T>;
  confirm(q: { message: string; default?: boolean }): Promise<boolean>;
};

export function registerNew(program: Command, io: CliIo, _sink: ExitCodeSink): void {
  program
    .command('new')
    .description('Record a new interview: a debrief asked question by question, or --from a JSON file')
    .option('--from <file>', 'the debrief as JSON (a file, or - for standard input) instead of questions')
    .option('--json', 'print {"id": ...} as JSON')
    .action(async (opts: { from?: string; json?: boolean }) => {
      let debrief: Debrief;
      if (opts.from !== undefined) {
        debrief = await readDebrief(io, opts.from);
      } else if (io.isInteractive) {
        const { prompter } = await import('../prompts');
        debrief = await askDebrief(prompter, io);
      } else {
        throw new CliError(
          '--from: expected a debrief JSON file (standard input is not a terminal, so no questions can be asked)',
        );
      }
      const created = await withStore(io, async (s) =>
        valueOf(await s.store.createInterview(s.userId, debrief)),
      );
      if (opts.json) io.stdout(`${JSON.stringify({ id: created.id })}\n`);
      else {
        io.stdout(`${created.id}\n`);
        if (io.isTTY)
          io.stderr(`Saved ${debrief.role} at ${debrief.company}. Your plan: rebound show ${created.id}\n`);
      }
    });
}

const optional = (s: string) => (s.trim() === '' ? undefined : s.trim());

/** Asks until the prompt returns a valid value for `check`, repeating its message when it does not. */
async function askValid(
  ask: Prompter,
  q: { message: string; default?: string; required?: boolean },
  check: (value: string) => string | null,
): Promise<string> {
  for (;;) {
    const value = await ask.input(q);
    const problem = check(value);
    if (problem === null) return value;
    q = { ...q, message: `${q.message} (${problem})` };
  }
}

/**
 * The debrief, asked in the order a person remembers the interview: who and when, how they feel
 * about the job, what went wrong, what they wish they had said, what went right.
 *
 * @example
 * const debrief = await askDebrief(await import('@inquirer/prompts'), io);
 */
export async function askDebrief(ask: Prompter, io: CliIo): Promise<Debrief> {
  // Read before anything formats a time: the CLI's zone offsets work by switching TZ.
  const systemZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const zone = systemZone && isKnownTimeZone(systemZone) ? systemZone : 'UTC';
  io.stderr('Take a breath. Record the interview while it is fresh; every answer can be changed later.\n');
  const company = await ask.input({ message: 'Company', required: true });
  const role = await ask.input({ message: 'Role', required: true });
  const interviewerName = await ask.input({ message: 'Interviewer’s name', required: true });
  const interviewerEmail = optional(await ask.input({ message: 'Interviewer’s email (optional)' }));
  const interviewerPhone = optional(await ask.input({ message: 'Interviewer’s phone (optional)' }));
  const nowIso = formatInZone(io.now().getTime() - 2 * 60 * 60 * 1000, zone, io.zoneOffsets);
  const interviewAt = await askValid(
    ask,
    { message: 'When did it start? (ISO 8601 with offset)', default: nowIso },
    (v) => (isIsoDateTimeWithOffset(v.trim()) ? null : 'like 2026-11-20T10:30-05:00'),
  );
  const minutes = await askValid(ask, { message: 'How long did it last, in minutes?', default: '60' }, (v) =>
    /^\d{1,4}$/.test(v.trim()) && Number(v) > 0 && Number(v) <= 1440 ? null : 'a whole number from 1 to 1440',
  );
  const wantJob = await ask.select({
    message: 'Do you still want this job?',
    choices: WANT_JOB.map((v) => ({ name: v, value: v })),
  });
  const fit = await ask.select({
    message: 'Did the job, the team and the interviewer seem a good fit?',
    choices: FIT.map((v) => ({ name: v, value: v })),
    default: 'unsure',
  });
  const expressedInterest = await ask.confirm({
    message: 'Did you tell them you want the job?',
    default: true,
  });

  const mishaps: NonNullable<DebriefInput['mishaps']> = [];
  while (
    await ask.confirm({
      message: mishaps.length ? 'Anything else go wrong?' : 'Did anything go wrong?',
      default: false,
    })
  ) {
    const kind = await ask.select({
      message: 'What kind of thing?',
      choices: MISHAP_KINDS.map((k) => ({ name: MISHAP_KIND_LABELS[k], value: k })),
    });
    const note = optional(await ask.input({ message: 'In a few words (optional)' }));
    const severity = await ask.select({
      message: 'How serious?',
      choices: SEVERITIES.map((v) => ({ name: v, value: v })),
    });
    const noticed = await ask.select({
      message: 'Could the interviewer have noticed?',
      choices: NOTICED.map((v) => ({ name: v, value: v })),
      default: 'unsure',
    });
    mishaps.push({ id: `m${mishaps.length + 1}`, kind, severity, noticed, ...(note ? { note } : {}) });
  }

  const missedPoints: NonNullable<DebriefInput['missedPoints']> = [];
  while (
    await ask.confirm({
      message: missedPoints.length
        ? 'Another point you wish you had made?'
        : 'Is there a point you wish you had made?',
      default: false,
    })
  ) {
    const question = await ask.input({ message: 'Which question was it about?', required: true });
    const wishISaid = optional(await ask.input({ message: 'What do you wish you had said? (optional)' }));
    const evidence = optional(
      await ask.input({ message: 'What proves it: a number, a project, a result? (optional)' }),
    );
    missedPoints.push({
      id: `p${missedPoints.length + 1}`,
      question,
      ...(wishISaid ? { wishISaid } : {}),
      ...(evidence ? { evidence } : {}),
    });
  }

  const strengths: string[] = [];
  for (;;) {
    const s = optional(
      await ask.input({
        message: strengths.length
          ? 'Anything else that went well? (empty to finish)'
          : 'What went well? (empty to skip)',
      }),
    );
    if (!s) break;
    strengths.push(s);
  }
  const candidateName = optional(await ask.input({ message: 'Your name, for the drafts (optional)' }));

  const input: DebriefInput = {
    company,
    role,
    interviewer: {
      name: interviewerName,
      ...(interviewerEmail ? { email: interviewerEmail } : {}),
      ...(interviewerPhone ? { phone: interviewerPhone } : {}),
    },
    interviewAt: interviewAt.trim(),
    ...(zone !== 'UTC' ? { timeZone: zone } : {}),
    durationMinutes: Number(minutes),
    wantJob,
    fit,
    expressedInterest,
    mishaps,
    missedPoints,
    strengths,
    ...(candidateName ? { candidate: { name: candidateName } } : {}),
  };
  const parsed = parseDebrief(input);
  if (!parsed.ok) throw CliError.from(parsed.error, 'debrief');
  return parsed.value;
}
