import { SelectField } from '../form/Field';

/** «Hva registrerer dere?»: a new entry, or a correction (or completion) of an entry already in an append-only log. */
export function CorrectionSelect<T extends { id: string }>(props: {
  id: string;
  entries: readonly T[];
  value: string;
  error?: string;
  newLabel: string;
  entryLabel: (entry: T, index: number) => string;
  /** The entry chosen, or undefined for a new one. */
  onPick: (entry: T | undefined) => void;
}) {
  return (
    <SelectField
      id={props.id}
      label="Hva registrerer dere?"
      value={props.value}
      error={props.error}
      options={[{ value: '', label: props.newLabel }, ...props.entries.map((e, i) => ({ value: e.id, label: props.entryLabel(e, i) }))]}
      onChange={(id) => props.onPick(props.entries.find((e) => e.id === id))}
    />
  );
}
