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
import type { MethodBand, Pattern, RiskMethod } from './method-schema';

export * from './method-schema';

export const PATTERN_LABEL: Record<Pattern, string> = {
  ingen: 'Ensfarget',
  prikker: 'Prikker',
  striper: 'Skråstriper',
  ruter: 'Ruter',
  bolger: 'Tverrstriper',
};
/** A symbol per pattern, for tags in running text and print. */
export const PATTERN_SYMBOL: Record<Pattern, string> = { ingen: '○', prikker: '◐', striper: '●', ruter: '▦', bolger: '▤' };

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
