import { useState } from 'preact/hooks';
import { dropDraft, keepDraft, restoreDraft } from '../../stores/drafts';

/** Where a form's unsaved text is kept, and how the notice names it (e.g. «skjemaet for beslutningsrunden»). */
export interface FormDraftPlace {
  form: string;
  id: string;
  what: string;
}

/**
 * The text fields of a form that is saved on submit (a decision round, an
 * account): what is typed is kept as a draft, so a reload or a navigation
 * loses nothing, and put back (with one notice) when the form opens again.
 * Call `clear()` after a successful submit or when the user discards the form,
 * and `replace()` to fill the form with something the user did not type.
 */
export function useFormDraft<T extends Record<string, string>>(place: FormDraftPlace, empty: T) {
  const [values, setValues] = useState<T>(() => ({ ...empty, ...restoreDraft(place.form, place.id, empty, place.what) }));
  const set = (field: keyof T & string, text: string) => {
    setValues((current) => ({ ...current, [field]: text }));
    keepDraft(place.form, place.id, field, text, empty[field] ?? '');
  };
  const clear = (next: T = empty) => {
    dropDraft(place.form, place.id);
    setValues(next);
  };
  /** Fills the whole form (e.g. with a record to correct): every field that differs from `empty` is kept as a draft. */
  const replace = (next: T) => {
    clear(next);
    for (const [field, text] of Object.entries(next))
      if (text !== empty[field]) keepDraft(place.form, place.id, field, text, empty[field] ?? '');
  };
  return { values, set, clear, replace };
}
