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
import { bandOf, riskScore, type Band } from '../risk/scoring';

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

/** The score a risk counts with as residual risk now, or null when not assessed. */
function residualScoreOf(risk: Risk): { score: number | null; fromResidual: boolean } {
  const residual = riskScore(risk.residualLikelihood, risk.residualConsequence);
  if (residual !== null) return { score: residual, fromResidual: true };
  return { score: riskScore(risk.likelihood, risk.consequence), fromResidual: false };
}

export function residualRisk(risks: readonly Risk[]): ResidualRisk {
  const out: ResidualRisk = { lav: 0, middels: 0, hoy: 0, highest: null, unassessed: 0, withoutResidual: 0 };
  for (const risk of risks) {
    const { score, fromResidual } = residualScoreOf(risk);
    const band = bandOf(score);
    if (score === null || band === null) {
      out.unassessed += 1;
      continue;
    }
    if (!fromResidual) out.withoutResidual += 1;
    out[band] += 1;
    out.highest = out.highest === null ? score : Math.max(out.highest, score);
  }
  return out;
}

/** The band of the highest residual risk, or null when nothing is scored. */
function highestBand(r: { highest: number | null }): Band | null {
  return bandOf(r.highest);
}

/** One line in Norwegian, e.g. "Høy (høyeste verdi 15): 1 høy, 2 middels, 0 lav". */
export function describeResidual(stored: Pick<ResidualRisk, 'lav' | 'middels' | 'hoy' | 'highest'> & { unassessed?: number | undefined; withoutResidual?: number | undefined }): string {
  // Rounds store the two extra counts as optional fields.
  const r: ResidualRisk = { ...stored, unassessed: stored.unassessed ?? 0, withoutResidual: stored.withoutResidual ?? 0 };
  const band = highestBand(r);
  if (band === null) return r.unassessed > 0 ? `Ingen av de ${r.unassessed} risikoene er vurdert ennå.` : 'Ingen risikoer er registrert.';
  const label = band === 'hoy' ? 'Høy' : band === 'middels' ? 'Middels' : 'Lav';
  let line = `${label} (høyeste verdi ${r.highest}): ${r.hoy} høy, ${r.middels} middels, ${r.lav} lav`;
  if (r.unassessed > 0) line += `, ${r.unassessed} ikke vurdert`;
  if (r.withoutResidual > 0) line += `. ${r.withoutResidual} uten vurdert restrisiko (regnet med risikoen før tiltak)`;
  return line + '.';
}
