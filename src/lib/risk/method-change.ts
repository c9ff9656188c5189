/**
 * Changing the method of an assessment that already has risks: which risks
 * change band (before measures, and with the residual risk now), so the view
 * can show «3 risikoer endrer nivå: …», ask for confirmation, and undo.
 * Nothing here changes a risk's likelihood or consequence: a change of method
 * only changes what the same scores mean. A score above the new method's
 * scale stays stored and is shown as «utenfor skalaen» until it is assessed
 * again. Pure TypeScript: no DOM, no storage.
 */
import type { Risk, Score } from '../model/schema';
import { bandAt, isHighBand, type RiskMethod } from './method';
import { residualOf } from './method-residual';

type MoveStage = 'before' | 'now';
const MOVE_STAGE_LABEL: Record<MoveStage, string> = { before: 'før tiltak', now: 'restrisiko nå' };

export interface StageMove {
  stage: MoveStage;
  /** The band's name on the old and the new method, «ikke vurdert» or «utenfor skalaen». */
  from: string;
  to: string;
  /** Whether the risk counts as high (art. 36) on the old and the new method. */
  highFrom: boolean;
  highTo: boolean;
}

export interface RiskMove {
  riskId: string;
  title: string;
  moves: StageMove[];
}

function place(method: RiskMethod, l: Score, c: Score): { name: string; high: boolean } {
  if (l === null || c === null) return { name: 'ikke vurdert', high: false };
  const band = bandAt(method, l, c);
  if (!band) return { name: 'utenfor skalaen', high: false };
  return { name: band.name, high: isHighBand(method, band.id) };
}

/**
 * The risks whose band changes when the assessment goes from one method to
 * another: before measures, and the residual risk now (with the measures in
 * place today). A risk is listed when a band's name or whether it counts as
 * high changes. In the register's order.
 */
export function methodMovers(risks: readonly Risk[], from: RiskMethod, to: RiskMethod, today = ''): RiskMove[] {
  const out: RiskMove[] = [];
  for (const risk of risks) {
    const moves: StageMove[] = [];
    const nowFrom = residualOf(risk, from, today).now;
    const nowTo = residualOf(risk, to, today).now;
    const stages: [MoveStage, Score, Score, Score, Score][] = [
      ['before', risk.likelihood, risk.consequence, risk.likelihood, risk.consequence],
      [
        'now',
        nowFrom.likelihood ?? risk.likelihood,
        nowFrom.consequence ?? risk.consequence,
        nowTo.likelihood ?? risk.likelihood,
        nowTo.consequence ?? risk.consequence,
      ],
    ];
    for (const [stage, lf, cf, lt, ct] of stages) {
      const a = place(from, lf, cf);
      const b = place(to, lt, ct);
      if (a.name !== b.name || a.high !== b.high) moves.push({ stage, from: a.name, to: b.name, highFrom: a.high, highTo: b.high });
    }
    if (moves.length > 0) out.push({ riskId: risk.id, title: risk.title, moves });
  }
  return out;
}

/** «3 risikoer endrer nivå», «1 risiko endrer nivå» or «Ingen risiko endrer nivå». */
export function moversHeadline(movers: readonly RiskMove[]): string {
  if (movers.length === 0) return 'Ingen risiko endrer nivå.';
  return `${movers.length === 1 ? '1 risiko' : `${movers.length} risikoer`} endrer nivå: ${movers.map((m) => `«${m.title}»`).join(', ')}.`;
}

/** One line per move of a risk, e.g. «før tiltak: Middels → Høy (regnes som høy risiko)». */
export function moveLine(move: StageMove): string {
  const high = move.highTo && !move.highFrom ? ' (blir høy risiko)' : move.highFrom && !move.highTo ? ' (er ikke lenger høy risiko)' : '';
  return `${MOVE_STAGE_LABEL[move.stage]}: ${move.from} → ${move.to}${high}`;
}

/** Whether every score of the risks fits the method's scales (otherwise some are shown as «utenfor skalaen»). */
export function scoresOutsideScale(risks: readonly Risk[], method: RiskMethod): string[] {
  const L = method.likelihood.length;
  const C = method.consequence.length;
  const outside = (l: Score, c: Score) => (l !== null && l > L) || (c !== null && c > C);
  return risks
    .filter(
      (r) =>
        outside(r.likelihood, r.consequence) ||
        outside(r.residualLikelihood, r.residualConsequence) ||
        outside(r.nowLikelihood ?? null, r.nowConsequence ?? null),
    )
    .map((r) => r.title);
}
