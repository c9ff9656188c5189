/**
 * Recognises a legal provision written by the user: an act (or regulation) and
 * a section, e.g. «kommuneloven § 4-1» or «lov om kommuner og fylkeskommuner
 * § 4-1». Text without a recognisable act AND section («vet ikke»,
 * «kommuneloven», «§ 4-1») is never accepted as a supplementary legal basis.
 * It checks the form only: whether the provision covers the purpose and is
 * clear enough is the municipality's own assessment (art. 6 nr. 3). Pure.
 */

export type Recognised = { ok: true; act: string; section: string } | { ok: false; reason: string };

/** A section: «§ 4-1», «§4-1», «§ 13 a», «§§ 4-1 og 4-2», «paragraf 4-1». */
const SECTION = /(?:§§?|\bparagraf)\s*(\d+(?:\s?[a-z])?(?:\s*-\s*\d+(?:\s?[a-z])?)?)/iu;
/** An act: a word ending in -loven/-lova/-lov, «lov om …», «forskrift …», or a Lovdata id. */
const ACT =
  /(\p{L}[\p{L}-]*lov(?:en|a)?(?![\p{L}])|\blov\s+(?:om|av)\s+\p{L}[\p{L}\s,-]*?(?=\s*(?:§|\bparagraf\b|$))|\bforskrift\b[\p{L}\s,-]*?(?=\s*(?:§|\bparagraf\b|$))|\b(?:LOV|FOR)-\d{4}-\d{2}-\d{2}-\d+\b)/iu;

export function recogniseProvision(text: string): Recognised {
  const value = text.replace(/\s+/g, ' ').trim();
  if (value === '') return { ok: false, reason: 'Skriv loven og paragrafen, for eksempel «kommuneloven § 4-1».' };
  const section = SECTION.exec(value);
  const act = ACT.exec(value);
  if (!act && !section)
    return { ok: false, reason: 'Teksten nevner verken en lov eller en paragraf. Skriv for eksempel «kommuneloven § 4-1».' };
  if (!act) return { ok: false, reason: 'Skriv hvilken lov paragrafen står i, for eksempel «kommuneloven».' };
  if (!section) return { ok: false, reason: 'Skriv hvilken paragraf i loven dere bygger på, for eksempel «§ 4-1».' };
  return { ok: true, act: act[1].trim(), section: `§ ${section[1].replace(/\s+/g, ' ').trim()}` };
}
