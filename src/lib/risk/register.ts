/**
 * The risk register's logic: the score before and after measures, heat maps,
 * filters, sorting, the summary that feeds the decision recorder, overdue
 * measures. The A/B/C readiness measure is in readiness.ts, the JSON export of
 * the risk picture in risk-export.ts (both loaded only when used).
 * Pure functions, no DOM, no storage; the view only renders what these return.
 */
import { RISK_HIGH_RESIDUAL } from '../decisions/texts';
import type { Measure, MeasureStatus, PrivacyGoal, Risk, Score } from '../model/schema';
import { riskScore } from './scoring';
import { bandAt, bandRank, isHighBand, type RiskMethod } from './method';
import { CLASSIC_METHOD } from './method-presets';

/** A band id of the method (for the classic and default methods: lav, middels, hoy). */
type Band = string;

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

/* ---------- Filters and sorting ---------- */

/** '' (every level), a band id of the assessment's method, or 'ikke-vurdert'. */
export type LevelFilter = string;
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

export function filterRisks(risks: readonly Risk[], filter: RiskFilter, today: string, method: RiskMethod = CLASSIC_METHOD): Risk[] {
  return risks.filter((risk) => {
    if (filter.goal !== '' && risk.goal !== filter.goal) return false;
    if (!matchesLevel(ratingOf(risk, 'before', method), filter.levelBefore)) return false;
    if (!matchesLevel(ratingOf(risk, 'after', method), filter.levelAfter)) return false;
    if (!matchesStatus(risk, filter.status, today)) return false;
    if (filter.cell) {
      const r = ratingOf(risk, filter.cell.stage, method);
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

/** Sorts without changing the input: by band of the method, then score; unassessed risks come last, ties by title. */
export function sortRisks(risks: readonly Risk[], key: SortKey, method: RiskMethod = CLASSIC_METHOD): Risk[] {
  const byTitle = (a: Risk, b: Risk) => byNorwegian(a.title, b.title);
  const weight = (r: Rating) => (r.band === null ? -1 : bandRank(method, r.band) * 100 + (r.score ?? 0));
  const byScore = (stage: Stage) => (a: Risk, b: Risk) =>
    weight(ratingOf(b, stage, method)) - weight(ratingOf(a, stage, method)) || byTitle(a, b);
  const compare =
    key === 'title'
      ? byTitle
      : key === 'goal'
        ? (a: Risk, b: Risk) => GOAL_ORDER[a.goal] - GOAL_ORDER[b.goal] || byTitle(a, b)
        : byScore(key);
  return [...risks].sort(compare);
}

/* ---------- Summary ---------- */

/** Counts per band id of the method, and of unassessed risks. */
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
  /** The risks with the highest residual rating, by band and then score (several when tied). */
  highest: { id: string; title: string; score: number; band: Band; likelihood: number; consequence: number }[];
  /** Risks whose residual rating is taken from the inherent one (not assessed after measures). */
  afterFromInherent: number;
  overdue: OverdueMeasure[];
  /** True when at least one risk stays high after measures. */
  residualHigh: boolean;
  /** A plain statement about the residual risk for the page, the report and management. */
  statement: string;
}

function emptyCounts(method: RiskMethod): BandCounts {
  const counts = { ikkeVurdert: 0 } as BandCounts;
  for (const b of method.bands) counts[b.id] = 0;
  return counts;
}

/**
 * The summary of a register on a given day (YYYY-MM-DD, from the store's clock):
 * counts per band before and after measures, the highest residual risk, overdue
 * measures and whether residual risk stays high.
 */
export function riskSummary(risks: readonly Risk[], today: string, method: RiskMethod = CLASSIC_METHOD): RiskSummary {
  const before = emptyCounts(method);
  const after = emptyCounts(method);
  let top: { weight: number; score: number; band: Band; likelihood: number; consequence: number } | null = null;
  let afterFromInherent = 0;
  let highAfter = 0;
  const overdue: OverdueMeasure[] = [];
  const weight = (r: Rating) => bandRank(method, r.band!) * 100 + r.score!;
  for (const risk of risks) {
    const b = ratingOf(risk, 'before', method);
    const a = ratingOf(risk, 'after', method);
    before[b.band ?? 'ikkeVurdert']++;
    after[a.band ?? 'ikkeVurdert']++;
    if (a.fromInherent && a.band !== null) afterFromInherent++;
    if (isHighBand(method, a.band)) highAfter++;
    if (a.band !== null && (top === null || weight(a) > top.weight))
      top = { weight: weight(a), score: a.score!, band: a.band, likelihood: a.likelihood!, consequence: a.consequence! };
    for (const m of risk.measures) {
      if (isOverdue(m, today)) {
        overdue.push({ riskId: risk.id, riskTitle: risk.title, measureId: m.id, text: m.text, owner: m.owner, deadline: m.deadline });
      }
    }
  }
  overdue.sort((x, y) => (x.deadline < y.deadline ? -1 : x.deadline > y.deadline ? 1 : 0) || byNorwegian(x.riskTitle, y.riskTitle));
  const highest =
    top === null
      ? []
      : risks
          .filter((r) => {
            const a = ratingOf(r, 'after', method);
            return a.band !== null && weight(a) === top.weight;
          })
          .map((r) => ({
            id: r.id,
            title: r.title,
            score: top.score,
            band: top.band,
            likelihood: top.likelihood,
            consequence: top.consequence,
          }))
          .sort((x, y) => byNorwegian(x.title, y.title));
  const lowest = method.bands[0].id;
  const assessedAfter = risks.length - after.ikkeVurdert;
  const low = after[lowest] ?? 0;
  return {
    total: risks.length,
    before,
    after,
    // The decision round's three counts: the lowest band, the bands counted as high, and the rest.
    residualRisk: { lav: low, middels: assessedAfter - low - highAfter, hoy: highAfter, highest: top?.score ?? null },
    highest,
    afterFromInherent,
    overdue,
    residualHigh: highAfter > 0,
    statement: summaryStatement(risks.length, after.ikkeVurdert, highAfter, assessedAfter - low - highAfter, method),
  };
}

function summaryStatement(total: number, unassessed: number, high: number, middle: number, method: RiskMethod): string {
  if (total === 0) return 'Registeret har ingen risikoer ennå.';
  if (total - unassessed === 0) return 'Ingen av risikoene er vurdert ennå.';
  const highName = method.bands.find((b) => b.id === method.highBand)!.name.toLowerCase();
  if (high > 0) {
    return (
      `Restrisikoen er fortsatt høy: ${countWord(high)} ligger i nivå ${highName} eller høyere etter tiltak. ` +
      `Ledelsen må ta stilling til om restrisikoen kan godtas. ${RISK_HIGH_RESIDUAL}`
    );
  }
  const rest = unassessed > 0 ? ` ${countWord(unassessed)} er ikke vurdert.` : '';
  const highAt = method.bands.findIndex((b) => b.id === method.highBand);
  const middleNames = method.bands
    .slice(1, highAt)
    .map((b) => b.name.toLowerCase())
    .join(' eller ');
  return middle > 0
    ? `Ingen risiko er høy etter tiltak, men ${countWord(middle)} ligger i nivå ${middleNames}. Ledelsen tar stilling til om restrisikoen kan godtas.${rest}`
    : `Alle vurderte risikoer er lave etter tiltak.${rest}`;
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
