/**
 * The risk register's logic: the score before and after measures, heat maps
 * and overdue measures. Filters and sorting are in risk-filter.ts, the summary
 * in risk-summary.ts; the A/B/C readiness measure is in readiness.ts, the JSON
 * export of the risk picture in risk-export.ts (both loaded only when used).
 * Pure functions, no DOM, no storage; the view only renders what these return.
 */
import { MEASURE_STATUS_LABEL } from '../model/labels';
import type { Measure, Risk, Score } from '../model/schema';
import { riskScore } from './scoring';
import { bandAt, type RiskMethod } from './method';
import { CLASSIC_METHOD } from './method-presets';

/** A band id of the method (for the classic and default methods: lav, middels, hoy). */
export type Band = string;

export type Stage = 'before' | 'after';

/**
 * Compares in Norwegian alphabetical order (æ, ø, å last). One shared collator:
 * `localeCompare(x, 'nb')` builds a new one per call, which is far too slow for
 * sorting hundreds of risks on every change.
 */
export const byNorwegian = new Intl.Collator('nb').compare;
export const STAGE_LABEL: Record<Stage, string> = { before: 'før tiltak', after: 'etter tiltak' };

/** Likelihood and consequence of a risk at one stage, with its score and band. */
export interface Rating {
  likelihood: Score;
  consequence: Score;
  score: number | null;
  band: Band | null;
  /** True when the after-stage has not been assessed and the before-stage is used instead. */
  fromInherent: boolean;
}

/**
 * The rating of a risk before or after measures. A risk whose residual
 * likelihood and consequence are not both assessed keeps its inherent rating
 * after measures: until the effect of the measures has been assessed, the risk
 * is taken to be unchanged (the cautious reading).
 */
export function ratingOf(risk: Risk, stage: Stage, method: RiskMethod = CLASSIC_METHOD): Rating {
  if (stage === 'after' && risk.residualLikelihood !== null && risk.residualConsequence !== null) {
    const score = riskScore(risk.residualLikelihood, risk.residualConsequence);
    const band = bandAt(method, risk.residualLikelihood, risk.residualConsequence)?.id ?? null;
    return { likelihood: risk.residualLikelihood, consequence: risk.residualConsequence, score, band, fromInherent: false };
  }
  const score = riskScore(risk.likelihood, risk.consequence);
  return {
    likelihood: score === null ? null : risk.likelihood,
    consequence: score === null ? null : risk.consequence,
    score,
    band: bandAt(method, risk.likelihood, risk.consequence)?.id ?? null,
    fromInherent: stage === 'after',
  };
}

/* ---------- Measures ---------- */

/** The measure statuses' labels (src/lib/model/labels.ts). */
export { MEASURE_STATUS_LABEL as STATUS_LABEL } from '../model/labels';

/** A measure is overdue when it has a deadline before today and is not done. */
export function isOverdue(measure: Measure, today: string): boolean {
  return measure.status !== 'gjennomfort' && measure.deadline !== '' && measure.deadline < today;
}

/**
 * A risk's measures in one line for the register's table: how many there are
 * in each status ('Ingen' when there are none), and how many are overdue.
 */
export function measureOverview(risk: Risk, today: string): { text: string; overdue: number } {
  if (risk.measures.length === 0) return { text: 'Ingen', overdue: 0 };
  const counts = new Map<string, number>();
  for (const m of risk.measures) counts.set(m.status, (counts.get(m.status) ?? 0) + 1);
  const text = Object.entries(MEASURE_STATUS_LABEL)
    .filter(([status]) => counts.has(status))
    .map(([status, label]) => `${counts.get(status)} ${label.toLowerCase()}`)
    .join(', ');
  return { text, overdue: risk.measures.filter((m) => isOverdue(m, today)).length };
}

/* ---------- Heat maps ---------- */

export interface HeatCell {
  likelihood: number;
  consequence: number;
  score: number;
  band: Band;
  count: number;
  /** The text label of the cell, e.g. "Sannsynlighet 4, konsekvens 3, høy: 2 risikoer". */
  label: string;
}

export function countWord(n: number): string {
  return n === 1 ? '1 risiko' : `${n} risikoer`;
}

/**
 * The label of a cell. The cell shows its level and then its count, so the
 * label has them in that order (the visible text is part of the name, WCAG 2.5.3).
 */
export function cellLabel(likelihood: number, consequence: number, count: number, method: RiskMethod = CLASSIC_METHOD): string {
  const band = bandAt(method, likelihood, consequence)?.name ?? 'utenfor skalaen';
  return `Sannsynlighet ${likelihood}, konsekvens ${consequence}, ${band.toLowerCase()}: ${countWord(count)}`;
}

/**
 * A map of counts on the method's matrix: rows from the highest likelihood
 * (top) to 1, columns from consequence 1 up. Unassessed risks, and risks
 * outside the method's scales, are not in the map (see `unplaced`).
 */
export function heatMap(
  risks: readonly Risk[],
  stage: Stage,
  method: RiskMethod = CLASSIC_METHOD,
): { rows: HeatCell[][]; unplaced: number } {
  const L = method.likelihood.length;
  const C = method.consequence.length;
  const counts = Array.from({ length: L }, () => new Array<number>(C).fill(0));
  let unplaced = 0;
  for (const risk of risks) {
    const r = ratingOf(risk, stage, method);
    if (r.likelihood === null || r.consequence === null || r.band === null) unplaced++;
    else counts[r.likelihood - 1][r.consequence - 1]++;
  }
  const rows: HeatCell[][] = [];
  for (let l = L; l >= 1; l--) {
    const row: HeatCell[] = [];
    for (let c = 1; c <= C; c++) {
      const count = counts[l - 1][c - 1];
      row.push({
        likelihood: l,
        consequence: c,
        score: l * c,
        band: bandAt(method, l, c)!.id,
        count,
        label: cellLabel(l, c, count, method),
      });
    }
    rows.push(row);
  }
  return { rows, unplaced };
}

/** Whether two risks render the same (the store re-creates objects on every change). */
export function sameRisk(a: Risk, b: Risk): boolean {
  if (a === b) return true;
  if (
    a.id !== b.id ||
    a.title !== b.title ||
    a.goal !== b.goal ||
    a.description !== b.description ||
    a.likelihood !== b.likelihood ||
    a.consequence !== b.consequence ||
    a.justification !== b.justification ||
    a.residualLikelihood !== b.residualLikelihood ||
    a.residualConsequence !== b.residualConsequence ||
    a.scenarioId !== b.scenarioId ||
    a.measures.length !== b.measures.length
  )
    return false;
  return a.measures.every((m, i) => {
    const n = b.measures[i];
    return m.id === n.id && m.text === n.text && m.owner === n.owner && m.deadline === n.deadline && m.status === n.status;
  });
}
