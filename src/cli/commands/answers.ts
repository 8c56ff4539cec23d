import type { Command } from 'commander';
import type { Answer, NewAnswer } from '../../store/types';
import { CliError } from '../cli-error';
import type { CliIo } from '../io';
import type { Result } from '../../core/result';
import { requireInterview, withStore } from '../open-store';
import type { ExitCodeSink } from '../run';

type AnswerFlags = {
  add?: boolean;
  question?: string;
  answer?: string;
  evidence?: string;
  interview?: string;
  json?: boolean;
};

export function registerAnswers(program: Command, io: CliIo, _sink: ExitCodeSink): void {
  program
    .command('answers')
    .description('Your answer bank: rebuilt answers that follow you to the next interview; --add records one')
    .option('--add', 'record an answer (asked in a terminal, or from --question and --answer)')
    .option('--question <text>', 'the question it answers')
    .option('--answer <text>', 'your answer')
    .option('--evidence <text>', 'the proof behind it: a number, a project and its result')
    .option('--interview <id>', 'the interview where the question came up')
    .option('--json', 'print the answer bank as JSON')
    .action(async (flags: AnswerFlags) => {
      if (!flags.add && (flags.question ?? flags.answer ?? flags.evidence ?? flags.interview) !== undefined) {
        throw new CliError('--add: --question, --answer, --evidence and --interview go with --add');
      }
      const entry = flags.add ? await answerToAdd(flags, io) : null;
      const { added, answers } = await withStore(io, async (s) => {
        if (entry?.interviewId) await requireInterview(s, entry.interviewId);
        const added = entry ? answerOrExit(await s.store.addAnswer(s.userId, entry)) : null;
        return { added, answers: await s.store.listAnswers(s.userId) };
      });
      if (flags.json) io.stdout(`${JSON.stringify(added ?? answers, null, 2)}\n`);
      else if (added)
        io.stdout(
          `Kept answer ${added.id}. Your bank holds ${answers.length} answer${answers.length === 1 ? '' : 's'}.\n`,
        );
      else io.stdout(renderAnswers(answers));
    });
}

async function answerToAdd(flags: AnswerFlags, io: CliIo): Promise<NewAnswer> {
  let { question, answer, evidence } = flags;
  if ((question === undefined || answer === undefined) && io.isInteractive) {
    const { prompter } = await import('../prompts');
    const { input } = prompter;
    question ??= await input({ message: 'The question', required: true });
    answer ??= await input({ message: 'Your rebuilt answer', required: true });
    evidence ??=
      (await input({ message: 'The proof: a number, a project, a result (optional)' })) || undefined;
  }
  if (question === undefined) throw new CliError('--question: expected the question the answer is for');
  if (answer === undefined) throw new CliError('--answer: expected your answer');
  return { question, answer, evidence: evidence ?? null, interviewId: flags.interview ?? null };
}

function renderAnswers(answers: readonly Answer[]): string {
  if (!answers.length) return 'Your answer bank is empty. Add one: rebound answers --add\n';
  return `${answers
    .map((a) => `Q: ${a.question}\nA: ${a.answer}${a.evidence ? `\n   Proof: ${a.evidence}` : ''}`)
    .join('\n\n')}\n`;
}

/** The added answer, or exit 2 naming the option behind each bad field (`--answer: …`). */
function answerOrExit(result: Result<Answer>): Answer {
  if (result.ok) return result.value;
  const option = (path: string) => (path === 'interviewId' ? '--interview' : `--${path}`);
  throw new CliError(
    result.error.issues.map((i) => `${option(i.path)}: ${i.message}`).join('\n') || result.error.message,
  );
}
