/**
 * The summary of a risk register that feeds the page, the report and the
 * decision recorder. Pure functions, no DOM, no storage.
 */
import { RISK_HIGH_RESIDUAL } from '../decisions/texts';
import type { Risk } from '../model/schema';
import { bandRank, isHighBand, type RiskMethod } from './method';
import { CLASSIC_METHOD } from './method-presets';
import { byNorwegian, countWord, isOverdue, ratingOf, type Band, type Rating } from './register';

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
