/**
 * Filtering and sorting the risk register. Pure functions, no DOM, no storage.
 */
import type { MeasureStatus, PrivacyGoal, Risk } from '../model/schema';
import { bandRank, type RiskMethod } from './method';
import { CLASSIC_METHOD } from './method-presets';
import { byNorwegian, isOverdue, ratingOf, type Rating, type Stage } from './register';

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

/** The choices of a level filter: every level, each band of the method, and unassessed risks. */
export function levelOptions(method: RiskMethod): { value: LevelFilter; label: string }[] {
  return [
    { value: '', label: 'Alle nivåer' },
    ...method.bands.map((b) => ({ value: b.id, label: b.name })),
    { value: 'ikke-vurdert', label: 'Ikke vurdert' },
  ];
}

/** The choices of the measure status filter. */
export const STATUS_FILTER_OPTIONS: readonly { value: StatusFilter; label: string }[] = [
  { value: '', label: 'Alle' },
  { value: 'planlagt', label: 'Har planlagte tiltak' },
  { value: 'pagar', label: 'Har tiltak som pågår' },
  { value: 'gjennomfort', label: 'Har gjennomførte tiltak' },
  { value: 'forfalt', label: 'Har tiltak med passert frist' },
  { value: 'uten-tiltak', label: 'Uten tiltak' },
];

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
