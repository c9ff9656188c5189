import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { unzipSync, strFromU8 } from 'fflate';
import { test, expect, expectAccessible } from './fixtures';
import { sampleAssessment } from '../support/sample-assessment';
import { docxArchiveParts, libreOfficePdf, pdfText } from './report-helpers';
import { STORAGE_PREFIX } from '../../src/lib/workspace/stored';

/** Opens the report page with the sample assessment stored as the active one (the report not yet made). */
async function openWithSample(page: Page) {
  await page.goto('verktoy/rapport/');
  const a = sampleAssessment();
  await page.evaluate(
    ([a, prefix]) => {
      localStorage.setItem(`${prefix}vurdering:${a.id}`, JSON.stringify(a));
      localStorage.setItem(`${prefix}aktiv`, a.id);
    },
    [a, STORAGE_PREFIX] as const,
  );
  await page.reload();
}

/** Stores the sample assessment as the active one and makes the report. */
async function openReport(page: Page) {
  await openWithSample(page);
  await page.getByRole('button', { name: 'Lag rapporten' }).click();
  await expect(page.getByRole('heading', { name: 'Vurdering av personvernkonsekvenser: Facebook – Kulturetaten' })).toBeVisible();
}

test('rapporten lastes først når brukeren ber om den, med tastaturet @underkatalog', async ({ page, offsite, pageErrors }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  await openWithSample(page);
  const make = page.getByRole('button', { name: 'Lag rapporten' });
  await expect(make).toBeVisible();
  await expect(page.getByRole('region', { name: 'Lag rapporten' })).toContainText('«Facebook – Kulturetaten»');
  await page.waitForLoadState('networkidle');
  expect(
    scripts.filter((s) => /ReportDocument|legal-basis|to-docx/.test(s)),
    'rapportens kode lastes ikke med siden',
  ).toEqual([]);
  await expectAccessible(page, 'rapport før den er laget');
  await make.focus();
  await page.keyboard.press('Enter');
  const title = page.getByRole('heading', { level: 2, name: 'Vurdering av personvernkonsekvenser: Facebook – Kulturetaten' });
  await expect(title).toBeFocused();
  expect(scripts.some((s) => /ReportDocument/.test(s))).toBe(true);
  expect(scripts.filter((s) => /to-docx/.test(s))).toEqual([]);
  await expect(page.getByRole('button', { name: 'Lag rapporten' })).toHaveCount(0);
  expect(offsite).toEqual([]);
  expect(pageErrors).toEqual([]);
});

test('rapporten viser alle deler og er tilgjengelig i lyst og mørkt tema', async ({ page, offsite, pageErrors }) => {
  test.setTimeout(120_000);
  const docxRequests: string[] = [];
  page.on('request', (r) => {
    if (/to-docx/.test(r.url())) docxRequests.push(r.url());
  });
  await page.goto('verktoy/rapport/');
  await expect(page.getByText('Velg eller opprett en vurdering for å se rapporten.')).toBeVisible();
  await expectAccessible(page, 'rapport uten vurdering');
  await openReport(page);
  const report = page.getByRole('article');
  for (const heading of [
    'Trenger vi en DPIA?',
    'Systematisk beskrivelse av behandlingen',
    'Nødvendighet og forholdsmessighet',
    'Medvirkning',
    'Personvernombudets råd',
    'Risikoer og tiltak',
    'Beslutning og godkjenning',
    'Vedlegg',
  ])
    await expect(report.getByRole('heading', { name: heading, level: 3 })).toBeVisible();
  // The sample's conditional approval was recorded with a high residual risk (12 on the classic method): prior consultation before start (art. 36 nr. 1).
  await expect(report).toContainText('Forhåndsdrøfting kreves før oppstart');
  await expect(report.getByRole('table', { name: 'Risikoregister' })).toContainText('Sensitive opplysninger i kommentarer');
  const before = report.getByRole('table', { name: /^Risikokart før tiltak/ });
  // Rows are likelihood (S4 K4 is «Høy» in the site's example method), with the band in text in every cell.
  await expect(before.getByRole('row', { name: /^S4 / })).toContainText('1 – Høy');
  await expect(report.getByRole('table', { name: /^Risikokart for restrisiko/ })).toBeVisible();
  await expect(report.getByRole('table', { name: 'Beslutningsrunder' })).toContainText('Kommunedirektørens ledergruppe');
  await expect(report).toContainText('Dialog er formålet.');
  // The checklists come from content/sjekklister (13 questions in the first list, 2 answered here).
  await expect(
    report
      .getByRole('table', { name: 'Status per sjekkliste (antall spørsmål)' })
      .getByRole('row', { name: /Systematisk beskrivelse av behandlingen/ }),
  ).toContainText('2 av 13');
  await expect(report.getByRole('table', { name: 'Svar i sjekklisten «Systematisk beskrivelse av behandlingen»' })).toContainText(
    'Mangler oversikt over funksjonene.',
  );
  // The legal-basis section shows the helper's reading of the answers.
  await expect(report.getByRole('table', { name: 'Spørsmål, svar og begrunnelser' })).toContainText(
    'I hvilken rolle bruker kommunen kanalen?',
  );
  expect(docxRequests, 'Word-biblioteket lastes ikke før klikk').toEqual([]);
  await expectAccessible(page, 'rapport (lyst)');
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.locator('starlight-theme-select select').first().selectOption('dark');
  await expectAccessible(page, 'rapport (mørkt)');
  expect(offsite).toEqual([]);
  expect(pageErrors).toEqual([]);
});

test('utskrift til PDF med Chromium viser bare rapporten, på høyst 8 A4-sider og under 1,5 MB', async ({ page, offsite, pageErrors }) => {
  test.setTimeout(120_000);
  await openReport(page);
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
  await page.getByRole('button', { name: 'Skriv ut / lagre som PDF' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  // The status message after a Word download must not print.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Last ned som Word-fil (.docx)' }).click();
  await downloading;
  await expect(page.getByRole('status').filter({ hasText: 'er lastet ned' })).toBeVisible();

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Skriv ut / lagre som PDF' })).toBeHidden();
  await expect(page.locator('header.header')).toBeHidden();
  await expect(page.locator('nav.sidebar')).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'er lastet ned' })).toBeHidden();
  // No forced page break per section; headings stay with what follows; table header rows repeat on every page.
  const sections = page.locator('.report-section');
  expect(await sections.count()).toBeGreaterThan(3);
  expect(await sections.evaluateAll((els) => els.map((el) => getComputedStyle(el).breakBefore))).toEqual(
    Array(await sections.count()).fill('auto'),
  );
  expect(
    await page.locator('.report h3, .report h4').evaluateAll((els) => [...new Set(els.map((el) => getComputedStyle(el).breakAfter))]),
  ).toEqual(['avoid']);
  expect(
    await page.locator('.report-table thead').evaluateAll((els) => [...new Set(els.map((el) => getComputedStyle(el).display))]),
  ).toEqual(['table-header-group']);
  // The page title during printing is the suggested name of the PDF file.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  expect(await page.title()).toMatch(/^\d{4}-\d\d-\d\d-kulturetaten-facebook-kulturetaten$/);
  const pdf = await page.pdf({ format: 'A4' });
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  expect(await page.title()).toBe('Rapport | SoMe-veilederen');
  expect(pdf.length, 'PDF-filen er under 1,5 MB').toBeLessThan(1.5 * 1024 * 1024);
  const { pages, text } = await pdfText(pdf);
  expect(pages).toBeLessThanOrEqual(8);
  for (const s of [
    'Vurdering av personvernkonsekvenser: Facebook – Kulturetaten',
    'Status',
    'Betinget godkjent',
    'Systematisk beskrivelse av behandlingen',
    'Informere innbyggerne om kulturtilbud.',
    'Kommuneloven § 4-1',
    'Risikoregister',
    'Sensitive opplysninger i kommentarer',
    'S4 K4 (Høy)',
    'Risikokart før tiltak',
    '1 – Høy',
    'Moderere kommentarfeltet daglig',
    'Sjekklister',
    'Ledelsens beslutninger',
    'Runde 1: Betinget godkjent',
    'Kommunedirektørens ledergruppe',
    'Dialog er formålet.',
  ])
    expect(text).toContain(s);
  for (const s of [
    'Skriv ut / lagre som PDF',
    'Last ned som Word-fil',
    'er lastet ned',
    'Filnavn',
    'Vurderingen dere arbeider med',
    'Hopp til innholdet',
    'Rapporten samler alt',
    'På denne siden',
  ])
    expect(text).not.toContain(s);
  expect(offsite).toEqual([]);
  expect(pageErrors).toEqual([]);
});

test('Word-filen lastes ned med tastaturet og har overskrifter, risikotabell og beslutninger', async ({ page, offsite, pageErrors }) => {
  test.setTimeout(120_000);
  await openReport(page);
  await page.getByRole('button', { name: 'Skriv ut / lagre som PDF' }).focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Last ned som Word-fil (.docx)' })).toBeFocused();
  const downloading = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const download = await downloading;
  const today = await page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
  expect(download.suggestedFilename()).toBe(`${today}-kulturetaten-facebook-kulturetaten.docx`);
  await expect(page.getByRole('status').filter({ hasText: 'er lastet ned' })).toBeVisible();
  await expectAccessible(page, 'etter nedlasting');

  const files = unzipSync(new Uint8Array(readFileSync(await download.path())));
  expect(Object.keys(files)).toEqual(
    expect.arrayContaining([
      '[Content_Types].xml',
      '_rels/.rels',
      'word/document.xml',
      'word/styles.xml',
      'word/_rels/document.xml.rels',
      'docProps/core.xml',
    ]),
  );
  const types = strFromU8(files['[Content_Types].xml']);
  expect(types).toContain('application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml');
  expect(strFromU8(files['_rels/.rels'])).toContain('Target="word/document.xml"');
  const xml = strFromU8(files['word/document.xml']);
  const paragraphs = [...xml.matchAll(/<w:p>(.*?)<\/w:p>|<w:p [^>]*>(.*?)<\/w:p>/gs)].map((m) => m[0]);
  const textOf = (p: string) => [...p.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
  const headings = (style: string) => paragraphs.filter((p) => p.includes(`<w:pStyle w:val="${style}"/>`)).map(textOf);
  expect(headings('Title')).toEqual(['Vurdering av personvernkonsekvenser: Facebook – Kulturetaten']);
  expect(headings('Heading1')).toEqual([
    'Trenger vi en DPIA?',
    'Systematisk beskrivelse av behandlingen',
    'Nødvendighet og forholdsmessighet',
    'Medvirkning',
    'Personvernombudets råd',
    'Risikoer og tiltak',
    'Beslutning og godkjenning',
    'Vedlegg',
  ]);
  expect(headings('Heading2')).toContain('Runde 1: Betinget godkjent, 21. november 2026');
  const tables = [...xml.matchAll(/<w:tbl>(.*?)<\/w:tbl>/gs)].map((m) =>
    [...m[1].matchAll(/<w:tr>(.*?)<\/w:tr>|<w:tr [^>]*>(.*?)<\/w:tr>/gs)].map((r) =>
      [...r[0].matchAll(/<w:tc>(.*?)<\/w:tc>/gs)].map((c) => textOf(c[1])),
    ),
  );
  const riskTable = tables.find((t) => t[0]?.join('|') === 'Nr.|Risiko|Personvernmål|Før tiltak|Tiltak|Restrisiko nå|Planlagt restrisiko');
  // The measure is only planned: the residual risk now is the risk before measures; S3 K4 is what the plan would give.
  expect(riskTable?.[1]).toEqual([
    '1',
    'Sensitive opplysninger i kommentarer',
    'Åpenhet',
    'S4 K4 (Høy)',
    'Planlagt: Moderere kommentarfeltet daglig',
    'S4 K4 (Høy)',
    'S3 K4 (Høy)',
  ]);
  expect(xml).toContain('Vedlegg C: Risikometoden');
  expect(xml).toContain('Nivåene og akseptkriteriene');
  const rounds = tables.find((t) => t[0]?.[0] === 'Runde');
  expect(rounds?.[1]?.slice(0, 4)).toEqual(['1', '21. november 2026', 'Kommunedirektørens ledergruppe', 'Betinget godkjent']);
  expect(xml).toContain('Hvorfor rådet ikke ble fulgt: ');
  expect(offsite).toEqual([]);
  expect(pageErrors).toEqual([]);
});

test('Word-filen har topptekst, bunntekst med sidetall, innholdsfortegnelse, norsk språk og dokumentegenskaper, og LibreOffice gjør den om til PDF', async ({
  page,
  offsite,
  pageErrors,
}) => {
  test.setTimeout(180_000);
  await openReport(page);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Last ned som Word-fil (.docx)' }).click();
  const download = await downloading;
  const file = await download.path();
  const parts = docxArchiveParts(file);
  expect(parts.headerText).toBe('Kulturetaten · Facebook – Kulturetaten');
  expect(parts.footerText).toMatch(/^Versjon \d{1,2}\. \p{L}+ \d{4}, fingeravtrykk fnv1a64:[0-9a-f]{16}Side {2}av $/u);
  expect(parts.footerFields).toEqual(['PAGE', 'NUMPAGES']);
  expect(parts.tocField).toBe(true);
  expect(parts.tocEntries).toEqual(await page.getByRole('article').locator('h3').allTextContents());
  expect(parts.defaultLanguage).toBe('nb-NO');
  expect(parts.core).toContain('<dc:title>Vurdering av personvernkonsekvenser: Facebook – Kulturetaten</dc:title>');
  expect(parts.core).toContain('<dc:creator>Kulturetaten</dc:creator>');
  expect(parts.core).toMatch(/<dcterms:created xsi:type="dcterms:W3CDTF">\d{4}-\d\d-\d\dT/);

  const { pages, text } = await pdfText(libreOfficePdf(file));
  expect(pages).toBeGreaterThanOrEqual(3);
  expect(pages).toBeLessThanOrEqual(10);
  for (const s of [
    'Vurdering av personvernkonsekvenser: Facebook – Kulturetaten',
    'Kulturetaten · Facebook – Kulturetaten',
    'Innhold',
    'Risikoregister',
    `Side 1 av ${pages}`,
    `Side ${pages} av ${pages}`,
  ])
    expect(text).toContain(s);
  expect(offsite).toEqual([]);
  expect(pageErrors).toEqual([]);
});
