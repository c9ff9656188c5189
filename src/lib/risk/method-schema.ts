/**
 * The shape of a risk method and its validator (see method.ts for what a method
 * is). On its own because the model's schema needs it to validate every stored
 * assessment, so it is part of what every tool page loads; the lookups and
 * display helpers in method.ts are loaded only by the pages that show bands.
 * Pure TypeScript: no DOM.
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
