import type { ComponentChildren } from 'preact';
import { describedBy, FieldError } from './Field';

interface FieldsetProps {
  /** The fieldset's id; with one it can take focus (tabIndex -1), so a form can move focus to it on an error. */
  id?: string;
  legend: ComponentChildren;
  error?: string;
  hintId?: string;
  /** Replaces the default look (a borderless group laid out like a field). */
  class?: string;
  children: ComponentChildren;
}

/** A group of controls under one legend, with the group's error after them. */
export function Fieldset(props: FieldsetProps) {
  const { id } = props;
  return (
    <fieldset
      class={props.class ?? 'field field-group'}
      id={id}
      tabIndex={id ? -1 : undefined}
      aria-describedby={id ? describedBy(id, props.error, props.hintId) : props.hintId}
      aria-invalid={props.error ? 'true' : undefined}
    >
      <legend>{props.legend}</legend>
      {props.children}
      {id && <FieldError id={id} error={props.error} />}
    </fieldset>
  );
}

export interface RadioOption<T> {
  value: T;
  label: ComponentChildren;
}

interface RadioGroupProps<T> {
  /** The radios' name (and, without an id, nothing else). */
  name: string;
  /** The fieldset's id, for an error and for focus. */
  id?: string;
  legend: ComponentChildren;
  options: readonly RadioOption<T>[];
  value: T | undefined;
  onChange: (value: T) => void;
  error?: string;
  hintId?: string;
  class?: string;
  /** The class of each option's label (default: a block per option). */
  optionClass?: string;
  /** Shown after the options, e.g. a field that explains the choice. */
  children?: ComponentChildren;
}

/** One choice among a few, as radio buttons under a legend. */
export function RadioGroup<T extends string | boolean | null>(props: RadioGroupProps<T>) {
  return (
    <Fieldset id={props.id} legend={props.legend} error={props.error} hintId={props.hintId} class={props.class}>
      {props.options.map((o) => (
        <label key={String(o.value)} class={props.optionClass ?? 'field-radio'}>
          <input
            type="radio"
            name={props.name}
            value={String(o.value)}
            checked={props.value === o.value}
            onChange={() => props.onChange(o.value)}
          />
          {o.label}
        </label>
      ))}
      {props.children}
    </Fieldset>
  );
}
