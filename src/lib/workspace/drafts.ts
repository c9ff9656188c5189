/**
 * Drafts: text typed into a form and not yet saved in the assessment. They are
 * kept under their own versioned keys, `some-veilederen:v1:utkast:<form>:<id>`
 * (v1 is the version of the draft format, not of the data format), so a
 * reload, a navigation or a closed tab loses nothing. Pure: keys and strings
 * in, validated drafts out.
 */
import { ROOT } from './root';

const DRAFT_PREFIX = `${ROOT}v1:utkast:`;

/** One form's unsaved text, field by field. */
export interface Draft {
  /** When it was last typed into (ISO). */
  at: string;
  /** The unsaved text of each field. */
  fields: Record<string, string>;
  /** Each field's saved value when typing began: the draft is only offered while that is still the saved value. */
  base: Record<string, string>;
}

const SAFE = /^[A-Za-z0-9_.-]{1,120}$/;
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
const safeName = (name: string) => SAFE.test(name) && !FORBIDDEN.has(name);

/** The key of a form's draft, or null when the form or id is not a safe name. */
export function draftKey(form: string, id: string): string | null {
  return safeName(form) && safeName(id) ? `${DRAFT_PREFIX}${form}:${id}` : null;
}

const MAX_TEXT = 100_000;
const isTextRecord = (v: unknown): v is Record<string, string> =>
  typeof v === 'object' &&
  v !== null &&
  !Array.isArray(v) &&
  Object.entries(v).every(([k, t]) => safeName(k) && typeof t === 'string' && t.length <= MAX_TEXT);

/** Reads a stored draft; anything that is not a valid draft gives null. */
export function parseDraft(raw: string | null): Draft | null {
  if (raw === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { at, fields, base } = value as Record<string, unknown>;
  if (typeof at !== 'string' || Number.isNaN(Date.parse(at)) || !isTextRecord(fields) || !isTextRecord(base)) return null;
  return { at, fields, base };
}

/** The fields of a draft that still apply: typed on top of what is saved now, and different from it. */
export function applicableFields(draft: Draft, saved: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [field, text] of Object.entries(draft.fields)) {
    const now = saved[field];
    if (now === undefined || text === now) continue;
    if ((draft.base[field] ?? '') !== now) continue;
    out[field] = text;
  }
  return out;
}
