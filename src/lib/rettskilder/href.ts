/**
 * Links to register entries for islands and components, with the intranet base
 * path (import.meta.env.BASE_URL, e.g. "/personvern/some/"). Pure.
 *
 *   articleHref(35)                      -> "/personvern/some/gdpr/artikkel-35/"
 *   articleHref('art. 6 nr. 1 bokstav f') -> "/personvern/some/gdpr/artikkel-6/"
 *   registerEntry('lover/arkivlova')     -> { id, href: "/personvern/some/lover/arkivlova/" }
 *
 * Both return undefined for a source the register has no entry for.
 */
import { REGISTER_IDS } from './ids';
import { findReferences, gdprId } from './recognise';

const ids = new Set<string>(REGISTER_IDS);

function baseUrl(base?: string): string {
  const value = base ?? import.meta.env?.BASE_URL ?? '/';
  return value.endsWith('/') ? value : `${value}/`;
}

export function registerEntry(id: string, base?: string): { id: string; href: string } | undefined {
  const clean = id.replace(/^\/+|\/+$/g, '');
  if (!ids.has(clean)) return undefined;
  return { id: clean, href: `${baseUrl(base)}${clean}/` };
}

/** A GDPR article number, or any reference the recogniser understands ("art. 35 nr. 2", "6(1)(f)", "C-311/18", "arkivlova"). */
export function articleHref(ref: number | string, base?: string): string | undefined {
  if (typeof ref === 'number') return registerEntry(gdprId(ref), base)?.href;
  const trimmed = ref.trim();
  if (/^\d{1,2}$/.test(trimmed)) return registerEntry(gdprId(Number(trimmed)), base)?.href;
  const first = findReferences(trimmed, (id) => ids.has(id))[0];
  return first ? registerEntry(first.id, base)?.href : undefined;
}
