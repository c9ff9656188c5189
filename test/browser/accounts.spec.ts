import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { test, expect, expectAccessible } from './fixtures';
import { expectAccessibleInBothThemes, tabTo } from './tool-helpers';
import { STORAGE_PREFIX } from '../../src/lib/workspace/stored';
import { FORMAT_VERSION } from '../../src/lib/model/schema';

test.describe.configure({ timeout: 300_000 });

// The store's clock is the page's Date, fixed here so "overdue" does not depend on the day the tests run.
const TODAY = new Date('2026-11-23T10:00:00+01:00');

interface NewAccount {
  platform: string;
  name: string;
  address?: string;
  unit?: string;
  owner?: string;
  admins?: string;
  login?: string;
  purpose?: string;
  need?: string;
  where?: string;
  cleaned?: string;
  verdict?: string;
  next?: string;
}

async function addAccount(page: Page, a: NewAccount) {
  await page.getByRole('button', { name: 'Legg til konto' }).click();
  const form = page.getByRole('form', { name: 'Ny konto' });
  await form.getByLabel('Plattform (må fylles ut)').fill(a.platform);
  await form.getByLabel('Navn på siden eller kontoen (må fylles ut)').fill(a.name);
  if (a.address) await form.getByLabel('Adresse (lenke eller brukernavn)').fill(a.address);
  if (a.unit) await form.getByLabel('Enhet').fill(a.unit);
  if (a.owner) await form.getByLabel('Eier (ansvarlig person eller rolle)').fill(a.owner);
  if (a.admins) await form.getByLabel('Antall administratorer').fill(a.admins);
  if (a.login) await form.getByLabel('Innlogging for administratorene').selectOption({ label: a.login });
  if (a.purpose) await form.getByLabel('Formål med kontoen').fill(a.purpose);
  if (a.need) await form.getByLabel('Dokumentert behov for kanalen').selectOption({ label: a.need });
  if (a.where) await form.getByLabel('Hvor behovet er dokumentert').fill(a.where);
  if (a.cleaned) await form.getByLabel('Sist ryddet for innhold med personopplysninger').fill(a.cleaned);
  if (a.verdict) await form.getByLabel('Konklusjon').selectOption({ label: a.verdict });
  if (a.next) await form.getByLabel('Neste gjennomgang').fill(a.next);
  await form.getByRole('button', { name: 'Lagre konto' }).click();
  await expect(card(page, a.name)).toBeVisible();
}

const card = (page: Page, name: string): Locator => page.getByRole('article', { name: new RegExp(name) });
const names = (page: Page) => page.locator('.account-card__title').evaluateAll((hs) => hs.map((h) => h.firstChild!.textContent!.trim()));

test('registeret: legg til, rediger, filtrer, sorter, eksporter CSV og importer den igjen', async ({ page, offsite, pageErrors }) => {
  await page.clock.setFixedTime(TODAY);
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  await page.goto('verktoy/kontogjennomgang/');
  await expect(page.getByText('Registeret er tomt.')).toBeVisible();
  await expectAccessibleInBothThemes(page, 'tomt register');
  // The CSV and JSON code is loaded on first use, not with the page.
  expect(scripts.filter((s) => /\/csv\.[\w-]+\.js$/.test(s))).toEqual([]);

  // Validation: nothing saved, errors linked to the fields.
  await page.getByRole('button', { name: 'Legg til konto' }).click();
  await page.getByRole('button', { name: 'Lagre konto' }).click();
  await expect(page.getByRole('alert').first()).toContainText('Kontoen er ikke lagret');
  await expect(page.getByLabel('Plattform (må fylles ut)')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Plattform (må fylles ut)')).toBeFocused();
  await expectAccessibleInBothThemes(page, 'skjema med feil');
  await page.getByRole('button', { name: 'Avbryt' }).click();

  await addAccount(page, {
    platform: 'Facebook',
    name: 'Kommunens hovedside',
    address: 'https://www.facebook.com/kommunen',
    unit: 'Kommunikasjon',
    owner: 'Åse Ødegård',
    admins: '4',
    login: 'Personlige innlogginger',
    purpose: 'Informasjon om tjenester; ikke saksbehandling.\nSvarer med "se nettsiden".',
    need: 'Ja',
    where: 'Kommunikasjonsstrategi, pkt. 3',
    cleaned: '2026-06-30',
    verdict: 'Behold',
    next: '2027-01-15',
  });
  await addAccount(page, {
    platform: 'Instagram',
    name: 'Ungdomshuset æøå',
    unit: 'Oppvekst',
    login: 'Felles innlogging',
    verdict: 'Vurderes',
    next: '2026-10-01',
  });
  await addAccount(page, { platform: 'TikTok', name: 'Biblioteket', unit: 'Kultur', verdict: 'Slett' });
  await expect(page.getByRole('status').filter({ hasText: 'Kontoen «' })).toHaveText('Kontoen «Biblioteket» er lagret.');

  // Overdue: badge with text, and a count in words.
  await expect(card(page, 'Ungdomshuset').locator('.badge')).toHaveText('Forfalt');
  await expect(card(page, 'Ungdomshuset').locator('.badge svg')).toHaveCount(1);
  await expect(card(page, 'Kommunens hovedside').locator('.badge')).toHaveCount(0);
  await expect(page.getByText('1 gjennomgang er forfalt.')).toBeVisible();
  await expectAccessibleInBothThemes(page, 'register med tre kontoer, én forfalt');

  // Edit.
  await card(page, 'Biblioteket').getByRole('button', { name: 'Rediger Biblioteket' }).click();
  const edit = page.getByRole('form', { name: 'Rediger «Biblioteket»' });
  await edit.getByLabel('Eier (ansvarlig person eller rolle)').fill('Biblioteksjefen');
  await edit.getByLabel('Neste gjennomgang').fill('2026-11-22');
  await edit.getByRole('button', { name: 'Lagre konto' }).click();
  await expect(card(page, 'Biblioteket')).toContainText('Biblioteksjefen');
  await expect(page.getByText('2 gjennomganger er forfalt.')).toBeVisible();

  // Sort and filter.
  expect(await names(page)).toEqual(['Ungdomshuset æøå', 'Biblioteket', 'Kommunens hovedside']);
  await page.getByLabel('Sorter etter').selectOption({ label: 'Navn' });
  expect(await names(page)).toEqual(['Biblioteket', 'Kommunens hovedside', 'Ungdomshuset æøå']);
  await page.getByLabel('Rekkefølge').selectOption('desc');
  expect(await names(page)).toEqual(['Ungdomshuset æøå', 'Kommunens hovedside', 'Biblioteket']);
  await page.getByLabel('Bare forfalte gjennomganger').check();
  await expect(page.getByText('Viser 2 av 3 kontoer.')).toBeVisible();
  await page.getByLabel('Plattform', { exact: true }).selectOption('TikTok');
  await expect(page.getByText('Viser 1 av 3 kontoer.')).toBeVisible();
  await page.getByLabel('Bare forfalte gjennomganger').uncheck();
  await page.getByLabel('Plattform', { exact: true }).selectOption('');
  await page.getByLabel('Søk i registeret').fill('ØDEGÅRD');
  expect(await names(page)).toEqual(['Kommunens hovedside']);
  await expectAccessibleInBothThemes(page, 'filtrert register');
  await page.getByLabel('Søk i registeret').fill('');

  // Export CSV: BOM, semicolons, CRLF, quoting.
  const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Last ned CSV' }).click()]);
  expect(scripts.filter((s) => /\/csv\.[\w-]+\.js$/.test(s))).toHaveLength(1);
  expect(csvDownload.suggestedFilename()).toBe('2026-11-23-kontogjennomgang.csv');
  const csvPath = test.info().outputPath('konto.csv');
  await csvDownload.saveAs(csvPath);
  const bytes = readFileSync(csvPath);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8').slice(1);
  const lines = text.split('\r\n');
  expect(lines[0].split(';')).toContain('Neste gjennomgang');
  expect(lines[0].split(';')).toHaveLength(23); // 18 columns plus the five archiving and deletion columns of version 2
  expect(text).toContain('"Informasjon om tjenester; ikke saksbehandling.\nSvarer med ""se nettsiden""."');
  expect(text).toContain('Åse Ødegård');
  expect(text).toContain(';2026-06-30;');

  // JSON export.
  const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Last ned JSON' }).click()]);
  const json = JSON.parse(readFileSync(await jsonDownload.path(), 'utf8')) as { format: string; accounts: unknown[] };
  expect(json.format).toBe('some-veilederen/kontoer');
  expect(json.accounts).toHaveLength(3);

  // A broken file changes nothing and tells where the error is.
  const broken = Buffer.from(text.replace(';felles;', ';privat;'), 'utf8');
  await page.getByLabel('Importer CSV-fil').setInputFiles({ name: 'feil.csv', mimeType: 'text/csv', buffer: broken });
  const alert = page.locator('#acc-import-errors');
  await expect(alert).toContainText('Filen ble ikke importert. Ingenting er endret.');
  await expect(alert).toContainText('kolonne «Innlogging» (H): «privat» er ikke gyldig');
  await expect(page.getByLabel('Importer CSV-fil')).toHaveAttribute('aria-describedby', 'acc-import-errors');
  await expectAccessibleInBothThemes(page, 'import med feil');
  await expect(page.getByText('Viser 3 av 3 kontoer.')).toBeVisible();

  // Delete one account, then import the exported file again: it comes back.
  await card(page, 'Biblioteket').getByRole('button', { name: 'Slett Biblioteket' }).click();
  await page.getByRole('button', { name: 'Ja, slett' }).click();
  await expect(card(page, 'Biblioteket')).toHaveCount(0);
  await page.getByLabel('Importer CSV-fil').setInputFiles(csvPath);
  await expect(page.getByText('Filen er gyldig: 3 kontoer (1 nye, 2 oppdateres).')).toBeVisible();
  await expectAccessibleInBothThemes(page, 'import klar til bekreftelse');
  await page.getByRole('button', { name: 'Importer 3 kontoer' }).click();
  await expect(page.getByText('Viser 3 av 3 kontoer.')).toBeVisible();
  await expect(card(page, 'Biblioteket')).toContainText('Biblioteksjefen');
  await expect(card(page, 'Kommunens hovedside')).toContainText('Svarer med "se nettsiden".');

  await page.reload();
  await expect(page.getByText('Viser 3 av 3 kontoer.')).toBeVisible();
  expect(offsite).toEqual([]);
  expect(pageErrors).toEqual([]);
});

test('kontoen kobles til en vurdering og viser siste beslutning', async ({ page, offsite, pageErrors }) => {
  await page.clock.setFixedTime(TODAY);
  await page.goto('verktoy/');
  // A stored assessment with one recorded decision round (as the decision tool writes it).
  await page.evaluate(() => {
    const at = '2026-05-01T10:00:00.000Z';
    const a = {
      id: 'v-test1',
      title: 'Facebook – Kultur',
      platform: 'Facebook',
      unit: 'Kultur',
      owner: '',
      createdAt: at,
      updatedAt: at,
      description: { purpose: '', nature: '', scope: '', context: '' },
      legalBasis: { answers: {} },
      risks: [],
      checklists: {},
      ethics: { themes: {}, conclusion: '' },
      conditionStatus: {},
      decisions: [
        {
          id: 'r1',
          recordedAt: at,
          date: '2026-04-30',
          body: 'Ledergruppen',
          outcome: 'betinget',
          conditions: [],
          justification: '',
          presentedBy: '',
          residualRisk: { lav: 0, middels: 1, hoy: 0, highest: 9 },
          actionPlan: '',
          dpoAdvice: '',
          dpoFollowed: null,
          dpoReason: '',
          dataSubjectViews: '',
          strongWish: null,
          corrects: null,
          correctionReason: '',
          fingerprint: '',
        },
      ],
    };
    localStorage.setItem('some-veilederen:v1:vurdering:v-test1', JSON.stringify(a)); // a version 1 value: migrated on load
  });
  await page.goto('verktoy/kontogjennomgang/');
  await page.getByRole('button', { name: 'Legg til konto' }).click();
  const form = page.getByRole('form', { name: 'Ny konto' });
  await form.getByLabel('Plattform (må fylles ut)').fill('Facebook');
  await form.getByLabel('Navn på siden eller kontoen (må fylles ut)').fill('Kulturhuset');
  await form.getByLabel('Koblet vurdering').selectOption({ label: 'Facebook – Kultur' });
  await expect(form.getByText('Siste beslutning: Betinget godkjent (2026-04-30)')).toBeVisible();
  await form.getByRole('button', { name: 'Lagre konto' }).click();
  await expect(card(page, 'Kulturhuset')).toContainText('Betinget godkjent (2026-04-30)');
  await expectAccessibleInBothThemes(page, 'konto med koblet vurdering');
  expect(offsite).toEqual([]);
  expect(pageErrors).toEqual([]);
});

test('kontogjennomgangen med bare tastaturet', async ({ page, offsite, pageErrors }) => {
  await page.clock.setFixedTime(TODAY);
  await page.goto('verktoy/kontogjennomgang/');
  await tabTo(page, page.getByRole('button', { name: 'Legg til konto' }));
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Plattform (må fylles ut)')).toBeFocused();
  await page.keyboard.type('Snapchat');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Helsestasjonen for ungdom');
  await tabTo(page, page.getByLabel('Dokumentert behov for kanalen'), 10);
  await page.keyboard.press('ArrowDown'); // Ukjent → ... first option is "Ja"; ArrowDown moves to "Nei"
  await tabTo(page, page.getByLabel('Neste gjennomgang'), 10);
  // Day and month are the same, so the date field's segment order (which follows the browser's locale) does not matter.
  await page.keyboard.type('10102026');
  await expect(page.getByLabel('Neste gjennomgang')).toHaveValue('2026-10-10');
  await tabTo(page, page.getByRole('button', { name: 'Lagre konto' }), 12); // past the archiving and deletion fields (version 2)
  await page.keyboard.press('Enter');
  await expect(card(page, 'Helsestasjonen for ungdom')).toBeVisible();
  await expect(card(page, 'Helsestasjonen for ungdom').locator('.badge')).toHaveText('Forfalt');
  await expect(page.getByRole('button', { name: 'Legg til konto' })).toBeFocused();
  await expectAccessibleInBothThemes(page, 'tastatur: konto lagt til');

  await tabTo(page, page.getByLabel('Bare forfalte gjennomganger'));
  await page.keyboard.press('Space');
  await expect(page.getByText('Viser 1 av 1 kontoer.')).toBeVisible();
  await tabTo(page, page.getByRole('button', { name: 'Rediger Helsestasjonen for ungdom' }));
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Plattform (må fylles ut)')).toBeFocused();
  await tabTo(page, page.getByLabel('Neste gjennomgang'), 20);
  await page.keyboard.type('01012027');
  await tabTo(page, page.getByRole('button', { name: 'Lagre konto' }), 12);
  await page.keyboard.press('Enter');
  await expect(page.getByText('Viser 0 av 1 kontoer.')).toBeVisible();
  await expect(page.getByText('Ingen kontoer passer filteret.')).toBeVisible();
  await expectAccessibleInBothThemes(page, 'tastatur: filter uten treff');
  expect(offsite).toEqual([]);
  expect(pageErrors).toEqual([]);
});

test('kontogjennomgangen nekter «slettet» uten «arkivert før sletting», og godtar det med dato og referanse', async ({
  page,
  offsite,
  pageErrors,
}) => {
  await page.clock.setFixedTime(TODAY);
  await page.goto('verktoy/kontogjennomgang/');
  await addAccount(page, { platform: 'Instagram', name: 'Ungdomsklubben', verdict: 'Slett' });
  await expect(card(page, 'Ungdomsklubben')).toContainText('Arkiver eller journalfør først der innholdet er arkivverdig.');
  await card(page, 'Ungdomsklubben')
    .getByRole('button', { name: /Rediger/ })
    .click();
  const form = page.getByRole('form', { name: /Rediger «Ungdomsklubben»/ });
  await expect(form.getByRole('group', { name: 'Arkivert før sletting' })).toContainText(
    'Arkiver eller journalfør først der innholdet er arkivverdig.',
  );
  await form.getByLabel('Hva er slettet?').selectOption({ label: 'Kontoen er slettet' });
  await form.getByLabel('Dato for slettingen').fill('2026-11-20');
  await form.getByRole('button', { name: 'Lagre konto' }).click();
  await expect(form.getByRole('alert')).toContainText('Kontoen er ikke lagret');
  await expect(form.getByText(/Fyll ut «Arkivert før sletting» \(datoen og journalpost eller referanse\)/)).toBeVisible();
  await expect(form.getByLabel('Dato for arkivering eller journalføring')).toBeFocused();
  await expect(form.getByLabel('Dato for arkivering eller journalføring')).toHaveAttribute('aria-invalid', 'true');
  await expectAccessibleInBothThemes(page, 'slettet uten arkivering');
  // Nothing was saved: the card still says nothing is deleted.
  await expect(card(page, 'Ungdomsklubben')).toContainText('Nei');

  await form.getByLabel('Dato for arkivering eller journalføring').fill('2026-11-18');
  await form.getByLabel('Journalpost eller referanse').fill('2026/1234-5');
  await form.getByRole('button', { name: 'Lagre konto' }).click();
  await expect(card(page, 'Ungdomsklubben')).toContainText('2026-11-18, 2026/1234-5');
  await expect(card(page, 'Ungdomsklubben')).toContainText('Kontoen er slettet (2026-11-20)');
  expect(offsite).toEqual([]);
  expect(pageErrors).toEqual([]);
});

test('et arbeidsområde fra versjon 1 i localStorage overlever oppgraderingen: vurderinger, kontoer, aktivt valg og siste eksport', async ({
  page,
  offsite,
  pageErrors,
}) => {
  const v1 = JSON.parse(readFileSync(new URL('../fixtures/v1/localstorage-v1.json', import.meta.url), 'utf8')) as Record<string, string>;
  // Seeded on a content page, which runs none of the tools' code, so the first read is the upgrade below.
  await page.goto('veileder/1-innledning/');
  await page.evaluate((entries) => {
    localStorage.clear();
    for (const [k, v] of Object.entries(entries)) localStorage.setItem(k, v);
  }, v1);
  await page.goto('verktoy/mine-vurderinger/');
  await expect(page.getByText('Facebook – Kulturetaten').first()).toBeVisible();
  await expect(page.getByText('Instagram – Biblioteket').first()).toBeVisible();
  await expect(
    page.getByText(
      new RegExp(`oppdatert fra versjon 1 til versjon ${FORMAT_VERSION} av formatet\\. Ingenting dere har skrevet er endret eller slettet`),
    ),
  ).toBeVisible();
  const stored = await page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)!])));
  // Every version 1 value is kept byte for byte in a backup, and the keys of the current version (3) hold the data.
  for (const [key, raw] of Object.entries(v1)) {
    expect(stored[key], key).toBeUndefined();
    if (/:(vurdering|konto):/.test(key)) {
      const backup = Object.keys(stored).find((k) => k.startsWith('some-veilederen:backup:') && k.endsWith(':' + key));
      expect(stored[backup!], key).toBe(raw);
      const current = JSON.parse(stored[key.replace('some-veilederen:v1:', STORAGE_PREFIX)]) as Record<string, unknown>;
      const old = JSON.parse(raw) as Record<string, unknown>;
      // Every old value is there unchanged (objects may have gained the empty fields of version 2).
      for (const [field, value] of Object.entries(old)) {
        if (value !== null && typeof value === 'object')
          expect(current[field], `${key} ${field}`).toMatchObject(value as Record<string, unknown>);
        else expect(current[field], `${key} ${field}`).toEqual(value);
      }
    }
  }
  expect(stored[`${STORAGE_PREFIX}aktiv`]).toBe('v-bibliotek');
  expect(stored[`${STORAGE_PREFIX}sist-eksportert`]).toBe('2026-11-25T13:00:00.000Z');
  await expectAccessible(page, 'etter oppgradering fra versjon 1');

  // The decision rounds and the accounts are there in the tools too.
  await page.goto('verktoy/kontogjennomgang/');
  await expect(card(page, 'Kulturetaten')).toBeVisible();
  await expect(card(page, 'Ungdomsklubben')).toBeVisible();
  expect(offsite).toEqual([]);
  expect(pageErrors).toEqual([]);
});
