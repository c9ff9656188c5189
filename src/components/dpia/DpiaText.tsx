import type { ComponentChildren } from 'preact';
import type { DpiaParts } from '../../lib/dpia/path';
import { TextField } from '../form/TextField';

/** Where each DPIA part keeps its unsaved text (the draft's form name) and what the restore notice calls it. */
const DRAFT_OF: Record<keyof DpiaParts, { form: string; what: string }> = {
  screening: { form: 'dpia-vurdering', what: 'vurderingen av om dere trenger en DPIA' },
  description: { form: 'beskrivelse', what: 'beskrivelsen' },
  necessity: { form: 'nodvendighet', what: 'nødvendighetsvurderingen' },
  consultation: { form: 'medvirkning', what: 'medvirkning og råd' },
  signOff: { form: 'godkjenning', what: 'godkjenningen' },
};

/**
 * A text field in a DPIA part, on the save policy (TextField): the text is
 * kept as a draft while it is typed and saved by `onCommit` after
 * a pause, when the field is left and when the page is hidden.
 */
export function DpiaText(props: {
  /** The assessment's id. */
  assessment: string;
  /** The part the text belongs to (where its draft is kept). */
  part: keyof DpiaParts;
  /** The field's name in the draft, unique within the part (e.g. `purpose`, `<item id>.note`). */
  field: string;
  id: string;
  label: string;
  value: string;
  /** A textarea (up to 20 000 characters) instead of a one-line input (up to 500). */
  multiline?: boolean;
  /** Instead of the default for the kind of field. */
  maxLength?: number;
  describedBy?: string;
  /** Shown between the label and the field (a hint `describedBy` points to). */
  intro?: ComponentChildren;
  /** Shown after the field. */
  children?: ComponentChildren;
  /** Saves the text (with useDpia's save); false when it was refused. `final`: the field was left or the page hidden. */
  onCommit: (text: string, final: boolean) => boolean;
}) {
  const { form, what } = DRAFT_OF[props.part];
  return (
    <TextField
      key={props.assessment}
      id={props.id}
      label={props.label}
      value={props.value}
      multiline={props.multiline}
      maxLength={props.maxLength ?? (props.multiline ? 20000 : 500)}
      describedBy={props.describedBy}
      intro={props.intro}
      draft={{ form, id: props.assessment, field: props.field, what }}
      onCommit={props.onCommit}
    >
      {props.children}
    </TextField>
  );
}
