import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { unzipSync, strFromU8 } from 'fflate';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { test, expect, expectAccessible } from './fixtures';
import { sampleAssessment } from '../support/sample-assessment';

/** Opens the report page with the sample assessment stored as the active one (the report not yet made). */
async function openWithSample(page: Page) {
  await page.goto('verktoy/rapport/');
  const a = sampleAssessment();
  await page.evaluate((a) => {
    localStorage.setItem(`some-veilederen:v1:vurdering:${a.id}`, JSON.stringify(a));
    localStorage.setItem('some-veilederen:v1:aktiv', a.id);
  }, a);
  await page.reload();
}

/** Stores the sample assessment as the active one and makes the report. */
async function openReport(page: Page) {
  await openWithSample(page);
  await page.getByRole('button', { name: 'Lag rapporten' }).click();
  await expect(page.getByRole('heading', { name: 'Vurdering av personvernkonsekvenser: Facebook – Kulturetaten' })).toBeVisible();
}

async function pdfText(buffer: Buffer): Promise<{ pages: number; text: string }> {
  const doc = await getDocument({ data: new Uint8Array(buffer), useSystemFonts: false, isEvalSupported: false }).promise;
  const parts: string[] = [];
  for (let i = 1; i <= doc.numPages; i += 1) {
    const content = await (await doc.getPage(i)).getTextContent();
    parts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  return { pages: doc.numPages, text: parts.join('\n').replace(/\s+/g, ' ') };
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
  expect(scripts.filter((s) => /ReportDocument|legal-basis|to-docx/.test(s)), 'rapportens kode lastes ikke med siden').toEqual([]);
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
  for (const heading of ['Systematisk beskrivelse av behandlingen', 'Behandlingsgrunnlag', 'Risikovurdering', 'Sjekklister', 'Ledelsens beslutninger'])
    await expect(report.getByRole('heading', { name: heading, level: 3 })).toBeVisible();
  await expect(report).toContainText('Betinget godkjent – revidert vurdering skal tilbake til ledelsen');
  await expect(report.getByRole('table', { name: 'Risikoregister' })).toContainText('Sensitive opplysninger i kommentarer');
  const before = report.getByRole('table', { name: /^Risikokart før tiltak/ });
  await expect(before.getByRole('row', { name: /Konsekvens 4/ })).toContainText('1 – Høy');
  await expect(report.getByRole('table', { name: /^Risikokart for restrisiko/ })).toBeVisible();
  await expect(report.getByRole('table', { name: 'Beslutningsrunder' })).toContainText('Kommunedirektørens ledergruppe');
  await expect(report).toContainText('Dialog er formålet.');
  // The checklists come from content/sjekklister (13 questions in the first list, 2 answered here).
  await expect(report.getByRole('table', { name: 'Status per sjekkliste (antall spørsmål)' }).getByRole('row', { name: /Systematisk beskrivelse av behandlingen/ })).toContainText('2 av 13');
  await expect(report.getByRole('table', { name: 'Svar i sjekklisten «Systematisk beskrivelse av behandlingen»' })).toContainText('Mangler oversikt over funksjonene.');
  // The legal-basis section shows the helper's reading of the answers.
  await expect(report.getByRole('table', { name: 'Spørsmål, svar og begrunnelser' })).toContainText('I hvilken rolle bruker kommunen kanalen?');
  expect(docxRequests, 'Word-biblioteket lastes ikke før klikk').toEqual([]);
  await expectAccessible(page, 'rapport (lyst)');
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.locator('starlight-theme-select select').first().selectOption('dark');
  await expectAccessible(page, 'rapport (mørkt)');
  expect(offsite).toEqual([]);
  expect(pageErrors).toEqual([]);
});

test('utskrift til PDF med Chromium viser bare rapporten, med sideskift per del', async ({ page, offsite, pageErrors }) => {
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

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Skriv ut / lagre som PDF' })).toBeHidden();
  await expect(page.locator('header.header')).toBeHidden();
  await expect(page.locator('nav.sidebar')).toBeHidden();
  const breaks = await page.locator('.report-section').evaluateAll((els) => els.map((el) => getComputedStyle(el).breakBefore));
  expect(breaks).toEqual(['page', 'page', 'page', 'page', 'page']);
  const pdf = await page.pdf({ format: 'A4', printBackground: false });
  const { pages, text } = await pdfText(pdf);
  expect(pages).toBeGreaterThanOrEqual(6);
  for (const s of ['Vurdering av personvernkonsekvenser: Facebook – Kulturetaten', 'Status', 'Betinget godkjent', 'Systematisk beskrivelse av behandlingen',
    'Informere innbyggerne om kulturtilbud.', 'Kommuneloven § 4-1', 'Risikoregister', 'Sensitive opplysninger i kommentarer', '16 (Høy)', 'Risikokart før tiltak',
    '1 – Høy', 'Moderere kommentarfeltet daglig', 'Sjekklister', 'Ledelsens beslutninger', 'Runde 1: Betinget godkjent', 'Kommunedirektørens ledergruppe', 'Dialog er formålet.'])
    expect(text).toContain(s);
  for (const s of ['Skriv ut / lagre som PDF', 'Last ned som Word-fil', 'Vurderingen du arbeider med', 'Hopp til innholdet', 'Rapporten samler alt', 'På denne siden'])
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
  expect(download.suggestedFilename()).toBe(`rapport-facebook-kulturetaten-${today}.docx`);
  await expect(page.getByRole('status').filter({ hasText: 'er lastet ned' })).toBeVisible();
  await expectAccessible(page, 'etter nedlasting');

  const files = unzipSync(new Uint8Array(readFileSync(await download.path())));
  expect(Object.keys(files)).toEqual(expect.arrayContaining(['[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'word/styles.xml', 'word/_rels/document.xml.rels', 'docProps/core.xml']));
  const types = strFromU8(files['[Content_Types].xml']!);
  expect(types).toContain('application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml');
  expect(strFromU8(files['_rels/.rels']!)).toContain('Target="word/document.xml"');
  const xml = strFromU8(files['word/document.xml']!);
  const paragraphs = [...xml.matchAll(/<w:p>(.*?)<\/w:p>|<w:p [^>]*>(.*?)<\/w:p>/gs)].map((m) => m[0]);
  const textOf = (p: string) => [...p.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
  const headings = (style: string) => paragraphs.filter((p) => p.includes(`<w:pStyle w:val="${style}"/>`)).map(textOf);
  expect(headings('Title')).toEqual(['Vurdering av personvernkonsekvenser: Facebook – Kulturetaten']);
  expect(headings('Heading1')).toEqual(['Systematisk beskrivelse av behandlingen', 'Behandlingsgrunnlag', 'Risikovurdering', 'Sjekklister', 'Ledelsens beslutninger']);
  expect(headings('Heading2')).toContain('Runde 1: Betinget godkjent, 21. november 2026');
  const tables = [...xml.matchAll(/<w:tbl>(.*?)<\/w:tbl>/gs)].map((m) => [...m[1]!.matchAll(/<w:tr>(.*?)<\/w:tr>|<w:tr [^>]*>(.*?)<\/w:tr>/gs)].map((r) => [...r[0].matchAll(/<w:tc>(.*?)<\/w:tc>/gs)].map((c) => textOf(c[1]!))));
  const riskTable = tables.find((t) => t[0]?.join('|') === 'Nr.|Risiko|Personvernmål|Risiko før tiltak|Tiltak|Restrisiko');
  expect(riskTable?.[1]).toEqual(['1', 'Sensitive opplysninger i kommentarer', 'Åpenhet', '16 (Høy)', 'Moderere kommentarfeltet daglig', '12 (Høy)']);
  const rounds = tables.find((t) => t[0]?.[0] === 'Runde');
  expect(rounds?.[1]?.slice(0, 4)).toEqual(['1', '21. november 2026', 'Kommunedirektørens ledergruppe', 'Betinget godkjent']);
  expect(xml).toContain('Hvorfor rådet ikke ble fulgt: ');
  expect(offsite).toEqual([]);
  expect(pageErrors).toEqual([]);
});
