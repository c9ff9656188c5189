/**
 * The risk register's logic: the score before and after measures, heat maps,
 * filters, sorting, the summary that feeds the decision recorder, overdue
 * measures. The A/B/C readiness measure is in readiness.ts, the JSON export of
 * the risk picture in risk-export.ts (both loaded only when used).
 * Pure functions, no DOM, no storage; the view only renders what these return.
 */
import { RISK_HIGH_RESIDUAL } from '../decisions/texts';
import type { Measure, MeasureStatus, PrivacyGoal, Risk, Score } from '../model/schema';
import { BANDS, bandLabel, bandOf, riskScore, type Band } from './scoring';

export type Stage = 'before' | 'after';

/**
 * Compares in Norwegian alphabetical order (æ, ø, å last). One shared collator:
 * `localeCompare(x, 'nb')` builds a new one per call, which is far too slow for
 * sorting hundreds of risks on every change.
 */
const byNorwegian = new Intl.Collator('nb').compare;
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
export function ratingOf(risk: Risk, stage: Stage): Rating {
  if (stage === 'after' && risk.residualLikelihood !== null && risk.residualConsequence !== null) {
    const score = riskScore(risk.residualLikelihood, risk.residualConsequence);
    return { likelihood: risk.residualLikelihood, consequence: risk.residualConsequence, score, band: bandOf(score), fromInherent: false };
  }
  const score = riskScore(risk.likelihood, risk.consequence);
  return {
    likelihood: score === null ? null : risk.likelihood,
    consequence: score === null ? null : risk.consequence,
    score,
    band: bandOf(score),
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
export function cellLabel(likelihood: number, consequence: number, count: number): string {
  const band = bandOf(likelihood * consequence)!;
  return `Sannsynlighet ${likelihood}, konsekvens ${consequence}, ${bandLabel(band).toLowerCase()}: ${countWord(count)}`;
}

/**
 * A 5×5 map of counts: rows from likelihood 5 (top) to 1, columns from
 * consequence 1 to 5. Unassessed risks are not in the map (see `unplaced`).
 */
export function heatMap(risks: readonly Risk[], stage: Stage): { rows: HeatCell[][]; unplaced: number } {
  const counts = Array.from({ length: 5 }, () => [0, 0, 0, 0, 0]);
  let unplaced = 0;
  for (const risk of risks) {
    const r = ratingOf(risk, stage);
    if (r.likelihood === null || r.consequence === null) unplaced++;
    else counts[r.likelihood - 1][r.consequence - 1]++;
  }
  const rows: HeatCell[][] = [];
  for (let l = 5; l >= 1; l--) {
    const row: HeatCell[] = [];
    for (let c = 1; c <= 5; c++) {
      const count = counts[l - 1][c - 1];
      row.push({ likelihood: l, consequence: c, score: l * c, band: bandOf(l * c)!, count, label: cellLabel(l, c, count) });
    }
    rows.push(row);
  }
  return { rows, unplaced };
}

/* ---------- Filters and sorting ---------- */

export type LevelFilter = '' | Band | 'ikke-vurdert';
export type StatusFilter = '' | MeasureStatus | 'uten-tiltak' | 'forfalt';

export interface RiskFilter {
  goal: '' | PrivacyGoal;
  levelBefore: LevelFilter;
  levelAfter: LevelFilter;
  status: StatusFilter;
  /** One cell of one heat map, chosen by clicking it. */
  cell: { stage: Stage; likelihood: number; consequence: number } | null;
}

export const NO_FILTER: RiskFilter = { goal: '', levelBefore: '', levelAfter: '', status: '', cell: null };

function matchesLevel(rating: Rating, level: LevelFilter): boolean {
  if (level === '') return true;
  if (level === 'ikke-vurdert') return rating.band === null;
  return rating.band === level;
}

function matchesStatus(risk: Risk, status: StatusFilter, today: string): boolean {
  switch (status) {
    case '':
      return true;
    case 'uten-tiltak':
      return risk.measures.length === 0;
    case 'forfalt':
      return risk.measures.some((m) => isOverdue(m, today));
    default:
      return risk.measures.some((m) => m.status === status);
  }
}

export function filterRisks(risks: readonly Risk[], filter: RiskFilter, today: string): Risk[] {
  return risks.filter((risk) => {
    if (filter.goal !== '' && risk.goal !== filter.goal) return false;
    if (!matchesLevel(ratingOf(risk, 'before'), filter.levelBefore)) return false;
    if (!matchesLevel(ratingOf(risk, 'after'), filter.levelAfter)) return false;
    if (!matchesStatus(risk, filter.status, today)) return false;
    if (filter.cell) {
      const r = ratingOf(risk, filter.cell.stage);
      if (r.likelihood !== filter.cell.likelihood || r.consequence !== filter.cell.consequence) return false;
    }
    return true;
  });
}

export function isFiltered(filter: RiskFilter): boolean {
  return filter.goal !== '' || filter.levelBefore !== '' || filter.levelAfter !== '' || filter.status !== '' || filter.cell !== null;
}

export type SortKey = 'before' | 'after' | 'title' | 'goal';
export const SORT_LABEL: Record<SortKey, string> = {
  before: 'Risiko før tiltak (høyest først)',
  after: 'Risiko etter tiltak (høyest først)',
  title: 'Tittel (A–Å)',
  goal: 'Personvernmål',
};

const GOAL_ORDER: Record<PrivacyGoal, number> = { medbestemmelse: 0, apenhet: 1, ansvarlighet: 2 };

/** Sorts without changing the input; unassessed risks come last, ties by title. */
export function sortRisks(risks: readonly Risk[], key: SortKey): Risk[] {
  const byTitle = (a: Risk, b: Risk) => byNorwegian(a.title, b.title);
  const byScore = (stage: Stage) => (a: Risk, b: Risk) =>
    (ratingOf(b, stage).score ?? 0) - (ratingOf(a, stage).score ?? 0) || byTitle(a, b);
  const compare =
    key === 'title' ? byTitle : key === 'goal' ? (a: Risk, b: Risk) => GOAL_ORDER[a.goal] - GOAL_ORDER[b.goal] || byTitle(a, b) : byScore(key);
  return [...risks].sort(compare);
}

/* ---------- Summary ---------- */

type BandCounts = Record<Band, number> & { ikkeVurdert: number };

interface OverdueMeasure {
  riskId: string;
  riskTitle: string;
  measureId: string;
  text: string;
  owner: string;
  deadline: string;
}

export interface RiskSummary {
  total: number;
  before: BandCounts;
  after: BandCounts;
  /** For the decision recorder: residual counts per band and the highest residual score. */
  residualRisk: { lav: number; middels: number; hoy: number; highest: number | null };
  /** The risks with the highest residual score (several when tied). */
  highest: { id: string; title: string; score: number; band: Band }[];
  /** Risks whose residual rating is taken from the inherent one (not assessed after measures). */
  afterFromInherent: number;
  overdue: OverdueMeasure[];
  /** True when at least one risk stays high after measures. */
  residualHigh: boolean;
  /** A plain statement about the residual risk for the page, the report and management. */
  statement: string;
}

function emptyCounts(): BandCounts {
  return { lav: 0, middels: 0, hoy: 0, ikkeVurdert: 0 };
}

/**
 * The summary of a register on a given day (YYYY-MM-DD, from the store's clock):
 * counts per band before and after measures, the highest residual risk, overdue
 * measures and whether residual risk stays high.
 */
export function riskSummary(risks: readonly Risk[], today: string): RiskSummary {
  const before = emptyCounts();
  const after = emptyCounts();
  let highestScore: number | null = null;
  let afterFromInherent = 0;
  const overdue: OverdueMeasure[] = [];
  for (const risk of risks) {
    const b = ratingOf(risk, 'before');
    const a = ratingOf(risk, 'after');
    before[b.band ?? 'ikkeVurdert']++;
    after[a.band ?? 'ikkeVurdert']++;
    if (a.fromInherent && a.score !== null) afterFromInherent++;
    if (a.score !== null && (highestScore === null || a.score > highestScore)) highestScore = a.score;
    for (const m of risk.measures) {
      if (isOverdue(m, today)) {
        overdue.push({ riskId: risk.id, riskTitle: risk.title, measureId: m.id, text: m.text, owner: m.owner, deadline: m.deadline });
      }
    }
  }
  overdue.sort((x, y) => (x.deadline < y.deadline ? -1 : x.deadline > y.deadline ? 1 : 0) || byNorwegian(x.riskTitle, y.riskTitle));
  const highest =
    highestScore === null
      ? []
      : risks
          .filter((r) => ratingOf(r, 'after').score === highestScore)
          .map((r) => ({ id: r.id, title: r.title, score: highestScore, band: bandOf(highestScore)! }))
          .sort((x, y) => byNorwegian(x.title, y.title));
  const residualHigh = after.hoy > 0;
  return {
    total: risks.length,
    before,
    after,
    residualRisk: { lav: after.lav, middels: after.middels, hoy: after.hoy, highest: highestScore },
    highest,
    afterFromInherent,
    overdue,
    residualHigh,
    statement: summaryStatement(risks.length, after, residualHigh),
  };
}

function summaryStatement(total: number, after: BandCounts, residualHigh: boolean): string {
  if (total === 0) return 'Registeret har ingen risikoer ennå.';
  const assessed = total - after.ikkeVurdert;
  if (assessed === 0) return 'Ingen av risikoene er vurdert ennå.';
  if (residualHigh) {
    return (
      `Restrisikoen er fortsatt høy: ${countWord(after.hoy)} ligger i nivå høy etter tiltak. ` +
      `Ledelsen må ta stilling til om restrisikoen kan godtas. ${RISK_HIGH_RESIDUAL}`
    );
  }
  const unassessed = after.ikkeVurdert > 0 ? ` ${countWord(after.ikkeVurdert)} er ikke vurdert.` : '';
  return after.middels > 0
    ? `Ingen risiko er høy etter tiltak, men ${countWord(after.middels)} ligger i nivå middels. Ledelsen tar stilling til om restrisikoen kan godtas.${unassessed}`
    : `Alle vurderte risikoer er lave etter tiltak.${unassessed}`;
}

/** Band labels in the order low to high, for selects and legends. */
export const BAND_ORDER: readonly Band[] = BANDS.map((b) => b.band);


/** Whether two risks render the same (the store re-creates objects on every change). */
export function sameRisk(a: Risk, b: Risk): boolean {
  if (a === b) return true;
  if (
    a.id !== b.id || a.title !== b.title || a.goal !== b.goal || a.description !== b.description ||
    a.likelihood !== b.likelihood || a.consequence !== b.consequence || a.justification !== b.justification ||
    a.residualLikelihood !== b.residualLikelihood || a.residualConsequence !== b.residualConsequence ||
    a.scenarioId !== b.scenarioId || a.measures.length !== b.measures.length
  ) return false;
  return a.measures.every((m, i) => {
    const n = b.measures[i];
    return m.id === n.id && m.text === n.text && m.owner === n.owner && m.deadline === n.deadline && m.status === n.status;
  });
}
