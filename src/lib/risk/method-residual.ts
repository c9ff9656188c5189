/**
 * Two residual risks that a municipality can defend:
 *  - «restrisiko nå»: with the measures in place today («etablert»);
 *  - «planlagt restrisiko»: when the planned measures are done.
 *
 * A measure is in place when its status is «gjennomfort» (shown as
 * «Etablert»); «planlagt» and «pagar» are planned measures with an owner and
 * a deadline. The after-measures score the user enters is the planned residual
 * risk. It counts as the residual risk now only when every measure of the risk
 * is in place; otherwise the residual risk now is the one the user entered for
 * «nå», or else the risk before measures. So a score lowered on planned (or
 * overdue) measures is always visible as «planlagt restrisiko», never as the
 * residual risk now. The decision recorder, the art. 36 rule and the report use
 * the residual risk now, and list the planned measures an approval rests on.
 *
 * Bands come from the assessment's method (method.ts). Pure TypeScript: no DOM.
 */
import type { Measure, Risk, Score } from '../model/schema';
import { bandAt, isHighBand, type MethodBand, type RiskMethod } from './method';

/** A risk with its version 4 fields (nowLikelihood, nowConsequence, residualJustification). */
export type RiskWithResidual = Risk;

type ResidualSource = 'na' | 'etter-tiltak' | 'for-tiltak' | 'ikke-vurdert';

interface MethodRating {
  likelihood: Score;
  consequence: Score;
  band: MethodBand | null;
  /** Whether the band counts as «høy» for the art. 36 rule. */
  high: boolean;
  /** Where the rating comes from. */
  source: ResidualSource;
}

export interface ResidualView {
  before: MethodRating;
  /** With the measures in place today: what decisions rest on. */
  now: MethodRating;
  /** When the planned measures are done. */
  planned: MethodRating;
  /** Measures not in place yet (planlagt or pågår). */
  pending: Measure[];
  /** Pending measures past their deadline. */
  overdue: Measure[];
  /** The planned residual risk is in a lower band than the residual risk now. */
  restsOnPlanned: boolean;
  /** The after-measures score is lower than before measures, and no justification is written. */
  missingJustification: boolean;
}

const rating = (method: RiskMethod, likelihood: Score, consequence: Score, source: ResidualSource): MethodRating => {
  if (likelihood === null || consequence === null)
    return { likelihood: null, consequence: null, band: null, high: false, source: 'ikke-vurdert' };
  const band = bandAt(method, likelihood, consequence);
  return { likelihood, consequence, band, high: isHighBand(method, band?.id ?? null), source };
};

const rank = (method: RiskMethod, r: MethodRating) => (r.band ? method.bands.findIndex((b) => b.id === r.band!.id) : -1);

/**
 * The rule for the after-measures score: when it is lower than before measures
 * (a lower likelihood or a lower consequence), it needs a written
 * justification. An unchanged score needs none.
 */
export function needsResidualJustification(
  risk: Pick<Risk, 'likelihood' | 'consequence' | 'residualLikelihood' | 'residualConsequence' | 'residualJustification'>,
): boolean {
  return residualIsLower(risk) && (risk.residualJustification ?? '').trim() === '';
}

/** Whether the score after measures is lower than before (a lower likelihood or a lower consequence); false until both are assessed. */
export function residualIsLower(risk: Pick<Risk, 'likelihood' | 'consequence' | 'residualLikelihood' | 'residualConsequence'>): boolean {
  const { likelihood: l, consequence: c, residualLikelihood: rl, residualConsequence: rc } = risk;
  if (l === null || c === null || rl === null || rc === null) return false;
  return rl < l || rc < c;
}

/** Whether a planned measure lacks what makes it a plan: an owner and a deadline. */
export function plannedMeasureGaps(measure: Measure): ('ansvarlig' | 'frist')[] {
  if (isInPlace(measure)) return [];
  const gaps: ('ansvarlig' | 'frist')[] = [];
  if (measure.owner.trim() === '') gaps.push('ansvarlig');
  if (measure.deadline === '') gaps.push('frist');
  return gaps;
}

/** What a planned measure lacks, in words («en ansvarlig og en frist»); '' when it lacks nothing. */
export function plannedGapsText(measure: Measure): string {
  return plannedMeasureGaps(measure)
    .map((g) => (g === 'ansvarlig' ? 'en ansvarlig' : 'en frist'))
    .join(' og ');
}

export function isInPlace(measure: Measure): boolean {
  return measure.status === 'gjennomfort';
}

/** The residual view of one risk on a given day (YYYY-MM-DD). */
export function residualOf(risk: RiskWithResidual, method: RiskMethod, today: string): ResidualView {
  const before = rating(method, risk.likelihood, risk.consequence, 'for-tiltak');
  const pending = risk.measures.filter((m) => !isInPlace(m));
  const overdue = pending.filter((m) => m.deadline !== '' && m.deadline < today);
  const after = rating(method, risk.residualLikelihood, risk.residualConsequence, 'etter-tiltak');
  const entered = rating(method, risk.nowLikelihood ?? null, risk.nowConsequence ?? null, 'na');
  let now: MethodRating;
  if (entered.band) now = entered;
  else if (after.band && pending.length === 0) now = after;
  else now = before;
  const planned = after.band ? after : now;
  return {
    before,
    now,
    planned,
    pending,
    overdue,
    restsOnPlanned: rank(method, planned) < rank(method, now),
    missingJustification: needsResidualJustification(risk),
  };
}

export interface ResidualPicture {
  /** Counts per band id with the measures in place today, and when the planned ones are done. */
  now: Record<string, number>;
  planned: Record<string, number>;
  unassessed: number;
  /** Risks whose residual risk now is high (the method's high band or above). */
  highNow: number;
  highPlanned: number;
  /** The highest band of the residual risk now, or null. */
  highestNow: MethodBand | null;
  highestPlanned: MethodBand | null;
  /** Risks where a lower residual risk rests on planned measures: those measures become conditions. */
  restingOnPlanned: { riskId: string; title: string; now: string; planned: string; measures: Measure[] }[];
  /** Risks whose lowered after-measures score has no written justification. */
  missingJustification: { riskId: string; title: string }[];
  overdue: number;
}

/** The residual picture of a register with its method: what the decision rests on, and what is only planned. */
export function residualPicture(risks: readonly RiskWithResidual[], method: RiskMethod, today: string): ResidualPicture {
  const now: Record<string, number> = Object.fromEntries(method.bands.map((b) => [b.id, 0]));
  const planned: Record<string, number> = { ...now };
  const out: ResidualPicture = {
    now,
    planned,
    unassessed: 0,
    highNow: 0,
    highPlanned: 0,
    highestNow: null,
    highestPlanned: null,
    restingOnPlanned: [],
    missingJustification: [],
    overdue: 0,
  };
  let topNow = -1;
  let topPlanned = -1;
  for (const risk of risks) {
    const view = residualOf(risk, method, today);
    out.overdue += view.overdue.length;
    if (view.missingJustification) out.missingJustification.push({ riskId: risk.id, title: risk.title });
    if (!view.now.band) {
      out.unassessed++;
      continue;
    }
    now[view.now.band.id]++;
    planned[view.planned.band!.id]++;
    if (view.now.high) out.highNow++;
    if (view.planned.high) out.highPlanned++;
    const rn = rank(method, view.now);
    const rp = rank(method, view.planned);
    if (rn > topNow) {
      topNow = rn;
      out.highestNow = view.now.band;
    }
    if (rp > topPlanned) {
      topPlanned = rp;
      out.highestPlanned = view.planned.band;
    }
    if (view.restsOnPlanned) {
      out.restingOnPlanned.push({
        riskId: risk.id,
        title: risk.title,
        now: view.now.band.name,
        planned: view.planned.band!.name,
        measures: view.pending,
      });
    }
  }
  return out;
}

/** One line about what the approval rests on, for the decision recorder and the report. */
export function restsOnPlannedLine(picture: ResidualPicture): string {
  if (picture.restingOnPlanned.length === 0) return 'Restrisikoen bygger bare på tiltak som er på plass i dag.';
  const n = picture.restingOnPlanned.length;
  const measures = picture.restingOnPlanned.reduce((sum, r) => sum + r.measures.length, 0);
  return (
    `${n === 1 ? '1 risiko har' : `${n} risikoer har`} lavere restrisiko bare når planlagte tiltak er gjennomført (planlagt restrisiko). ` +
    `Godkjennes vurderingen på dette grunnlaget, blir ${measures === 1 ? 'tiltaket et vilkår' : `de ${measures} tiltakene vilkår`} for godkjenningen.`
  );
}

/**
 * Whether a recorded round's residual risk was high, for the art. 36 rule.
 * Rounds from format version 4 store it as computed with the assessment's
 * method (`high`); older rounds were recorded on the classic method, whose
 * high band starts at score 10.
 */
export function roundResidualIsHigh(residual: { highest: number | null; high?: boolean | undefined }): boolean {
  if (residual.high !== undefined) return residual.high;
  return residual.highest !== null && residual.highest >= 10;
}
