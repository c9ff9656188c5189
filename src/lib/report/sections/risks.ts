/**
 * Report section: the risk register (chapter 7) with both heat maps (before
 * measures and residual) as tables of counts with the band written out, so
 * they read in black and white, and the measures.
 */
import type { Risk } from '../../model/schema';
import { bandLabel, bandOf, riskScore, type Band } from '../../risk/scoring';
import { describeResidual, residualRisk } from '../../decisions/residual';
import { formatDate, type Block } from '../model';
import { GOAL_LABEL, MEASURE_STATUS_LABEL } from '../../model/labels';

/** "12 (Høy)", or "Ikke vurdert". */
function scoreText(l: Risk['likelihood'], c: Risk['consequence']): string {
  const s = riskScore(l, c);
  return s === null ? 'Ikke vurdert' : `${s} (${bandLabel(bandOf(s))})`;
}

/** A 5 × 5 heat map: rows consequence 5→1, columns likelihood 1→5, cells "antall – nivå". */
export function heatMap(risks: readonly Risk[], which: 'for' | 'rest'): Block {
  const counts = new Map<string, number>();
  for (const r of risks) {
    const l = which === 'for' ? r.likelihood : r.residualLikelihood;
    const c = which === 'for' ? r.consequence : r.residualConsequence;
    if (l !== null && c !== null) counts.set(`${l}-${c}`, (counts.get(`${l}-${c}`) ?? 0) + 1);
  }
  const rows: string[][] = [];
  const bands: (Band | null)[][] = [];
  for (let c = 5; c >= 1; c -= 1) {
    const row = [`Konsekvens ${c}`];
    const bandRow: (Band | null)[] = [];
    for (let l = 1; l <= 5; l += 1) {
      const band = bandOf(l * c);
      const n = counts.get(`${l}-${c}`) ?? 0;
      row.push(`${n} – ${bandLabel(band)}`);
      bandRow.push(band);
    }
    rows.push(row);
    bands.push(bandRow);
  }
  const unplaced = risks.length - [...counts.values()].reduce((a, b) => a + b, 0);
  return {
    kind: 'table',
    caption:
      (which === 'for' ? 'Risikokart før tiltak' : 'Risikokart for restrisiko etter tiltak') +
      ` (antall risikoer per rute og risikonivå${unplaced > 0 ? `; ${unplaced} ikke plassert fordi ${unplaced === 1 ? 'den' : 'de'} ikke er vurdert` : ''})`,
    // Column headers are the likelihood values; the corner cell says which axis is which.
    headers: ['Konsekvens (rad) / sannsynlighet (kolonne)', '1', '2', '3', '4', '5'],
    rows,
    rowHeaders: true,
    bands,
  };
}

export function riskBlocks(risks: readonly Risk[]): Block[] {
  if (risks.length === 0) return [{ kind: 'paragraph', text: 'Ingen risikoer er registrert i vurderingen ennå.' }];
  const blocks: Block[] = [
    { kind: 'paragraph', text: `Restrisiko nå: ${describeResidual(residualRisk(risks))}` },
    { kind: 'paragraph', text: 'Metoden er beskrevet i vedlegg C.' },
    {
      kind: 'table',
      caption: 'Risikoregister',
      headers: ['Nr.', 'Risiko', 'Personvernmål', 'Risiko før tiltak', 'Tiltak', 'Restrisiko'],
      rows: risks.map((r, i) => [
        String(i + 1),
        r.description.trim() ? `${r.title}: ${r.description}` : r.title,
        GOAL_LABEL[r.goal],
        scoreText(r.likelihood, r.consequence),
        r.measures.length ? r.measures.map((m) => m.text).join('; ') : 'Ingen tiltak',
        scoreText(r.residualLikelihood, r.residualConsequence),
      ]),
    },
    heatMap(risks, 'for'),
    heatMap(risks, 'rest'),
  ];
  const measures = risks.flatMap((r, i) => r.measures.map((m) => ({ m, nr: i + 1 })));
  if (measures.length > 0) {
    blocks.push({
      kind: 'table',
      caption: 'Tiltak',
      headers: ['Tiltak', 'Risiko nr.', 'Ansvarlig', 'Frist', 'Status'],
      rows: measures.map(({ m, nr }) => [m.text, String(nr), m.owner || '–', m.deadline ? formatDate(m.deadline) : '–', MEASURE_STATUS_LABEL[m.status]]),
    });
  }
  const reasons = risks.filter((r) => r.justification.trim());
  if (reasons.length > 0) {
    blocks.push({ kind: 'subheading', text: 'Begrunnelser for vurderingene' });
    blocks.push({ kind: 'list', items: reasons.map((r) => `${risks.indexOf(r) + 1}. ${r.title}: ${r.justification}`) });
  }
  return blocks;
}
