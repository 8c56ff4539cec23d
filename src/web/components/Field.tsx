import type { ReactNode } from 'react';

/** The id of the control for a debrief path, e.g. `mishaps[0].kind` → `f-mishaps-0-kind`. */
export function fieldId(path: string): string {
  return `f-${path.replace(/[^A-Za-z0-9]+/g, '-').replace(/-$/, '')}`;
}

export type ControlProps = {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby': string | undefined;
};

type FieldProps = {
  label: string;
  /** The debrief path the server names in its issues; its error shows right under the control. */
  path: string;
  errors: Record<string, string>;
  hint?: string;
  children: (props: ControlProps) => ReactNode;
};

/**
 * A labelled control with its hint and its error, wired for screen readers.
 *
 * @example
 * <Field label="Company" path="company" errors={errors}>{(p) => <input {...p} value={v} onChange={...} />}</Field>
 */
export function Field({ label, path, errors, hint, children }: FieldProps) {
  const id = fieldId(path);
  const error = errors[path];
  const described =
    [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {children({ id, 'aria-invalid': Boolean(error), 'aria-describedby': described })}
      {error && (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
