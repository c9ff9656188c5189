import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { dropDraft, keepDraft, restoreDraft } from '../../stores/drafts';
import { COMMIT_DELAY_MS } from './save-policy';

/** Where a field's unsaved text is kept: the tool (`form`), the assessment (`id`) and the field. */
export interface DraftPlace {
  form: string;
  id: string;
  field: string;
  /** Where the text was typed, for the notice, e.g. «risikovurderingen». */
  what: string;
}

export interface TextFieldProps {
  id: string;
  label: string;
  /** The saved value. */
  value: string;
  multiline?: boolean;
  type?: string;
  maxLength?: number;
  /** A blank value is not committed while typing; leaving the field commits it (the parent says why it is refused). */
  required?: boolean;
  describedBy?: string;
  draft?: DraftPlace;
  /** Shown between the label and the field, e.g. a hint the field's aria-describedby points to. */
  intro?: ComponentChildren;
  /** Shown after the field, e.g. a hint the field's aria-describedby points to. */
  children?: ComponentChildren;
  /** Saves the text; false when it was refused. `final` is true when the field is left or the page hidden. */
  onCommit: (value: string, final: boolean) => boolean;
}

/**
 * A text input or textarea that follows the save policy (save-policy.ts):
 * it keeps what is typed as a draft, commits it after a pause, on blur and
 * on `pagehide`, and puts back a draft a reload interrupted. While the user
 * is typing, a new saved value (from another tab) does not replace the text.
 */
export function TextField(props: TextFieldProps) {
  const [text, setText] = useState(props.value);
  // `settled`: false after a commit while typing, until the field is left (then the parent may tidy the text, e.g. trim it).
  const latest = useRef({ text: props.value, dirty: false, settled: true, props });
  latest.current.props = props;
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const commit = (final: boolean) => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const state = latest.current;
    const { value, draft, required, onCommit } = state.props;
    if (final && !state.dirty && !state.settled) {
      state.settled = true;
      onCommit(state.text, true);
      return;
    }
    if (!state.dirty) return;
    if (state.text === value && (!final || state.settled)) {
      state.dirty = false;
      if (draft) dropDraft(draft.form, draft.id, draft.field);
      return;
    }
    if (!final && required && state.text.trim() === '') return;
    if (onCommit(state.text, final)) {
      state.dirty = false;
      state.settled = final;
      if (draft) dropDraft(draft.form, draft.id, draft.field);
    } else if (final) {
      // Refused when leaving the field: show the saved value again (the parent said why).
      state.dirty = false;
      state.text = value;
      setText(value);
      if (draft) dropDraft(draft.form, draft.id, draft.field);
    }
  };

  const change = (next: string) => {
    const state = latest.current;
    state.text = next;
    state.dirty = true;
    setText(next);
    const { draft, value } = state.props;
    if (draft) keepDraft(draft.form, draft.id, draft.field, next, value);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => commit(false), COMMIT_DELAY_MS);
  };

  // A new saved value replaces the text only when nothing unsaved is typed.
  useEffect(() => {
    if (latest.current.dirty) return;
    latest.current.text = props.value;
    setText(props.value);
  }, [props.value]);

  // Text a reload interrupted: put it back and commit it.
  useEffect(() => {
    const { draft, value } = latest.current.props;
    if (!draft) return;
    const restored = restoreDraft(draft.form, draft.id, { [draft.field]: value }, draft.what)[draft.field];
    if (restored !== undefined) {
      latest.current.text = restored;
      latest.current.dirty = true;
      setText(restored);
      commit(false);
    }
  }, []);

  useEffect(() => {
    const onHide = () => commit(true);
    window.addEventListener('pagehide', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      commit(true);
    };
  }, []);

  const common = {
    id: props.id,
    value: text,
    maxLength: props.maxLength,
    'aria-describedby': props.describedBy,
    onInput: (e: Event) => change((e.currentTarget as HTMLInputElement).value),
    onBlur: () => commit(true),
  };
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      {props.intro}
      {props.multiline ? <textarea {...common} /> : <input type={props.type ?? 'text'} autoComplete="off" {...common} />}
      {props.children}
    </div>
  );
}
