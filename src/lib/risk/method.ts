/**
 * A risk method as data: the municipality's own scales for likelihood and
 * consequence, a band for every cell of the matrix, what each band means for
 * management (the acceptance criterion), and which band counts as «høy» for
 * the art. 36 rule. Datatilsynet sets no fixed scales and the method is not
 * tied to the law; Digdir and NSM publish examples that each organisation
 * adapts. The two ready-made methods here are the site's own examples.
 *
 * Validated with the model's own validator (check.ts) plus the rules a schema
 * cannot state (matrix size, known band ids). Pure TypeScript: no DOM.
 */
import * as v from '../model/check';
import type { Infer } from '../model/check';

export const MIN_STEPS = 3;
export const MAX_STEPS = 6;
export const MIN_BANDS = 2;
export const MAX_BANDS = 5;

/** Patterns a band can have, so its meaning is never shown by colour alone. */
export const PATTERNS = ['ingen', 'prikker', 'striper', 'ruter', 'bolger'] as const;
export type Pattern = (typeof PATTERNS)[number];
export const PATTERN_LABEL: Record<Pattern, string> = {
  ingen: 'Ensfarget',
  prikker: 'Prikker',
  striper: 'Skråstriper',
  ruter: 'Ruter',
  bolger: 'Tverrstriper',
};
/** A symbol per pattern, for tags in running text and print. */
export const PATTERN_SYMBOL: Record<Pattern, string> = { ingen: '○', prikker: '◐', striper: '●', ruter: '▦', bolger: '▤' };

const name = v.string(80, 'Navnet er for langt (over 80 tegn).');
const description = v.string(1_000, 'Beskrivelsen er for lang (over 1 000 tegn).');
const bandId = v.matching(/^[a-z0-9-]{1,32}$/, 'Ugyldig id for nivået (små bokstaver a–z, tall og -, høyst 32 tegn).');

const scaleStep = v.object({ name, description });
const methodBand = v.object({
  id: bandId,
  name,
  /** Background colour as #rrggbb; the text colour is chosen for contrast (textColourFor). */
  colour: v.matching(/^#[0-9a-fA-F]{6}$/, 'Ugyldig farge (forventet #rrggbb, for eksempel #f7c8c4).'),
  pattern: v.picklist(PATTERNS, 'Ukjent mønster (ingen, prikker, striper, ruter eller bolger).'),
  /** What the band means for management: when a risk in it can be accepted. */
  criterion: v.string(1_000, 'Akseptkriteriet er for langt (over 1 000 tegn).'),
});
export const riskMethod = v.object({
  id: v.matching(/^[A-Za-z0-9_-]{1,64}$/, 'Ugyldig id for metoden (bare bokstaver, tall, - og _, høyst 64 tegn).'),
  name,
  /** Where the method comes from and how to read it. */
  description,
  likelihood: v.array(scaleStep, MAX_STEPS),
  consequence: v.array(scaleStep, MAX_STEPS),
  /** Ordered from the lowest band to the highest. */
  bands: v.array(methodBand, MAX_BANDS),
  /** matrix[likelihood − 1][consequence − 1] is the id of the cell's band. */
  matrix: v.array(v.array(bandId, MAX_STEPS), MAX_STEPS),
  /** The lowest band that counts as «høy» for the art. 36 rule (it and every band above it). */
  highBand: bandId,
});

export type ScaleStep = Infer<typeof scaleStep>;
export type MethodBand = Infer<typeof methodBand>;
export type RiskMethod = Infer<typeof riskMethod>;

export type MethodResult = { ok: true; method: RiskMethod } | { ok: false; message: string };

const where = (path: (string | number)[]) => {
  const parts = path.map((p) => (typeof p === 'number' ? `nr. ${p + 1}` : p));
  return parts.length ? `${parts.join(' › ')}: ` : '';
};

/**
 * Checks a method: the schema, then what the schema cannot say (3–6 steps,
 * 2–5 bands with unique ids, a known band in every cell of a full matrix, a
 * known «høy» band, names filled in). A Norwegian message on the first fault.
 */
export function validateMethod(value: unknown): MethodResult {
  const checked = v.check(riskMethod, value);
  if (!checked.ok) return { ok: false, message: `${where(checked.problem.path)}${checked.problem.message}` };
  const m = checked.value;
  if (m.name.trim() === '') return { ok: false, message: 'Metoden må ha et navn.' };
  for (const [axis, label] of [
    ['likelihood', 'Sannsynlighetsskalaen'],
    ['consequence', 'Konsekvensskalaen'],
  ] as const) {
    const steps = m[axis];
    if (steps.length < MIN_STEPS || steps.length > MAX_STEPS) {
      return { ok: false, message: `${label} må ha fra ${MIN_STEPS} til ${MAX_STEPS} trinn (fant ${steps.length}).` };
    }
    const blank = steps.findIndex((s) => s.name.trim() === '');
    if (blank >= 0) return { ok: false, message: `${label}: trinn ${blank + 1} mangler navn.` };
  }
  if (m.bands.length < MIN_BANDS || m.bands.length > MAX_BANDS) {
    return { ok: false, message: `Metoden må ha fra ${MIN_BANDS} til ${MAX_BANDS} nivåer (fant ${m.bands.length}).` };
  }
  const ids = new Set<string>();
  for (const band of m.bands) {
    if (ids.has(band.id)) return { ok: false, message: `Nivået «${band.id}» finnes to ganger. Hvert nivå må ha sin egen id.` };
    if (band.name.trim() === '') return { ok: false, message: `Nivået «${band.id}» mangler navn.` };
    ids.add(band.id);
  }
  if (!ids.has(m.highBand)) return { ok: false, message: `Nivået som regnes som høyt («${m.highBand}»), finnes ikke blant nivåene.` };
  if (m.matrix.length !== m.likelihood.length) {
    return { ok: false, message: `Matrisen må ha én rad per sannsynlighetstrinn (${m.likelihood.length}), men har ${m.matrix.length}.` };
  }
  for (let l = 0; l < m.matrix.length; l++) {
    const row = m.matrix[l];
    if (row.length !== m.consequence.length) {
      return {
        ok: false,
        message: `Matrisens rad for sannsynlighet ${l + 1} må ha én rute per konsekvenstrinn (${m.consequence.length}), men har ${row.length}.`,
      };
    }
    const unknown = row.findIndex((id) => !ids.has(id));
    if (unknown >= 0) {
      return {
        ok: false,
        message: `Ruten sannsynlighet ${l + 1}, konsekvens ${unknown + 1} viser til et ukjent nivå («${row[unknown]}»).`,
      };
    }
  }
  return { ok: true, method: m };
}

/* ---------- Lookup ---------- */

/** The band of a cell (likelihood and consequence from 1), or null outside the matrix or unassessed. */
export function bandAt(method: RiskMethod, likelihood: number | null, consequence: number | null): MethodBand | null {
  if (likelihood === null || consequence === null) return null;
  const id = method.matrix[likelihood - 1]?.[consequence - 1];
  return id === undefined ? null : (method.bands.find((b) => b.id === id) ?? null);
}

/** The position of a band from the lowest (0), or −1 for an unknown id. */
export function bandRank(method: RiskMethod, bandId: string): number {
  return method.bands.findIndex((b) => b.id === bandId);
}

/** Whether a band counts as «høy» for the art. 36 rule: the method's high band or any band above it. */
export function isHighBand(method: RiskMethod, bandId: string | null): boolean {
  if (bandId === null) return false;
  const rank = bandRank(method, bandId);
  return rank >= 0 && rank >= bandRank(method, method.highBand);
}

/**
 * Whether a residual rating is high for the art. 36 rule. The decision rules
 * call this with the method the assessment was made with; no fixed number.
 */
export function residualIsHigh(method: RiskMethod, likelihood: number | null, consequence: number | null): boolean {
  return isHighBand(method, bandAt(method, likelihood, consequence)?.id ?? null);
}

/** The band of a band id, or null. */
export function bandById(method: RiskMethod, bandId: string | null): MethodBand | null {
  return bandId === null ? null : (method.bands.find((b) => b.id === bandId) ?? null);
}

/** A dark or light text colour for a band's background, whichever has the higher contrast. */
export function textColourFor(hex: string): string {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const lum = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  // Contrast with black is (lum + 0.05) / 0.05, with white 1.05 / (lum + 0.05).
  return (lum + 0.05) / 0.05 >= 1.05 / (lum + 0.05) ? '#111111' : '#ffffff';
}

/** The cells whose band differs between two methods of the same size, for the preview of a change. */
export function cellsThatMove(from: RiskMethod, to: RiskMethod): { likelihood: number; consequence: number; from: string; to: string }[] {
  const out: { likelihood: number; consequence: number; from: string; to: string }[] = [];
  for (let l = 1; l <= to.likelihood.length; l++) {
    for (let c = 1; c <= to.consequence.length; c++) {
      const a = bandAt(from, l, c);
      const b = bandAt(to, l, c);
      if (b && a?.name !== b.name) out.push({ likelihood: l, consequence: c, from: a?.name ?? 'utenfor skalaen', to: b.name });
    }
  }
  return out;
}
