import type { ComponentChildren, Ref } from 'preact';

/** A hint shown with a field; the control's aria-describedby points to it. */
interface FieldHint {
  id: string;
  text: ComponentChildren;
  /** Show the hint between the label and the control (default: after the control). */
  before?: boolean;
}

/** The id of a field's error message. */
const errorIdOf = (id: string) => `${id}-error`;

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
  type?: 'text' | 'search' | 'date' | 'url' | 'email';
  placeholder?: string;
  autoComplete?: string;
  maxLength?: number;
  required?: boolean;
  inputMode?: 'numeric' | 'text';
  /** The id of a datalist with suggestions (given as children). */
  list?: string;
  /** Instead of the field's own hint and error: what the control is described by (an error shown elsewhere). */
  describedBy?: string;
  /** Marks the control invalid when its error is shown elsewhere. */
  invalid?: boolean;
  class?: string;
  /** A ref to the input (not used with `rows`), e.g. to focus it when the form opens. */
  inputRef?: Ref<HTMLInputElement>;
  children?: ComponentChildren;
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
    'aria-describedby': props.describedBy ?? describedBy(id, error, hint?.id),
    'aria-invalid': error || props.invalid ? ('true' as const) : undefined,
    onInput: (e: Event) => props.onInput((e.currentTarget as HTMLInputElement).value),
  };
  const hintText = hint ? (
    <p id={hint.id} class="field-hint">
      {hint.text}
    </p>
  ) : null;
  return (
    <div class={props.class ? `field ${props.class}` : 'field'}>
      <label for={id}>{props.label}</label>
      {hint?.before && hintText}
      {props.rows ? (
        <textarea rows={props.rows} {...control} />
      ) : (
        <input
          ref={props.inputRef}
          type={props.type ?? 'text'}
          autoComplete={props.autoComplete}
          inputMode={props.inputMode}
          list={props.list}
          {...control}
        />
      )}
      {props.children}
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
  /** Instead of the field's own error: what the control is described by. */
  describedBy?: string;
  /** Shown after the list, e.g. the hint `describedBy` points to. */
  children?: ComponentChildren;
}

/** A labelled drop-down list with its error. */
export function SelectField(props: SelectFieldProps) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <select
        id={props.id}
        value={props.value}
        aria-describedby={props.describedBy ?? describedBy(props.id, props.error)}
        onChange={(e) => props.onChange(e.currentTarget.value)}
      >
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {props.children}
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

/** The end of a form that is sent: why saving failed (read out), and the submit button. */
export function SubmitRow({ error, label }: { error: string; label: string }) {
  return (
    <>
      {error && (
        <p class="form-error" role="alert">
          {error}
        </p>
      )}
      <div class="actions">
        <button type="submit" class="button">
          {label}
        </button>
      </div>
    </>
  );
}
