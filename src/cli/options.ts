import { CliError } from './cli-error';
import type { CliIo } from './io';

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** `--now`: an ISO 8601 instant with offset, else the clock. */
export function parseNow(value: string | undefined, io: CliIo): Date {
  if (value === undefined) return io.now();
  if (!ISO_WITH_OFFSET.test(value) || Number.isNaN(Date.parse(value))) {
    throw new CliError(
      `--now: expected an ISO 8601 date-time with offset, like 2026-11-20T14:00:00-05:00, got "${value}"`,
    );
  }
  return new Date(value);
}
