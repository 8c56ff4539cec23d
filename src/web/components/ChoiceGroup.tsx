import { fieldId } from './Field';

type Option<T extends string> = { value: T; label: string; hint?: string };

type ChoiceGroupProps<T extends string> = {
  legend: string;
  path: string;
  name: string;
  value: T | '';
  options: readonly Option<T>[];
  errors: Record<string, string>;
  onChange: (value: T) => void;
  hint?: string;
};

/**
 * A set of radio buttons in a fieldset with its legend; arrow keys move between choices.
 *
 * @example
 * <ChoiceGroup legend="Do you still want this job?" path="wantJob" name="wantJob" value={v} options={...} errors={errors} onChange={set} />
 */
export function ChoiceGroup<T extends string>(props: ChoiceGroupProps<T>) {
  const id = fieldId(props.path);
  const error = props.errors[props.path];
  return (
    <fieldset
      className={`choices${error ? ' field--error' : ''}`}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <legend>{props.legend}</legend>
      {props.hint && <p className="hint">{props.hint}</p>}
      <div className="choices-row">
        {props.options.map((o, i) => (
          <label key={o.value} className="choice">
            <input
              type="radio"
              name={props.name}
              value={o.value}
              checked={props.value === o.value}
              onChange={() => props.onChange(o.value)}
              {...(i === 0 ? { id } : {})}
            />
            <span>
              {o.label}
              {o.hint && <small>{o.hint}</small>}
            </span>
          </label>
        ))}
      </div>
      {error && (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
