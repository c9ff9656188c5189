/**
 * Unsaved form text, kept under `some-veilederen:v1:utkast:<form>:<id>` while
 * it is typed, so a reload, a navigation or a closed tab loses nothing. A
 * draft is removed when its text is saved in the assessment (or submitted).
 *
 * `beforeunload` warns only when something would really be lost: text that
 * could not be written to storage (blocked or full) and is not saved yet.
 */
import { atom } from 'nanostores';
import { applicableFields, draftKey, parseDraft, type Draft } from '../lib/workspace/drafts';
import { keys, now, read, remove, write } from './io';
import { notify } from './notices';

/** Fields (`<key>#<field>`) whose text lives only in this tab's memory. */
const unsaved = atom<ReadonlySet<string>>(new Set());

function markUnsaved(tag: string, lost: boolean) {
  const set = unsaved.get();
  if (set.has(tag) === lost) return;
  const next = new Set(set);
  if (lost) next.add(tag);
  else next.delete(tag);
  unsaved.set(next);
  syncBeforeUnload(next.size > 0);
}

let warning = false;
function onBeforeUnload(event: BeforeUnloadEvent) {
  // The browser asks the user with its own text.
  event.preventDefault();
}
function syncBeforeUnload(on: boolean) {
  if (typeof window === 'undefined' || on === warning) return;
  warning = on;
  if (on) window.addEventListener('beforeunload', onBeforeUnload);
  else window.removeEventListener('beforeunload', onBeforeUnload);
}

/** A form's stored draft, or null (also for a stored value that is not a valid draft). */
export function readDraft(form: string, id: string): Draft | null {
  const key = draftKey(form, id);
  return key ? parseDraft(read(key)) : null;
}

/** The ids of a form's stored drafts, the one typed into last first. */
export function draftIds(form: string): string[] {
  const prefix = draftKey(form, 'x')?.slice(0, -1);
  if (!prefix) return [];
  return keys()
    .filter((k) => k.startsWith(prefix))
    .flatMap((k) => {
      const draft = parseDraft(read(k));
      return draft ? [{ id: k.slice(prefix.length), at: draft.at }] : [];
    })
    .sort((a, b) => b.at.localeCompare(a.at))
    .map((d) => d.id);
}

/** Keeps one field's unsaved text; `base` is the field's saved value it was typed over. */
export function keepDraft(form: string, id: string, field: string, text: string, base: string): void {
  const key = draftKey(form, id);
  if (!key) return;
  const draft = parseDraft(read(key)) ?? { at: '', fields: {}, base: {} };
  const next: Draft = {
    at: now().toISOString(),
    fields: { ...draft.fields, [field]: text },
    base: { ...draft.base, [field]: draft.fields[field] !== undefined ? (draft.base[field] ?? base) : base },
  };
  markUnsaved(`${key}#${field}`, !write(key, JSON.stringify(next)));
}

/** Forgets one field's draft (its text is saved) or, without `field`, the whole form's. */
export function dropDraft(form: string, id: string, field?: string): void {
  const key = draftKey(form, id);
  if (!key) return;
  const draft = parseDraft(read(key));
  if (field !== undefined && draft) {
    const { [field]: _gone, ...fields } = draft.fields;
    const { [field]: _base, ...base } = draft.base;
    if (Object.keys(fields).length > 0) write(key, JSON.stringify({ ...draft, fields, base }));
    else remove(key);
    markUnsaved(`${key}#${field}`, false);
    return;
  }
  remove(key);
  for (const tag of unsaved.get()) if (tag.startsWith(`${key}#`)) markUnsaved(tag, false);
}

/**
 * The draft fields of a form that still apply to what is saved now, and a
 * notice (once per form) that they were put back.
 */
export function restoreDraft(form: string, id: string, saved: Record<string, string>, what: string): Record<string, string> {
  const draft = readDraft(form, id);
  if (!draft) return {};
  const fields = applicableFields(draft, saved);
  if (Object.keys(fields).length > 0) {
    notify(
      'draft-restored',
      `${form}:${id}`,
      'info',
      `Det dere skrev eller endret i ${what}, men ikke hadde lagret da siden ble lukket eller lastet på nytt, er satt inn igjen.`,
    );
  }
  return fields;
}
