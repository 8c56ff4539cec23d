import type { Command } from 'commander';
import { createColors } from 'picocolors';
import { checkMessage, type CheckResult } from '../../core/check';
import type { Debrief } from '../../core/debrief/schema';
import { composeDraft, draftAsMessage, type Draft } from '../../core/draft';
import { MESSAGE_TYPES, type MessageType } from '../../core/plan/types';
import { CliError } from '../cli-error';
import { readDebrief } from '../input';
import type { CliIo } from '../io';
import { renderFindings } from '../render-findings';
import type { ExitCodeSink } from '../run';

export function registerDraft(program: Command, io: CliIo, _sink: ExitCodeSink): void {
  program
    .command('draft')
    .description('Draft a message from a debrief (a JSON file, or - for stdin), then check it')
    .argument('<debrief>', 'the debrief JSON file, - to read standard input, or a stored interview id')
    .option('--type <type>', `the message to draft: ${MESSAGE_TYPES.join(', ')}`)
    .option('--json', 'print the draft as JSON (contract section 4)')
    .action(async (source: string, opts: { type?: string; json?: boolean }) => {
      // Validate the option before reading anything, so a typo fails fast and names the fix.
      const type = parseMessageType(opts.type);
      const debrief = await loadDebrief(io, source);
      const draft = composeDraft(debrief, type, { zoneOffsets: io.zoneOffsets });
      if (opts.json) {
        const { kind, purpose, subject, text } = draft;
        io.stdout(`${JSON.stringify({ type, kind, purpose, subject, text }, null, 2)}\n`);
        return;
      }
      const check = checkMessage(draftAsMessage(draft), {
        kind: draft.kind,
        purpose: draft.purpose,
        context: debrief,
      });
      io.stdout(renderDraftReport(draft, check, io.isTTY));
    });
}

/** `--type`: one of the message types, named in the error when missing or misspelled. */
export function parseMessageType(value: string | undefined): MessageType {
  if (value !== undefined && (MESSAGE_TYPES as readonly string[]).includes(value))
    return value as MessageType;
  const got = value === undefined ? 'it is missing' : `got "${value}"`;
  throw new CliError(`--type: expected one of ${MESSAGE_TYPES.join(', ')}; ${got}`);
}

/** Interview ids as the store makes them; anything else is read as a file name. */
const STORED_ID = /^[A-Za-z0-9_-]{4,40}$/;

/**
 * Where the debrief comes from: stdin (`-`), a file, or else a stored interview's id
 * (`rebound draft ID`). A file of that name wins, so nothing a person saved is shadowed.
 */
async function loadDebrief(io: CliIo, source: string): Promise<Debrief> {
  try {
    return await readDebrief(io, source);
  } catch (e) {
    const isMissingFile = e instanceof CliError && /no such file/.test(e.message);
    if (!isMissingFile || !STORED_ID.test(source)) throw e;
  }
  // Loaded only here: the store (and its native driver) stays out of file-based drafting.
  const { requireInterview, withStore } = await import('../open-store');
  const interview = await withStore(io, (s) => requireInterview(s, source));
  return interview.debrief;
}

/** The draft as the person will send it, then what the checker says about it. */
function renderDraftReport(draft: Draft, check: CheckResult, isColour: boolean): string {
  const c = createColors(isColour);
  const line = c.dim('─'.repeat(60));
  const heading = c.bold(`Check (${draft.kind}, ${draft.purpose}):`);
  return `${line}\n${draftAsMessage(draft).trimEnd()}\n${line}\n${heading}\n${renderFindings({ result: check, isColour })}`;
}
