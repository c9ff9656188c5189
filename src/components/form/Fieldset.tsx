import type { ComponentChildren } from 'preact';
import { describedBy, FieldError } from './Field';

interface FieldsetProps {
  /** The fieldset's id; it can take focus (tabIndex -1) so a form can move focus to it on an error. */
  id: string;
  legend: ComponentChildren;
  error?: string;
  hintId?: string;
  /** Replaces the default look (a borderless group laid out like a field). */
  class?: string;
  children: ComponentChildren;
}

/** A group of controls under one legend, with the group's error after them. */
export function Fieldset(props: FieldsetProps) {
  return (
    <fieldset
      class={props.class ?? 'field field-group'}
      id={props.id}
      tabIndex={-1}
      aria-describedby={describedBy(props.id, props.error, props.hintId)}
      aria-invalid={props.error ? 'true' : undefined}
    >
      <legend>{props.legend}</legend>
      {props.children}
      <FieldError id={props.id} error={props.error} />
    </fieldset>
  );
}

export interface RadioOption<T> {
  value: T;
  label: ComponentChildren;
  /** Shown under the option's label. */
  description?: ComponentChildren;
}

interface RadioGroupProps<T> {
  /** The fieldset's id, and the radios' name. */
  id: string;
  legend: ComponentChildren;
  options: readonly RadioOption<T>[];
  value: T | undefined;
  onChange: (value: T) => void;
  error?: string;
  hintId?: string;
  class?: string;
  children?: ComponentChildren;
}

/** One choice among a few, as radio buttons under a legend. */
export function RadioGroup<T extends string | boolean | null>(props: RadioGroupProps<T>) {
  return (
    <Fieldset id={props.id} legend={props.legend} error={props.error} hintId={props.hintId} class={props.class}>
      {props.children}
      {props.options.map((o) => (
        <label key={String(o.value)} class="field-radio">
          <input type="radio" name={props.id} value={String(o.value)} checked={props.value === o.value} onChange={() => props.onChange(o.value)} />{' '}
          {o.label}
          {o.description !== undefined && <span class="field-radio__description">{o.description}</span>}
        </label>
      ))}
    </Fieldset>
  );
}
