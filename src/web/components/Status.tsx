import { describeError } from '../error-text';

/** A calm loading line. */
export function Loading({ what }: { what: string }) {
  return (
    <p className="muted" role="status">
      Loading {what}…
    </p>
  );
}

/** An error in words a person understands, announced to screen readers. */
export function ErrorNote({ error }: { error: unknown }) {
  return (
    <p className="error-note" role="alert">
      {describeError(error)}
    </p>
  );
}
