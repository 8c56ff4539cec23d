import type { Command } from 'commander';
import { checkMessageWithinLimit, hasErrorFinding, MESSAGE_KINDS, PURPOSES } from '../../core/check';
import { CliError, EXIT, oneOfOption } from '../cli-error';
import { readDebrief, readInput } from '../input';
import type { CliIo } from '../io';
import { renderFindings } from '../render-findings';
import type { ExitCodeSink } from '../run';

type CheckFlags = { kind?: string; purpose?: string; context?: string; json?: boolean };

export function registerCheck(program: Command, io: CliIo, sink: ExitCodeSink): void {
  program
    .command('check')
    .description('Check a message (a file, or - for stdin) against the note rules')
    .argument('<file>', 'the message as plain text, or - to read standard input')
    .option('--kind <kind>', `what the message is: ${MESSAGE_KINDS.join(', ')} (default: email)`)
    .option('--purpose <purpose>', `what it is for: ${PURPOSES.join(', ')} (default: recovery)`)
    .option('--context <debrief>', 'the debrief JSON, for personalization and whether an apology is owed')
    .option('--json', 'print {kind, findings, stats} as JSON (contract section 1)')
    .action(async (file: string, flags: CheckFlags) => {
      // Options first: bad usage must fail before anything is read.
      const kind = flags.kind === undefined ? 'email' : oneOfOption('--kind', flags.kind, MESSAGE_KINDS);
      const purpose =
        flags.purpose === undefined ? 'recovery' : oneOfOption('--purpose', flags.purpose, PURPOSES);
      if (flags.context === '-' && file === '-') {
        throw new CliError('--context: the debrief and the message cannot both come from standard input');
      }
      const context = flags.context === undefined ? null : await readDebrief(io, flags.context);
      const text = await readInput(io, file);
      const checked = checkMessageWithinLimit(text, { kind, purpose, context });
      if (!checked.ok) throw CliError.from(checked.error, file === '-' ? 'stdin' : file);
      const result = checked.value;
      io.stdout(
        flags.json
          ? `${JSON.stringify({ kind: result.kind, findings: result.findings, stats: result.stats }, null, 2)}\n`
          : renderFindings({ result, source: file === '-' ? undefined : file, isColour: io.isTTY }),
      );
      sink.code = hasErrorFinding(result) ? EXIT.findings : EXIT.ok;
    });
}
