import { describe, it, expect } from 'vitest';
import { Packer } from 'docx';
import { unzipSync, strFromU8 } from 'fflate';
import { fullAssessment, sampleAssessment, sampleChecklists } from '../support/sample-assessment';
import { emptyAssessment } from '../../src/lib/model/schema';
import { buildReport } from '../../src/lib/report/build';
import { reportText, formatDate } from '../../src/lib/report/model';
import { slugify as slug } from '../../src/lib/workspace/slug';
import { reportToDocument } from '../../src/lib/report/to-docx';
import { heatMap } from '../../src/lib/report/sections/risks';
import { assessmentFingerprint } from '../../src/lib/decisions/fingerprint';

describe('rapportmodellen', () => {
  const model = buildReport(sampleAssessment(), { today: '2026-11-22', checklists: sampleChecklists });
  const text = reportText(model);
  it('har forside med status fra beslutningsreglene', () => {
    // The sample's conditional approval has a high residual risk (12): prior consultation before start (art. 36 nr. 1).
    // (Before issue 15 the cover said «Betinget godkjent – revidert vurdering skal tilbake til ledelsen».)
    expect(model.cover).toContainEqual({ label: 'Status', value: 'Forhåndsdrøfting kreves før oppstart' });
    expect(model.cover).toContainEqual({
      label: 'Forhåndsdrøfting med Datatilsynet (art. 36)',
      value: 'Forhåndsdrøfting kreves før oppstart',
    });
    expect(model.cover).toContainEqual({ label: 'Dato for rapporten', value: '22. november 2026' });
    expect(model.cover[0]).toEqual({ label: 'Kommune', value: 'Ikke oppgitt' });
    expect(model.fileName).toBe('2026-11-22-kulturetaten-facebook-kulturetaten.docx');
    expect(model.fileBase).toBe('2026-11-22-kulturetaten-facebook-kulturetaten');
  });
  it('følger art. 35 nr. 7: behov, beskrivelse, nødvendighet, medvirkning, ombudets råd, risiko, beslutning og vedlegg', () => {
    expect(model.sections.map((s) => s.id)).toEqual([
      'screening',
      'beskrivelse',
      'nodvendighet',
      'medvirkning',
      'personvernombud',
      'risiko',
      'beslutning',
      'vedlegg',
    ]);
    expect(text).toContain('Vedlegg B: Etisk refleksjon\nDen etiske refleksjonen er ikke fylt ut.');
    const withEthics = buildReport(
      { ...sampleAssessment(), ethics: { themes: { lov: { present: 'Lovlig med tiltak', absent: '' } }, conclusion: 'Vi går videre.' } },
      { today: '2026-11-22', checklists: sampleChecklists },
    );
    expect(reportText(withEthics)).not.toContain('Den etiske refleksjonen er ikke fylt ut.');
    expect(reportText(withEthics)).toContain('Lov | Lovlig med tiltak | –');
    expect(reportText(withEthics)).toContain('Valg: Ikke avgjort ennå');
    expect(reportText(withEthics)).toContain('Begrunnelse for valget');
  });
  it('inneholder beskrivelse, grunnlag, risiko, tiltak, sjekklister og runder', () => {
    for (const s of [
      'Informere innbyggerne om kulturtilbud.',
      'Kommuneloven § 4-1 om aktiv informasjon.',
      'Sensitive opplysninger i kommentarer',
      'S4 K4 (Høy)',
      'S3 K4 (Høy)',
      'Moderere kommentarfeltet daglig',
      'Planlagte tiltak (teller ikke i restrisikoen nå)',
      'Moderere kommentarfeltet daglig | 1 | Redaksjonen | 1. desember 2026 | Planlagt',
      'Systematisk beskrivelse av behandlingen | 2 av 3 | 1 | 0 | 1 | 0',
      'Har dere listet opp funksjonene dere bruker? | Nei | Mangler oversikt over funksjonene.',
      'Har dere anslått omfanget? | Ikke besvart | –',
      'Behandlingsgrunnlag: Ikke avklart',
      'I hvilken rolle bruker kommunen kanalen? | Som offentlig myndighet eller for å utføre en oppgave i allmennhetens interesse | Kommuneloven § 4-1 om aktiv informasjon.',
      'Dette gjenstår',
      'Rutine for moderering | Ja | Vedtatt 25. november.',
      'Hvorfor rådet ikke ble fulgt: Dialog er formålet.',
      'Synspunkter fra de registrerte (art. 35 nr. 9): Ikke innhentet',
      'Runde 1: Betinget godkjent, 21. november 2026',
    ])
      expect(text).toContain(s);
    expect(text).toContain('Vurderingen er endret etter siste registrerte beslutning');
  });
  it('sier med ord hva som mangler når en del ikke er fylt ut', () => {
    const empty = buildReport(
      emptyAssessment({ id: 'v-tom', title: 'Tom', platform: 'TikTok', unit: 'Bibliotek', owner: '' }, new Date('2026-11-20T09:00:00Z')),
      { today: '2026-11-22', checklists: sampleChecklists },
    );
    const missing = (id: string) => reportText({ ...empty, cover: [], sections: empty.sections.filter((s) => s.id === id) });
    expect(missing('screening')).toContain('Mangler: Vurderingen av om det trengs en DPIA er ikke fylt ut.');
    expect(missing('beskrivelse')).toContain('Mangler: Den systematiske beskrivelsen er ikke fylt ut.');
    expect(missing('nodvendighet')).toContain('Mangler: Vurderingen av nødvendighet og forholdsmessighet er ikke fylt ut.');
    expect(missing('medvirkning')).toContain('Mangler: Ingen medvirkning er registrert.');
    expect(missing('personvernombud')).toContain('Mangler: Personvernombudets råd er ikke skrevet inn (art. 35 nr. 2).');
    expect(missing('risiko')).toContain('Ingen risikoer er registrert i vurderingen ennå.');
    expect(missing('beslutning')).toContain('Mangler: Godkjenningen er ikke fylt ut.');
    expect(missing('beslutning')).toContain('Ledelsen har ikke behandlet vurderingen ennå');
    expect(missing('vedlegg')).toContain('Den etiske refleksjonen er ikke fylt ut.');
  });
  it('fyller hver del fra datamodellen (versjon 3) når vurderingen er gjennomført', () => {
    const full = buildReport(fullAssessment(), { today: '2026-11-22', checklists: sampleChecklists });
    const all = reportText(full);
    expect(all).not.toContain('Mangler:');
    expect(all).not.toContain('Ikke fylt ut');
    for (const s of [
      'Resultat: Påkrevd: vi skal gjennomføre en DPIA',
      'Særlige kategorier eller svært personlige opplysninger | Ja | Kommentarer.',
      'Helseopplysninger i kommentarer | Ja | Kan forekomme.',
      'Ungdom under 18 | Ja | –',
      'Meta | Plattformen selv | –',
      'Direktemeldinger | Nei | Slått av.',
      'Kulturetatens side | Konto eller side | Tofaktorautentisering er slått på | –',
      'Innlegg arkiveres månedlig før noe slettes.',
      'Hvor går det: Facebook',
      'Piksel og direktemeldinger er slått av.',
      'Kommunens eget nettsted | Ja | Hovedkanalen for informasjon.',
      'Personvernombudet | Personvernombudet | 10. november 2026 | Gikk gjennom risikoene. | Tiltak lagt inn.',
      'Slå av direktemeldinger og moderer kommentarene daglig.',
      'Godkjent av: Kari Nordmann, Kommunedirektør',
      'Personvernombudets råd fulgt: Ja',
      'Restrisikoen godtatt av: Kommunedirektøren',
      'Neste gjennomgang: 21. november 2027',
      'Forhåndsdrøfting med Datatilsynet (art. 36): Forhåndsdrøfting kreves før oppstart',
    ])
      expect(all).toContain(s);
    const withLog = buildReport(
      {
        ...fullAssessment(),
        priorConsultations: [
          {
            id: 'p1',
            recordedAt: '2026-11-22T10:00:00.000Z',
            requestedDate: '2026-11-22',
            reference: '26/123',
            answerDate: '',
            adviceSummary: '',
            roundId: null,
            corrects: null,
            correctionReason: '',
          },
        ],
      },
      { today: '2026-11-22', checklists: sampleChecklists },
    );
    expect(withLog.cover).toContainEqual({
      label: 'Forhåndsdrøfting med Datatilsynet (art. 36)',
      value: 'Forhåndsdrøfting bedt om 22. november 2026, venter på svar fra Datatilsynet',
    });
    expect(reportText(withLog)).toContain('1 | 22. november 2026 | 26/123 | Ikke besvart | – | –');
  });
  it('risikokartene har antall og nivå i tekst i hver rute, på vurderingens metode', () => {
    const a = sampleAssessment();
    const map = heatMap(a.risks, 'for', a.method);
    if (map.kind !== 'table') throw new Error('ikke tabell');
    // The default method: the highest likelihood with consequence 1 is low, 2 middels, 3–5 high.
    expect(map.rows[0].slice(1)).toEqual(['0 – Lav', '0 – Middels', '0 – Høy', '0 – Høy', '0 – Høy']);
    expect(map.rows[1][4]).toBe('1 – Høy');
    expect(map.rows[3][2]).toBe('1 – Lav');
    const unassessed = { ...a.risks[1], id: 'r3', likelihood: null, consequence: null };
    const rest = heatMap([...a.risks, unassessed], 'na', a.method);
    expect(rest.kind === 'table' && rest.caption).toContain('1 ikke plassert');
  });
  it('formaterer datoer og filnavn på norsk', () => {
    expect(formatDate('2026-01-05')).toBe('5. januar 2026');
    expect(slug('Helse- og omsorgsetaten (Sørøst)')).toBe('helse-og-omsorgsetaten-sorost');
  });
});

describe('Word-eksporten', () => {
  it('har overskrifter, risikotabell og beslutningsrunder i document.xml', async () => {
    const model = buildReport(sampleAssessment(), { today: '2026-11-22', checklists: sampleChecklists });
    const buffer = await Packer.toBuffer(reportToDocument(model));
    const files = unzipSync(new Uint8Array(buffer));
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining([
        '[Content_Types].xml',
        '_rels/.rels',
        'word/document.xml',
        'word/styles.xml',
        'word/_rels/document.xml.rels',
      ]),
    );
    const xml = strFromU8(files['word/document.xml']);
    expect(xml).toContain('<w:pStyle w:val="Heading1"/>');
    expect(xml).toContain('<w:pStyle w:val="Heading2"/>');
    expect(xml).toContain('<w:tbl>');
    expect(xml).toContain('Risikoregister');
    expect(xml).toContain('Sensitive opplysninger i kommentarer');
    expect(xml).toContain('Kommunedirektørens ledergruppe');
    expect(strFromU8(files['[Content_Types].xml'])).toContain('wordprocessingml.document.main+xml');
  });

  it('har kommunen (format versjon 4) først i toppteksten og på forsiden når vurderingen oppgir den', async () => {
    const model = buildReport(fullAssessment(), { today: '2026-11-22', checklists: sampleChecklists });
    expect(model.cover[0]).toEqual({ label: 'Kommune', value: 'Eksempel kommune' });
    const files = unzipSync(new Uint8Array(await Packer.toBuffer(reportToDocument(model))));
    const rels = strFromU8(files['word/_rels/document.xml.rels']);
    const header = /Type="[^"]*\/header" Target="([^"]+)"/.exec(rels)?.[1];
    const text = [...strFromU8(files[`word/${header}`]).matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    expect(text).toBe('Eksempel kommune · Kulturetaten · Facebook – Kulturetaten');
  });

  it('har topptekst, bunntekst med versjon og «side X av Y», innholdsfortegnelse, norsk språk og dokumentegenskaper', async () => {
    const a = sampleAssessment();
    const model = buildReport(a, { today: '2026-11-22', checklists: sampleChecklists });
    const before = Date.now();
    const files = unzipSync(new Uint8Array(await Packer.toBuffer(reportToDocument(model))));
    const xml = (name: string) => strFromU8(files[name]);
    const rels = xml('word/_rels/document.xml.rels');
    const header = /Type="[^"]*\/header" Target="([^"]+)"/.exec(rels)?.[1];
    const footer = /Type="[^"]*\/footer" Target="([^"]+)"/.exec(rels)?.[1];
    expect(header && footer).toBeTruthy();
    const document = xml('word/document.xml');
    expect(document).toMatch(/<w:headerReference w:type="default" r:id="[^"]+"\/>/);
    expect(document).toMatch(/<w:footerReference w:type="default" r:id="[^"]+"\/>/);
    const text = (x: string) => [...x.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    expect(text(xml(`word/${header}`))).toBe('Kulturetaten · Facebook – Kulturetaten');
    const footerXml = xml(`word/${footer}`);
    expect(text(footerXml)).toBe(`Versjon 22. november 2026, fingeravtrykk ${assessmentFingerprint(a)}Side  av `);
    expect([...footerXml.matchAll(/<w:instrText[^>]*>([^<]*)<\/w:instrText>/g)].map((m) => m[1])).toEqual(['PAGE', 'NUMPAGES']);
    expect(footerXml.match(/w:fldCharType="begin"/g)).toHaveLength(2);
    // The table of contents is a TOC field over the Heading 1 paragraphs, filled in with the sections' titles.
    expect(document).toContain('<w:instrText xml:space="preserve">TOC \\h \\o &quot;1-1&quot;</w:instrText>');
    const tocEntries = [...document.matchAll(/<w:hyperlink [^>]*w:anchor="(_Toc\d+)"[^>]*><w:r><w:t[^>]*>([^<]*)<\/w:t>/g)].map(
      (m) => m[2],
    );
    expect(tocEntries).toEqual(model.sections.map((s) => s.title));
    const styles = xml('word/styles.xml');
    expect(styles).toMatch(/<w:docDefaults><w:rPrDefault><w:rPr>.*<w:lang w:val="nb-NO"\/>.*<\/w:rPr><\/w:rPrDefault>/);
    for (const id of ['Title', 'Heading1', 'Heading2'])
      expect(styles).toMatch(new RegExp(`<w:style w:type="paragraph" w:styleId="${id}">.*?<w:lang w:val="nb-NO"\\/>.*?</w:style>`));
    const core = xml('docProps/core.xml');
    expect(core).toContain('<dc:title>Vurdering av personvernkonsekvenser: Facebook – Kulturetaten</dc:title>');
    expect(core).toContain('<dc:subject>Vurdering av personvernkonsekvenser (art. 35)</dc:subject>');
    expect(core).toContain('<dc:creator>Kulturetaten</dc:creator>');
    const created = /<dcterms:created xsi:type="dcterms:W3CDTF">([^<]+)<\/dcterms:created>/.exec(core)?.[1];
    expect(Date.parse(created!)).toBeGreaterThanOrEqual(before - 1000);
    expect(Date.parse(created!)).toBeLessThanOrEqual(Date.now() + 1000);
  });
});
