import type { Command } from 'commander';
import { createColors } from 'picocolors';
import { offsetOf } from '../../core/time/zone';
import type { InterviewSummary } from '../../store/types';
import { CliError } from '../cli-error';
import { formatDue } from '../format-time';
import type { CliIo } from '../io';
import { withStore } from '../open-store';
import { parseNow } from '../options';
import type { ExitCodeSink } from '../run';

/** Rows per page: a screenful. */
const PAGE_SIZE = 20;

type ListFlags = { page?: string; limit?: string; all?: boolean; json?: boolean; now?: string };

export function registerList(program: Command, io: CliIo, _sink: ExitCodeSink): void {
  program
    .command('list')
    .description('Your interviews, most recent first: id, company, role, date and the next action due')
    .option('--page <n>', 'which page of results to show (default 1)')
    .option('--limit <n>', `rows per page (default ${PAGE_SIZE})`)
    .option('--all', 'show every interview on one page')
    .option('--json', 'print {total, offset, interviews: [...]} as JSON')
    .option('--now <iso>', 'the current time as ISO 8601 with offset (default: the clock)')
    .action(async (flags: ListFlags) => {
      const now = parseNow(flags.now, io);
      const limit = flags.all ? undefined : positiveInteger('--limit', flags.limit, PAGE_SIZE);
      const page = positiveInteger('--page', flags.page, 1);
      const offset = limit === undefined ? 0 : (page - 1) * limit;
      if (flags.json) {
        const { rows, total } = await withStore(io, async ({ store, userId }) => ({
          rows: await store.listInterviews(userId, { ...(limit === undefined ? {} : { limit }), offset }),
          total: await store.countInterviews(userId),
        }));
        io.stdout(`${JSON.stringify({ total, offset, interviews: rows }, null, 2)}\n`);
        return;
      }
      // One row more than the page tells whether there is a next page without counting them all.
      const rows = await withStore(io, ({ store, userId }) =>
        store.listInterviews(userId, { ...(limit === undefined ? {} : { limit: limit + 1 }), offset }),
      );
      const hasMore = limit !== undefined && rows.length > limit;
      const shown = hasMore ? rows.slice(0, limit) : rows;
      io.stdout(renderList(shown, { hasMore, offset, page, nowMs: now.getTime(), io }));
    });
}

function positiveInteger(option: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d{1,9}$/.test(value) || Number(value) < 1) {
    throw new CliError(`${option}: expected a whole number of at least 1, got "${value}"`);
  }
  return Number(value);
}

function renderList(
  rows: readonly InterviewSummary[],
  v: { hasMore: boolean; offset: number; page: number; nowMs: number; io: CliIo },
): string {
  const c = createColors(v.io.isTTY);
  if (rows.length === 0 && v.offset === 0) return 'No interviews yet. Record one with: rebound new\n';
  if (rows.length === 0) return `No interviews on page ${v.page}: rebound list shows the first page.\n`;
  const table = rows.map((r) => [
    r.id,
    r.company,
    r.role,
    r.interviewAt.slice(0, 16).replace('T', ' '),
    r.outcome === 'pending'
      ? nextLabel(r, v.nowMs, v.io)
      : `${r.outcome}${r.nextAction ? `; ${nextLabel(r, v.nowMs, v.io)}` : ''}`,
  ]);
  const header = ['ID', 'COMPANY', 'ROLE', 'DATE', 'NEXT'];
  const widths = header.map((h, i) =>
    Math.min(i === 1 || i === 2 ? 28 : 40, Math.max(h.length, ...table.map((t) => t[i]!.length))),
  );
  const cell = (s: string, i: number) =>
    s.length > widths[i]! ? `${s.slice(0, widths[i]! - 1)}…` : s.padEnd(widths[i]!);
  const line = (cells: string[]) => cells.map((s, i) => (i === cells.length - 1 ? s : cell(s, i))).join('  ');
  const out = [c.bold(line(header)), ...table.map(line)];
  if (v.hasMore || v.offset > 0) {
    const more = v.hasMore ? ` Next page: rebound list --page ${v.page + 1}` : '';
    out.push(c.dim(`Showing ${v.offset + 1}–${v.offset + rows.length}.${more}`));
  }
  return `${out.join('\n')}\n`;
}

function nextLabel(r: InterviewSummary, nowMs: number, io: CliIo): string {
  if (!r.nextAction) return 'all done';
  const due = r.nextAction.due;
  return `${r.nextAction.type}, ${formatDue(due, nowMs, offsetOf(due), io.zoneOffsets)}`;
}
