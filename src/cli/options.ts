import { isIsoDateTimeWithOffset } from '../core/time/iso';
import { CliError } from './cli-error';
import type { CliIo } from './io';

/** `--now`: an ISO 8601 instant with offset, else the clock. */
export function parseNow(value: string | undefined, io: CliIo): Date {
  if (value === undefined) return io.now();
  if (!isIsoDateTimeWithOffset(value)) {
    throw new CliError(
      `--now: expected an ISO 8601 date-time with offset, like 2026-11-20T14:00:00-05:00, got "${value}"`,
    );
  }
  return new Date(value);
}
