/**
 * Report section: the risk register (chapter 7) on the assessment's own risk
 * method, with the heat maps as tables of counts with the band named in every
 * cell (so they read in black and white), the residual risk with the measures
 * in place today and when the planned ones are done, the measures split into
 * those in place and those planned, and the method itself as an appendix.
 */
import type { Risk, Score } from '../../model/schema';
import type { Band } from '../../risk/scoring';
import { bandAt, isHighBand, type MethodBand, type RiskMethod } from '../../risk/method';
import { ratingText } from '../../risk/method-presets';
import { isInPlace, residualOf, residualPicture, restsOnPlannedLine } from '../../risk/method-residual';
import { describeResidual, residualRisk } from '../../decisions/residual';
import { GOAL_LABEL, MEASURE_STATUS_LABEL } from '../../model/labels';
import { formatDate, type Block } from '../model';

/** «S4 K3 (Høy)» or «4 × 3 = 12 (Høy)» on the classic method, or «Ikke vurdert». */
function scoreText(method: RiskMethod, l: Score, c: Score): string {
  const band = bandAt(method, l, c);
  return l === null || c === null || band === null ? 'Ikke vurdert' : `${ratingText(method, l, c)} (${band.name})`;
}

/** The three-step class a band is drawn with on screen: the lowest band, the high bands, and those between. */
function bandClass(method: RiskMethod, band: MethodBand | null): Band | null {
  if (band === null) return null;
  if (isHighBand(method, band.id)) return 'hoy';
  return method.bands[0]?.id === band.id ? 'lav' : 'middels';
}

export type HeatStage = 'for' | 'na' | 'planlagt';
const HEAT_CAPTION: Record<HeatStage, string> = {
  for: 'Risikokart før tiltak',
  na: 'Risikokart for restrisiko nå (med tiltakene som er på plass i dag)',
  planlagt: 'Risikokart for restrisiko når de planlagte tiltakene er gjennomført',
};

/** A heat map on the method: rows likelihood from the highest, columns consequence, cells «antall – nivå». */
export function heatMap(risks: readonly Risk[], which: HeatStage, method: RiskMethod, today = ''): Block {
  const counts = new Map<string, number>();
  for (const r of risks) {
    const view = residualOf(r, method, today);
    const rating = which === 'for' ? view.before : which === 'na' ? view.now : view.planned;
    if (rating.likelihood !== null && rating.consequence !== null && rating.band) {
      const key = `${rating.likelihood}-${rating.consequence}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const rows: string[][] = [];
  const bands: (Band | null)[][] = [];
  for (let l = method.likelihood.length; l >= 1; l -= 1) {
    const row = [`S${l}`];
    const bandRow: (Band | null)[] = [];
    for (let c = 1; c <= method.consequence.length; c += 1) {
      const band = bandAt(method, l, c);
      row.push(`${counts.get(`${l}-${c}`) ?? 0} – ${band?.name ?? 'Ikke vurdert'}`);
      bandRow.push(bandClass(method, band));
    }
    rows.push(row);
    bands.push(bandRow);
  }
  const unplaced = risks.length - [...counts.values()].reduce((a, b) => a + b, 0);
  return {
    kind: 'table',
    caption:
      HEAT_CAPTION[which] +
      ` (antall risikoer per rute og risikonivå${unplaced > 0 ? `; ${unplaced} ikke plassert fordi ${unplaced === 1 ? 'den' : 'de'} ikke er vurdert` : ''})`,
    // Column headers are the consequence steps; the corner cell says which axis is which.
    headers: ['S = sannsynlighet, K = konsekvens', ...method.consequence.map((_, i) => `K${i + 1}`)],
    rows,
    rowHeaders: true,
    bands,
  };
}

export function riskBlocks(risks: readonly Risk[], method: RiskMethod, today = ''): Block[] {
  if (risks.length === 0) {
    return [
      { kind: 'paragraph', text: 'Ingen risikoer er registrert i vurderingen ennå.' },
      { kind: 'paragraph', text: `Vurderingens risikometode: ${method.name}. Metoden er beskrevet i vedlegg C.` },
    ];
  }
  const picture = residualPicture(risks, method, today);
  const blocks: Block[] = [
    { kind: 'paragraph', text: `Vurderingens risikometode: ${method.name}. Metoden er beskrevet i vedlegg C.` },
    { kind: 'paragraph', text: `Restrisiko nå, med tiltakene som er på plass i dag: ${describeResidual(residualRisk(risks, method))}` },
    { kind: 'paragraph', text: restsOnPlannedLine(picture) },
  ];
  if (picture.restingOnPlanned.length > 0) {
    blocks.push({
      kind: 'list',
      items: picture.restingOnPlanned.flatMap((r) =>
        r.measures.map(
          (m) =>
            `${m.text || 'Tiltak uten tekst'} (${r.title}: ${r.now.toLowerCase()} nå, ${r.planned.toLowerCase()} når tiltakene er gjennomført; ` +
            `ansvarlig ${m.owner || 'ikke oppgitt'}, frist ${m.deadline ? formatDate(m.deadline) : 'ikke satt'})`,
        ),
      ),
    });
  }
  if (picture.missingJustification.length > 0) {
    blocks.push({
      kind: 'paragraph',
      strong: true,
      text: `Vurderingen etter tiltak mangler begrunnelse for: ${picture.missingJustification.map((r) => r.title).join(', ')}.`,
    });
  }
  blocks.push({
    kind: 'table',
    caption: 'Risikoregister',
    headers: ['Nr.', 'Risiko', 'Personvernmål', 'Før tiltak', 'Tiltak', 'Restrisiko nå', 'Planlagt restrisiko'],
    rows: risks.map((r, i) => {
      const view = residualOf(r, method, today);
      const inPlace = r.measures.filter(isInPlace).map((m) => m.text);
      const planned = r.measures.filter((m) => !isInPlace(m)).map((m) => m.text);
      const measures = [
        inPlace.length ? `På plass: ${inPlace.join('; ')}` : '',
        planned.length ? `Planlagt: ${planned.join('; ')}` : '',
      ].filter(Boolean);
      return [
        String(i + 1),
        r.description.trim() ? `${r.title}: ${r.description}` : r.title,
        GOAL_LABEL[r.goal],
        scoreText(method, r.likelihood, r.consequence),
        measures.length ? measures.join('. ') : 'Ingen tiltak',
        scoreText(method, view.now.likelihood, view.now.consequence),
        scoreText(method, view.planned.likelihood, view.planned.consequence),
      ];
    }),
  });
  // Before measures and the residual risk now (what the decision rests on); the planned residual risk is in the register.
  blocks.push(heatMap(risks, 'for', method, today), heatMap(risks, 'na', method, today));
  const measures = risks.flatMap((r, i) => r.measures.map((m) => ({ m, nr: i + 1 })));
  const inPlace = measures.filter(({ m }) => isInPlace(m));
  const planned = measures.filter(({ m }) => !isInPlace(m));
  if (inPlace.length > 0) {
    blocks.push({
      kind: 'table',
      caption: 'Tiltak som er på plass i dag (etablert)',
      headers: ['Tiltak', 'Risiko nr.', 'Ansvarlig'],
      rows: inPlace.map(({ m, nr }) => [m.text, String(nr), m.owner || '–']),
    });
  }
  if (planned.length > 0) {
    blocks.push({
      kind: 'table',
      caption: 'Planlagte tiltak (teller ikke i restrisikoen nå)',
      headers: ['Tiltak', 'Risiko nr.', 'Ansvarlig', 'Frist', 'Status'],
      rows: planned.map(({ m, nr }) => [
        m.text,
        String(nr),
        m.owner || 'Ikke oppgitt',
        m.deadline ? `${formatDate(m.deadline)}${today && m.deadline < today ? ' (passert)' : ''}` : 'Ikke satt',
        MEASURE_STATUS_LABEL[m.status],
      ]),
    });
  }
  const reasons = risks.filter((r) => r.justification.trim());
  if (reasons.length > 0) {
    blocks.push({ kind: 'subheading', text: 'Begrunnelser for vurderingene før tiltak' });
    blocks.push({ kind: 'list', items: reasons.map((r) => `${risks.indexOf(r) + 1}. ${r.title}: ${r.justification}`) });
  }
  const residualReasons = risks.filter((r) => (r.residualJustification ?? '').trim());
  if (residualReasons.length > 0) {
    blocks.push({ kind: 'subheading', text: 'Begrunnelser for vurderingene etter tiltak' });
    blocks.push({ kind: 'list', items: residualReasons.map((r) => `${risks.indexOf(r) + 1}. ${r.title}: ${r.residualJustification}`) });
  }
  return blocks;
}

/**
 * The method appendix: what the method is, both scales, the matrix with the
 * band of every cell written out, and what each band means for management.
 */
export function methodBlocks(method: RiskMethod): Block[] {
  const blocks: Block[] = [{ kind: 'paragraph', text: `Metode: ${method.name}. ${method.description}`.trim() }];
  const steps = Math.max(method.likelihood.length, method.consequence.length);
  const step = (s: { name: string; description: string } | undefined) =>
    s ? (s.description ? `${s.name}: ${s.description}` : s.name) : '–';
  blocks.push({
    kind: 'table',
    caption: 'Skalaene for sannsynlighet og konsekvens',
    headers: ['Trinn', 'Sannsynlighet (S)', 'Konsekvens (K)'],
    rows: Array.from({ length: steps }, (_, i) => [String(i + 1), step(method.likelihood[i]), step(method.consequence[i])]),
  });
  const rows: string[][] = [];
  const bands: (Band | null)[][] = [];
  for (let l = method.likelihood.length; l >= 1; l -= 1) {
    rows.push([`S${l}`, ...method.consequence.map((_, c) => bandAt(method, l, c + 1)?.name ?? '–')]);
    bands.push(method.consequence.map((_, c) => bandClass(method, bandAt(method, l, c + 1))));
  }
  blocks.push(
    {
      kind: 'table',
      caption: 'Risikomatrisen: nivået i hver rute',
      headers: ['S = sannsynlighet, K = konsekvens', ...method.consequence.map((_, i) => `K${i + 1}`)],
      rows,
      rowHeaders: true,
      bands,
    },
    { kind: 'subheading', text: 'Nivåene og akseptkriteriene' },
    {
      kind: 'list',
      items: method.bands.map(
        (b) =>
          `${b.name}${isHighBand(method, b.id) ? ' (høy risiko, art. 36)' : ''}: ${b.criterion || 'Akseptkriteriet er ikke fastsatt.'}`,
      ),
    },
  );
  return blocks;
}
