import type { ComponentChildren } from 'preact';

/** A hint shown with a field; the control's aria-describedby points to it. */
export interface FieldHint {
  id: string;
  text: ComponentChildren;
  /** Show the hint between the label and the control (default: after the control). */
  before?: boolean;
}

/** The id of a field's error message. */
export const errorIdOf = (id: string) => `${id}-error`;

/** The aria-describedby of a control: its hint and, when there is one, its error. */
export function describedBy(id: string, error?: string, hintId?: string): string | undefined {
  return [hintId, error ? errorIdOf(id) : undefined].filter(Boolean).join(' ') || undefined;
}

/** A field's error message (nothing when there is no error). */
export function FieldError({ id, error }: { id: string; error?: string }) {
  return error ? (
    <p id={errorIdOf(id)} class="form-error">
      {error}
    </p>
  ) : null;
}

interface InputFieldProps {
  id: string;
  label: ComponentChildren;
  value: string;
  onInput: (value: string) => void;
  error?: string;
  hint?: FieldHint;
  /** A textarea with this many rows, instead of an input. */
  rows?: number;
  type?: 'text' | 'date' | 'url' | 'email';
  placeholder?: string;
  autoComplete?: string;
  maxLength?: number;
  required?: boolean;
}

/**
 * A controlled text field for a form that is saved on submit: label, input or
 * textarea, hint and error, with aria-describedby and aria-invalid set.
 * (Text saved straight into the assessment uses TextField.)
 */
export function InputField(props: InputFieldProps) {
  const { id, error, hint } = props;
  const control = {
    id,
    value: props.value,
    placeholder: props.placeholder,
    maxLength: props.maxLength,
    required: props.required,
    'aria-describedby': describedBy(id, error, hint?.id),
    'aria-invalid': error ? ('true' as const) : undefined,
    onInput: (e: Event) => props.onInput((e.currentTarget as HTMLInputElement).value),
  };
  const hintText = hint ? (
    <p id={hint.id} class="field-hint">
      {hint.text}
    </p>
  ) : null;
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      {hint?.before && hintText}
      {props.rows ? <textarea rows={props.rows} {...control} /> : <input type={props.type ?? 'text'} autoComplete={props.autoComplete} {...control} />}
      {!hint?.before && hintText}
      <FieldError id={id} error={error} />
    </div>
  );
}

interface SelectFieldProps {
  id: string;
  label: ComponentChildren;
  value: string;
  options: readonly { value: string; label: string }[];
  onChange: (value: string) => void;
  error?: string;
}

/** A labelled drop-down list with its error. */
export function SelectField(props: SelectFieldProps) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <select
        id={props.id}
        value={props.value}
        aria-describedby={describedBy(props.id, props.error)}
        onChange={(e) => props.onChange((e.currentTarget as HTMLSelectElement).value)}
      >
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldError id={props.id} error={props.error} />
    </div>
  );
}

/** The list of what stops a form from being saved, read out when it appears. */
export function ErrorSummary({ title, errors }: { title: string; errors: readonly string[] }) {
  if (errors.length === 0) return null;
  return (
    <div class="form-error form-summary" role="alert">
      <p>{title}</p>
      <ul>
        {errors.map((e) => (
          <li key={e}>{e}</li>
        ))}
      </ul>
    </div>
  );
}
