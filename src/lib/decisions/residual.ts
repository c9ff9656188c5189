/**
 * Residual risk ("restrisiko") of an assessment at a given moment, from its
 * risk register, on the site's bands (src/lib/risk/scoring.ts).
 *
 * For each risk the residual score (residual likelihood × residual consequence)
 * is used. Where the residual risk has not been assessed yet, the inherent
 * score is used instead — nothing has been documented that lowers it — and the
 * risk is counted in `withoutResidual` so the view can say so. A risk with
 * neither assessed is counted as `unassessed`.
 */
import type { Risk } from '../model/schema';
import { bandOf, type Band } from '../risk/scoring';
import type { RiskMethod } from '../risk/method';
import { CLASSIC_METHOD } from '../risk/method-presets';
import { residualOf } from '../risk/method-residual';

export interface ResidualRisk {
  lav: number;
  middels: number;
  hoy: number;
  /** The highest score counted, or null when no risk has a score. */
  highest: number | null;
  /** Risks without any score. */
  unassessed: number;
  /** Risks counted from their inherent score because the residual is not assessed. */
  withoutResidual: number;
}

export function residualRisk(
  risks: readonly Risk[],
  method: RiskMethod = CLASSIC_METHOD,
): ResidualRisk & { high: boolean; restsOnPlanned: boolean; highestBand?: string } {
  const out: ResidualRisk & { high: boolean; restsOnPlanned: boolean; highestBand?: string } = {
    lav: 0,
    middels: 0,
    hoy: 0,
    highest: null,
    unassessed: 0,
    withoutResidual: 0,
    high: false,
    restsOnPlanned: false,
  };
  let top = -1;
  for (const risk of risks) {
    // The residual risk now: with the measures in place today (src/lib/risk/method-residual.ts).
    const view = residualOf(risk, method, '');
    const band = view.now.band;
    if (band === null) {
      out.unassessed += 1;
      continue;
    }
    if (view.now.source === 'for-tiltak') out.withoutResidual += 1;
    if (view.restsOnPlanned) out.restsOnPlanned = true;
    const rank = method.bands.findIndex((b) => b.id === band.id);
    if (view.now.high) {
      out.hoy += 1;
      out.high = true;
    } else if (rank === 0) out.lav += 1;
    else out.middels += 1;
    const score = view.now.likelihood! * view.now.consequence!;
    const weight = rank * 100 + score;
    if (weight > top) {
      top = weight;
      out.highest = score;
      out.highestBand = band.name;
    }
  }
  return out;
}

/** The band of the highest residual risk, or null when nothing is scored. */
function highestBand(r: { highest: number | null }): Band | null {
  return bandOf(r.highest);
}

/** One line in Norwegian, e.g. "Høy (høyeste verdi 15): 1 høy, 2 middels, 0 lav". */
export function describeResidual(
  stored: Pick<ResidualRisk, 'lav' | 'middels' | 'hoy' | 'highest'> & {
    unassessed?: number | undefined;
    withoutResidual?: number | undefined;
    highestBand?: string | undefined;
  },
): string {
  // Rounds store the extra counts and the band name as optional fields.
  const r: ResidualRisk = { ...stored, unassessed: stored.unassessed ?? 0, withoutResidual: stored.withoutResidual ?? 0 };
  const band = highestBand(r);
  if (band === null) return r.unassessed > 0 ? `Ingen av de ${r.unassessed} risikoene er vurdert ennå.` : 'Ingen risikoer er registrert.';
  // From version 5 the round stores the band's name on the assessment's method; older rounds were on the classic method.
  let line = stored.highestBand
    ? `Høyeste nivå ${stored.highestBand.toLowerCase()}: ${r.hoy} høy, ${r.middels} middels, ${r.lav} lav`
    : `${band === 'hoy' ? 'Høy' : band === 'middels' ? 'Middels' : 'Lav'} (høyeste verdi ${r.highest}): ${r.hoy} høy, ${r.middels} middels, ${r.lav} lav`;
  if (r.unassessed > 0) line += `, ${r.unassessed} ikke vurdert`;
  if (r.withoutResidual > 0) line += `. ${r.withoutResidual} uten vurdert restrisiko (regnet med risikoen før tiltak)`;
  return line + '.';
}
