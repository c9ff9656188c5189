/**
 * Issue 18, «Done when»: a whole assessment in the report. Every art. 35 nr. 7
 * part is filled, the print is at most 8 A4 pages and under 1.5 MB, and the
 * Word file has header, footer, page fields, a table of contents and nb-NO.
 */
import type { Page } from '@playwright/test';
import { test, expect, expectAccessible } from './fixtures';
import { fullAssessment } from '../support/sample-assessment';
import { docxArchiveParts, pdfText } from './report-helpers';
import { STORAGE_PREFIX } from '../../src/lib/workspace/stored';
import { createAssessmentInBar } from './tool-helpers';

const SECTIONS = [
  'Trenger vi en DPIA?',
  'Systematisk beskrivelse av behandlingen',
  'Nødvendighet og forholdsmessighet',
  'Medvirkning',
  'Personvernombudets råd',
  'Risikoer og tiltak',
  'Beslutning og godkjenning',
  'Vedlegg',
];

/** Makes the report of the active assessment and checks it: every part filled, print, PDF and Word. */
async function checkWholeReport(page: Page, title: string, header: string) {
  await page.goto('verktoy/rapport/');
  await page.getByRole('button', { name: 'Lag rapporten' }).click();
  const report = page.getByRole('article');
  await expect(report.getByRole('heading', { level: 2, name: `Vurdering av personvernkonsekvenser: ${title}` })).toBeFocused();
  await expect(report.locator('h3')).toHaveText(SECTIONS);
  // Every art. 35 nr. 7 part is filled: no section before the appendices says it is missing or not filled in.
  const filledParts = report.locator('.report-section').filter({ hasNot: page.getByRole('heading', { level: 3, name: 'Vedlegg' }) });
  await expect(filledParts).toHaveCount(SECTIONS.length - 1);
  for (const text of await filledParts.allInnerTexts()) expect(text).not.toMatch(/Mangler:|ikke fylt ut/i);
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
  expect(parts.footerText).toMatch(/^Versjon .+, fingeravtrykk fnv1a64:[0-9a-f]{16}Side {2}av $/);
  expect(parts.footerFields).toEqual(['PAGE', 'NUMPAGES']);
  expect(parts.tocField).toBe(true);
  expect(parts.tocEntries).toEqual(SECTIONS);
  expect(parts.defaultLanguage).toBe('nb-NO');
  return { pages, bytes: pdf.length };
}

test('en gjennomført vurdering (datamodellen slik den er nå) gir en fullstendig rapport på høyst 8 sider, under 1,5 MB, og en Word-fil klar for arkivet', async ({
  page,
  offsite,
  pageErrors,
}) => {
  test.setTimeout(180_000);
  await page.goto('verktoy/rapport/');
  const a = fullAssessment();
  await page.evaluate(
    ([a, prefix]) => {
      localStorage.setItem(`${prefix}vurdering:${a.id}`, JSON.stringify(a));
      localStorage.setItem(`${prefix}aktiv`, a.id);
    },
    [a, STORAGE_PREFIX] as const,
  );
  const { pages, bytes } = await checkWholeReport(
    page,
    'Facebook – Kulturetaten',
    'Eksempel kommune · Kulturetaten · Facebook – Kulturetaten',
  );
  test.info().annotations.push({ type: 'utskrift', description: `${pages} sider, ${bytes} byte` });
  expect(offsite).toEqual([]);
  expect(pageErrors).toEqual([]);
});

test('en hel vurdering gjennom verktøyene: behov, beskrivelse, nødvendighet, risiko, medvirkning, beslutning med godkjenning og rapporten', async ({
  page,
  offsite,
  pageErrors,
}) => {
  test.setTimeout(300_000);
  // Screening: create the assessment in the assessment bar, two criteria met, the result with reasoning.
  await page.goto('verktoy/screening/');
  await createAssessmentInBar(page, 'Instagram', 'Biblioteket');
  const criteria = page.locator('.dpia-list > li');
  await expect(criteria).toHaveCount(9);
  for (let i = 0; i < 9; i++)
    await criteria
      .nth(i)
      .getByRole('group')
      .getByLabel(i === 3 || i === 6 ? 'Ja' : 'Nei', { exact: true })
      .check();
  await page
    .getByRole('group', { name: 'Hva konkluderer kommunen med?' })
    .getByLabel(/^Påkrevd/)
    .check();
  await page
    .getByLabel('Begrunnelse for resultatet', { exact: true })
    .fill('Sårbare registrerte og svært personlige opplysninger: to kriterier.');

  // The systematic description with its lists.
  await page.goto('verktoy/beskrivelse/');
  // The municipality (format version 4), left out when the assessment was created: it goes into the report's header.
  await page.getByLabel('Kommune', { exact: true }).fill('Eksempel kommune');
  await page.getByLabel('Kommune', { exact: true }).blur();
  await page.getByLabel('Formål', { exact: true }).fill('Nå unge lånere med arrangementer.');
  await page.getByLabel('Art: hvordan opplysningene behandles', { exact: true }).fill('Innlegg, kommentarer og sidestatistikk.');
  await page.getByLabel('Omfang', { exact: true }).fill('Om lag 2 000 følgere.');
  await page.getByLabel('Sammenheng', { exact: true }).fill('Mange følgere er unge.');
  await page.getByRole('button', { name: 'Legg til kategori' }).click();
  await page.getByLabel('Kategorier av personopplysninger: navn 1').fill('Navn og profilbilde');
  await page.getByRole('button', { name: 'Legg til gruppe' }).click();
  await page.getByLabel('De registrerte: navn 1').fill('Unge lånere');
  for (const [feature, inUse] of [
    ['Sidestatistikk', true],
    ['Piksel', false],
    ['Annonser', false],
    ['Kommentarer', true],
    ['Direktemeldinger', false],
    ['Direktesending', false],
  ] as const)
    await page
      .getByRole('group', { name: new RegExp(`^${feature}`) })
      .getByLabel(inUse ? 'I bruk' : 'Ikke i bruk', { exact: true })
      .check();
  await page.getByLabel('Lagring og sletting, arkivering medregnet', { exact: true }).fill('Innlegg arkiveres før sletting.');
  await page.getByRole('button', { name: 'Legg til eiendel' }).click();
  await page.getByLabel('Eiendeler: navn 1').fill('Bibliotekets konto');

  // Necessity and proportionality.
  await page.goto('verktoy/nodvendighet/');
  for (const [label, value] of [
    ['Dataminimering: hvilke funksjoner er slått av, og hvorfor', 'Direktemeldinger og piksel er slått av.'],
    ['Lagringstid', 'Kommentarer skjules etter ett år.'],
    ['Informasjon til de registrerte (art. 13 og 14)', 'Personvernerklæringen ligger på bibliotekets nettside.'],
    ['Innsyn, sletting og protest', 'Krav besvares av biblioteket.'],
    ['Ordningen med plattformen (art. 26)', 'Metas tillegg om felles behandlingsansvar.'],
    ['Overføring til land utenfor EU/EØS', 'Standard personvernbestemmelser.'],
  ] as const)
    await page.getByLabel(label, { exact: true }).fill(value);
  await page.getByRole('group', { name: 'Kommunens eget nettsted' }).getByLabel('Valgt, brukes også').check();
  await page.getByLabel('Hvorfor: kommunens eget nettsted').fill('Nettstedet er hovedkanalen.');

  // Risks: an own risk, assessed before and after measures.
  await page.goto('verktoy/risikovurdering/');
  await page.getByText('Skriv en egen risiko').click();
  await page.getByLabel('Tittel på risikoen').fill('Unge deler for mye i kommentarer');
  await page.getByRole('button', { name: 'Legg til egen risiko' }).click();
  const risk = page.getByRole('group', { name: 'Rediger: Unge deler for mye i kommentarer' });
  await risk.getByLabel('Sannsynlighet før tiltak').selectOption('4');
  await risk.getByLabel('Konsekvens før tiltak').selectOption('3');
  await risk.getByLabel('Begrunnelse for vurderingen', { exact: true }).fill('Skjer ved populære arrangementer.');
  await risk.getByLabel('Sannsynlighet etter tiltak').selectOption('2');
  await risk.getByLabel('Konsekvens etter tiltak').selectOption('2');
  // A lowered score after measures needs a justification before the management can accept the residual risk.
  await risk.getByLabel('Begrunnelse for vurderingen etter tiltak (påkrevd når risikoen er lavere)').fill('Kommentarer modereres daglig.');
  await risk.getByLabel('Begrunnelse for vurderingen etter tiltak (påkrevd når risikoen er lavere)').press('Tab');

  // Consultation and the DPO's advice.
  await page.goto('verktoy/medvirkning/');
  await page.getByRole('textbox', { name: 'Personvernombudets råd', exact: true }).fill('Gjennomfør, men steng direktemeldinger.');
  await page.getByRole('button', { name: 'Legg til', exact: true }).click();
  await page.getByLabel('Hvem (navn, rolle eller organ)', { exact: true }).fill('Personvernombudet i kommunen');
  await page.getByLabel('Hva de sa', { exact: true }).fill('Anbefalte å stenge meldinger.');
  await page.getByLabel('Hvordan dere fulgte det opp', { exact: true }).fill('Meldinger er stengt.');

  // The decision round and the sign-off.
  await page.goto('verktoy/ledelsesbeslutning/');
  const form = page.getByRole('region', { name: 'Registrer en runde i ledelsen' });
  await form.getByLabel('Møtedato').fill('2026-11-27');
  await form.getByLabel('Organ som behandlet vurderingen').fill('Kommunedirektørens ledergruppe');
  await form.getByRole('group', { name: 'Ledelsens beslutning' }).getByLabel('Godkjent', { exact: true }).check();
  await form.getByLabel('Ledelsens begrunnelse').fill('Tiltakene er på plass.');
  await form.getByLabel('Lagt fram av').fill('Kari Nordmann');
  await form.getByLabel('Råd fra personvernombudet (art. 35 nr. 2)').fill('Gjennomfør, men steng direktemeldinger.');
  await form.getByRole('group', { name: 'Fulgte ledelsen rådet fra personvernombudet?' }).getByLabel('Ja').check();
  await form.getByRole('group', { name: 'Er ønsket om å bruke plattformen fortsatt sterkt?' }).getByLabel('Nei').check();
  await form.getByRole('button', { name: 'Registrer runden' }).click();
  const signOff = page.getByRole('region', { name: 'Godkjenning og gjennomgang' });
  await signOff.getByLabel('Organet som godkjenner').fill('Kommunedirektørens ledergruppe');
  await signOff.getByLabel('Rollen til den som godkjenner').fill('Kommunedirektør');
  await signOff.getByLabel('Navnet til den som godkjenner').fill('Kari Nordmann');
  await signOff.getByLabel('Dato for godkjenningen').fill('2026-11-27');
  await signOff.getByRole('group', { name: 'Ble personvernombudets råd fulgt?' }).getByLabel('Ja, rådet ble fulgt').check();
  await signOff.getByLabel('Tiltakene er godkjent av').fill('Kommunedirektøren');
  await signOff.getByLabel('Restrisikoen er godtatt av').fill('Kommunedirektøren');
  await signOff.getByLabel('Ansvarlig for neste gjennomgang').fill('Kommunikasjonssjefen');
  await signOff.getByLabel('Neste gjennomgang', { exact: true }).fill('2027-11-27');
  await signOff.getByLabel('Hva ellers skal utløse en gjennomgang').fill('Når Meta endrer vilkårene.');

  // The report.
  await checkWholeReport(page, 'Instagram – Biblioteket', 'Eksempel kommune · Biblioteket · Instagram – Biblioteket');
  await expect(page.getByRole('article')).toContainText('Godkjent av');
  await expect(page.getByRole('article')).toContainText('Kari Nordmann, Kommunedirektør');
  await expect(page.getByRole('article')).toContainText('Unge deler for mye i kommentarer');
  await expect(page.getByRole('article')).toContainText('Runde 1: Godkjent, 27. november 2026');
  await expect(page.getByRole('article')).toContainText('Påkrevd: vi skal gjennomføre en DPIA');
  await expect(page.getByRole('article')).toContainText('Anbefalte å stenge meldinger.');
  expect(offsite).toEqual([]);
  expect(pageErrors).toEqual([]);
});
