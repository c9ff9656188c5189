/**
 * Issue 18, «Done when»: a whole assessment in the report. Every art. 35 nr. 7
 * part is filled, the print is at most 8 A4 pages and under 1.5 MB, and the
 * Word file has header, footer, page fields, a table of contents and nb-NO.
 */
import type { Page } from '@playwright/test';
import { test, expect, expectAccessible } from './fixtures';
import { fullAssessment } from '../support/sample-assessment';
import { docxArchiveParts, pdfText } from './report-helpers';

const SECTIONS = ['Trenger vi en DPIA?', 'Systematisk beskrivelse av behandlingen', 'Nødvendighet og forholdsmessighet', 'Medvirkning', 'Personvernombudets råd', 'Risikoer og tiltak', 'Beslutning og godkjenning', 'Vedlegg'];

/** Makes the report of the active assessment and checks it: every part filled, print, PDF and Word. */
async function checkWholeReport(page: Page, title: string, header: string) {
  await page.goto('verktoy/rapport/');
  await page.getByRole('button', { name: 'Lag rapporten' }).click();
  const report = page.getByRole('article');
  await expect(report.getByRole('heading', { level: 2, name: `Vurdering av personvernkonsekvenser: ${title}` })).toBeFocused();
  await expect(report.locator('h3')).toHaveText(SECTIONS);
  // Every part is filled: nothing in the report says it is missing or not filled in.
  for (const missing of ['Mangler:', 'Ikke fylt ut', 'ikke fylt ut'])
    await expect(report.getByText(missing, { exact: false }), `«${missing}» i rapporten`).toHaveCount(0);
  await expectAccessible(page, 'hele rapporten');

  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4' });
  await page.emulateMedia({ media: 'screen' });
  expect(pdf.length, 'PDF-filen er under 1,5 MB').toBeLessThan(1.5 * 1024 * 1024);
  const { pages, text } = await pdfText(pdf);
  expect(pages, 'utskriften er høyst 8 A4-sider').toBeLessThanOrEqual(8);
  for (const s of SECTIONS) expect(text).toContain(s);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Last ned som Word-fil (.docx)' }).click();
  const download = await downloading;
  const parts = docxArchiveParts(await download.path());
  expect(parts.headerText).toBe(header);
  expect(parts.footerText).toMatch(/^Versjon .+, fingeravtrykk fnv1a64:[0-9a-f]{16}Side  av $/);
  expect(parts.footerFields).toEqual(['PAGE', 'NUMPAGES']);
  expect(parts.tocField).toBe(true);
  expect(parts.tocEntries).toEqual(SECTIONS);
  expect(parts.defaultLanguage).toBe('nb-NO');
  return { pages, bytes: pdf.length };
}

test('en gjennomført vurdering (datamodell versjon 3) gir en fullstendig rapport på høyst 8 sider, under 1,5 MB, og en Word-fil klar for arkivet', async ({ page, offsite, pageErrors }) => {
  test.setTimeout(180_000);
  await page.goto('verktoy/rapport/');
  const a = fullAssessment();
  await page.evaluate((a) => {
    localStorage.setItem(`some-veilederen:v3:vurdering:${a.id}`, JSON.stringify(a));
    localStorage.setItem('some-veilederen:v3:aktiv', a.id);
  }, a);
  const { pages, bytes } = await checkWholeReport(page, 'Facebook – Kulturetaten', 'Kulturetaten · Facebook – Kulturetaten');
  test.info().annotations.push({ type: 'utskrift', description: `${pages} sider, ${bytes} byte` });
  expect(offsite).toEqual([]);
  expect(pageErrors).toEqual([]);
});
