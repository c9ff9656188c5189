/**
 * The report states the assessment's risk method (appendix C: scales, the
 * matrix with band names in text, acceptance criteria) and tells measures in
 * place from planned ones, with the two residual risks. Word export keeps working.
 */
import { describe, it, expect } from 'vitest';
import { Packer } from 'docx';
import { unzipSync, strFromU8 } from 'fflate';
import { buildReport } from '../../src/lib/report/build';
import { reportToDocument } from '../../src/lib/report/to-docx';
import type { ReportModel } from '../../src/lib/report/model';
import { CLASSIC_METHOD, DEFAULT_METHOD } from '../../src/lib/risk/method-presets';
import { sampleAssessment, sampleChecklists } from '../support/sample-assessment';

const text = (m: ReportModel) =>
  m.sections
    .flatMap((s) => [
      s.title,
      ...s.blocks.flatMap((b) =>
        b.kind === 'table'
          ? [b.caption, ...b.headers, ...b.rows.map((r) => r.join(' | '))]
          : b.kind === 'list'
            ? b.items
            : b.kind === 'facts'
              ? b.items.map((i) => `${i.label}: ${i.value}`)
              : [b.text],
      ),
    ])
    .join('\n');

function withPlannedRelief() {
  const a = sampleAssessment();
  const r1 = a.risks[0];
  // Before S4 K4 (høy); the planned measure would bring it to S1 K4 (middels on the default method); one measure is in place.
  a.risks[0] = {
    ...r1,
    residualLikelihood: 1,
    residualConsequence: 4,
    residualJustification: 'Moderering fjerner det meste før andre ser det.',
    measures: [
      ...r1.measures,
      { id: 'm2', text: 'Kommentarfilter med sensitive ord', owner: 'Kommunikasjon', deadline: '', status: 'gjennomfort' },
    ],
  };
  return a;
}

describe('rapportens metodevedlegg', () => {
  it('beskriver metoden: skalaene, matrisen med nivået i tekst og akseptkriteriene', () => {
    const a = sampleAssessment();
    const t = text(buildReport(a, { today: '2026-11-22', checklists: sampleChecklists }));
    expect(t).toContain('Vedlegg C: Risikometoden');
    expect(t).toContain(`Metode: ${DEFAULT_METHOD.name}. ${DEFAULT_METHOD.description}`);
    DEFAULT_METHOD.likelihood.forEach((s, i) =>
      expect(t).toContain(
        `${i + 1} | ${s.name}: ${s.description} | ${DEFAULT_METHOD.consequence[i].name}: ${DEFAULT_METHOD.consequence[i].description}`,
      ),
    );
    // Row likelihood 5 of the default matrix, band names as text.
    expect(t).toContain('S5 | Lav | Middels | Høy | Høy | Høy');
    expect(t).toContain('S1 | Lav | Lav | Lav | Middels | Middels');
    expect(t).toContain('Nivåene og akseptkriteriene');
    for (const b of DEFAULT_METHOD.bands) expect(t).toContain(`${b.name}${b.id === 'hoy' ? ' (høy risiko, art. 36)' : ''}: ${b.criterion}`);
  });

  it('følger vurderingens metode: den klassiske metoden gir produktet og sine nivåer', () => {
    const a = { ...sampleAssessment(), method: structuredClone(CLASSIC_METHOD) };
    const t = text(buildReport(a, { today: '2026-11-22', checklists: sampleChecklists }));
    expect(t).toContain(`Metode: ${CLASSIC_METHOD.name}`);
    expect(t).toContain('4 × 4 = 16 (Høy)');
    expect(t).toContain('S1 | Lav | Lav | Lav | Lav | Middels');
  });

  it('skiller tiltak på plass fra planlagte, og viser restrisiko nå og planlagt restrisiko', () => {
    const model = buildReport(withPlannedRelief(), { today: '2026-12-05', checklists: sampleChecklists });
    const t = text(model);
    expect(t).toContain('Tiltak som er på plass i dag (etablert)');
    expect(t).toContain('Kommentarfilter med sensitive ord | 1 | Kommunikasjon');
    expect(t).toContain('Planlagte tiltak (teller ikke i restrisikoen nå)');
    expect(t).toContain('Moderere kommentarfeltet daglig | 1 | Redaksjonen | 1. desember 2026 (passert) | Planlagt');
    // The register: residual now is the risk before measures (a measure is still planned); planned is S1 K4.
    expect(t).toContain(
      'S4 K4 (Høy) | På plass: Kommentarfilter med sensitive ord. Planlagt: Moderere kommentarfeltet daglig | S4 K4 (Høy) | S1 K4 (Middels)',
    );
    expect(t).toMatch(/1 risiko har lavere restrisiko bare når planlagte tiltak er gjennomført.*blir tiltaket et vilkår/);
    expect(t).toContain('Begrunnelser for vurderingene etter tiltak');
  });

  it('Word-filen har metodevedlegget og de to tiltakslistene', async () => {
    const model = buildReport(withPlannedRelief(), { today: '2026-12-05', checklists: sampleChecklists });
    const files = unzipSync(new Uint8Array(await Packer.toBuffer(reportToDocument(model))));
    const xml = strFromU8(files['word/document.xml']);
    for (const s of [
      'Vedlegg C: Risikometoden',
      'Nivåene og akseptkriteriene',
      'Risikomatrisen: nivået i hver rute',
      'Tiltak som er på plass i dag (etablert)',
      'Planlagte tiltak (teller ikke i restrisikoen nå)',
    ])
      expect(xml).toContain(s);
  });
});
