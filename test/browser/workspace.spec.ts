import { test, expect, expectAccessible } from './fixtures';
import type { Page, Locator } from '@playwright/test';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { STORAGE_PREFIX } from '../../src/lib/workspace/stored';
import { FORMAT_VERSION, type Assessment, type WorkspaceFile } from '../../src/lib/model/schema';

const PAGE = 'verktoy/mine-vurderinger/';
const fixtures = join(import.meta.dirname, '../fixtures');

/** Presses Tab until `target` has focus (keyboard only, as a user would). */
async function tabTo(page: Page, target: Locator, max = 80) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('Fant ikke elementet med Tab');
}

const storedAssessments = (page: Page) =>
  page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => /^some-veilederen:v\d+:vurdering:/.test(k))
      .map((k) => JSON.parse(localStorage.getItem(k)!) as Assessment)
      .sort((a, b) => a.id.localeCompare(b.id)),
  );

test('Mine vurderinger med tastaturet: opprett, gi nytt navn, dupliser, slett og angre', async ({ page }) => {
  test.setTimeout(150_000);
  await page.goto(PAGE);
  const list = page.getByRole('region', { name: 'Vurderinger i denne nettleseren' });
  await expect(list.getByText('Det finnes ingen vurderinger')).toBeVisible();
  await expectAccessible(page, 'tom liste');

  await tabTo(page, list.getByRole('button', { name: 'Ny vurdering' }));
  await page.keyboard.press('Enter');
  // Focus moves to the form's first field, not to <body>.
  await expect(list.getByLabel('Plattform')).toBeFocused();
  await page.keyboard.type('Facebook');
  await page.keyboard.press('Tab');
  await expect(list.getByLabel('Enhet')).toBeFocused();
  await page.keyboard.type('Kulturetaten');
  await page.keyboard.press('Enter');
  await expect(list.getByRole('heading', { name: 'Facebook – Kulturetaten' })).toBeVisible();
  await expectAccessible(page, 'én vurdering');

  await tabTo(page, list.getByRole('button', { name: 'Gi nytt navn til «Facebook – Kulturetaten»' }));
  await page.keyboard.press('Space');
  const field = list.getByLabel('Nytt navn på «Facebook – Kulturetaten»');
  await expect(field).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  await page.keyboard.press('Enter');
  await expect(list.getByRole('alert')).toHaveText(/Skriv inn et navn/);
  await expectAccessible(page, 'feil ved nytt navn');
  await page.keyboard.type('Facebook – Kultur og idrett');
  await page.keyboard.press('Enter');
  await expect(list.getByRole('heading', { name: 'Facebook – Kultur og idrett' })).toBeVisible();

  await tabTo(page, list.getByRole('button', { name: 'Dupliser «Facebook – Kultur og idrett»' }));
  await page.keyboard.press('Enter');
  await expect(list.getByRole('heading', { name: 'Facebook – Kultur og idrett (kopi)' })).toBeVisible();

  await tabTo(page, list.getByRole('button', { name: 'Slett «Facebook – Kultur og idrett (kopi)»' }));
  await page.keyboard.press('Enter');
  await expect(list.getByRole('alertdialog')).toContainText('Vil dere slette «Facebook – Kultur og idrett (kopi)»');
  await expect(list.getByRole('button', { name: 'Ja, slett «Facebook – Kultur og idrett (kopi)»' })).toBeFocused();
  await expectAccessible(page, 'bekreft sletting');
  await page.keyboard.press('Enter');
  await expect(list.getByRole('button', { name: 'Angre slettingen' })).toBeFocused();
  expect(await storedAssessments(page)).toHaveLength(1);
  await expectAccessible(page, 'etter sletting');
  await page.keyboard.press('Enter');
  await expect(list.getByRole('heading', { name: 'Facebook – Kultur og idrett (kopi)' })).toBeVisible();
  expect(await storedAssessments(page)).toHaveLength(2);

  await page.emulateMedia({ colorScheme: 'dark' });
  await expectAccessible(page, 'mørkt tema');
});

test('eksport → tøm → import gjennom skjermbildet gir de samme dataene @underkatalog', async ({ page }) => {
  await page.goto(PAGE);
  await page.getByLabel('Velg en fil å importere').setInputFiles(join(fixtures, 'workspace-valid.json'));
  await expect(page.getByRole('heading', { name: 'Dette inneholder «workspace-valid.json»' })).toBeVisible();
  await expectAccessible(page, 'forhåndsvisning av import');
  await page.getByRole('button', { name: 'Importer', exact: true }).click();
  await expect(page.getByText('Importert fra «workspace-valid.json»: 2 vurderinger og 1 konto.')).toBeVisible();
  const before = await storedAssessments(page);
  expect(before.map((a) => a.id)).toEqual(['v-bibliotek', 'v-kultur']);

  // The reminder to export shows in the assessment bar of every tool.
  await expect(page.getByRole('status').filter({ hasText: 'ikke eksportert' })).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Eksporter alle til fil' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^\d{4}-\d\d-\d\d-some-veilederen-arbeidsomrade\.json$/);
  const exported = readFileSync(await download.path(), 'utf8');
  expect(JSON.parse(exported)).toMatchObject({ format: 'some-veilederen/arbeidsomrade', version: FORMAT_VERSION, appVersion: '0.1.0' });
  await expect(page.getByRole('status').filter({ hasText: 'ikke eksportert' })).toHaveCount(0);

  const [one] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Eksporter «Facebook – Kulturetaten»' }).click(),
  ]);
  expect(one.suggestedFilename()).toMatch(/^\d{4}-\d\d-\d\d-kulturetaten-facebook-kulturetaten\.json$/);

  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.getByText('Det finnes ingen vurderinger')).toBeVisible();
  await page
    .getByLabel('Velg en fil å importere')
    .setInputFiles({ name: 'eksport.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
  await page.getByRole('button', { name: 'Importer', exact: true }).click();
  await expect(page.getByText('Importert fra «eksport.json»')).toBeVisible();
  expect(await storedAssessments(page)).toEqual(before);

  // Importing again: the user chooses between replacing and keeping both.
  await page.getByLabel('Velg en fil å importere').setInputFiles(join(fixtures, 'workspace-valid.json'));
  await expect(page.getByRole('group', { name: /3 av dem finnes fra før/ })).toBeVisible();
  await expectAccessible(page, 'import med konflikt');
  await page.getByLabel('Erstatt dem som finnes her med dem i filen').check();
  await page.getByRole('button', { name: 'Importer', exact: true }).click();
  await expect(page.getByText('Importert fra «workspace-valid.json»')).toBeVisible();
  expect(await storedAssessments(page)).toEqual(before);
});

test('en ugyldig fil avvises med melding om hva og hvor, og ingenting endres', async ({ page }) => {
  await page.goto(PAGE);
  await page.getByLabel('Velg en fil å importere').setInputFiles(join(fixtures, 'workspace-valid.json'));
  await page.getByRole('button', { name: 'Importer', exact: true }).click();
  const before = await storedAssessments(page);
  await page.getByLabel('Velg en fil å importere').setInputFiles(join(fixtures, 'bad-imports/16-sannsynlighet-over-5.json'));
  await expect(page.getByRole('alert')).toContainText(
    'Feil i assessments[0].risks[0].likelihood (vurdering 1 › risiko 1 › sannsynlighet): Høyest 6.',
  );
  await expectAccessible(page, 'avvist fil');
  await page.getByLabel('Velg en fil å importere').setInputFiles(join(fixtures, 'good-imports/html-og-skript.json'));
  await page.getByRole('button', { name: 'Importer', exact: true }).click();
  await expect(page.getByRole('heading', { name: '<img src=x onerror="alert(1)"> Facebook – <b>Kultur</b>' })).toBeVisible();
  expect(await page.locator('.my-assessments img, .my-assessments script, .my-assessments b').count()).toBe(0);
  expect((await storedAssessments(page)).filter((a) => a.id !== 'v-html')).toEqual(before);
});

test('to faner holdes i takt, endringer i hvert sitt felt flettes, og en skriving overskriver ikke den andre fanens tekst i samme felt', async ({
  page,
  context,
}) => {
  await page.goto(PAGE);
  await page.getByLabel('Velg en fil å importere').setInputFiles(join(fixtures, 'workspace-valid.json'));
  await page.getByRole('button', { name: 'Importer', exact: true }).click();
  await expect(page.getByText('Importert fra')).toBeVisible();

  const other = await context.newPage();
  await other.goto(PAGE);
  await expect(other.getByRole('heading', { name: 'Facebook – Kulturetaten' })).toBeVisible();

  // Tab 1 renames; tab 2 follows through the storage event.
  await page.getByRole('button', { name: 'Gi nytt navn til «Facebook – Kulturetaten»' }).click();
  await page.getByLabel('Nytt navn på «Facebook – Kulturetaten»').fill('Facebook – Kultur (fane 1)');
  await page.getByRole('button', { name: 'Lagre navnet' }).click();
  await expect(other.getByRole('heading', { name: 'Facebook – Kultur (fane 1)' })).toBeVisible();

  // Tab 2 renames the other assessment; tab 1 follows.
  await other.getByRole('button', { name: 'Gi nytt navn til «Instagram – Biblioteket»' }).click();
  await other.getByLabel('Nytt navn på «Instagram – Biblioteket»').fill('Instagram – Biblioteket (fane 2)');
  await other.getByRole('button', { name: 'Lagre navnet' }).click();
  await expect(page.getByRole('heading', { name: 'Instagram – Biblioteket (fane 2)' })).toBeVisible();

  // A newer change to another field reaches storage before tab 1 hears of it: both changes are kept.
  const changeElsewhere = (field: 'owner' | 'title', value: string) =>
    page.evaluate(
      ([f, v, key]) => {
        const stored = JSON.parse(localStorage.getItem(key)!) as Record<string, unknown>;
        localStorage.setItem(key, JSON.stringify({ ...stored, [f]: v, updatedAt: new Date(Date.now() + 60_000).toISOString() }));
      },
      [field, value, `${STORAGE_PREFIX}vurdering:v-kultur`],
    );
  await changeElsewhere('owner', 'Endret i den andre fanen');
  await page.getByRole('button', { name: 'Gi nytt navn til «Facebook – Kultur (fane 1)»' }).click();
  await page.getByLabel('Nytt navn på «Facebook – Kultur (fane 1)»').fill('Facebook – Kultur (flettet)');
  await page.getByRole('button', { name: 'Lagre navnet' }).click();
  await expect(page.getByRole('heading', { name: 'Facebook – Kultur (flettet)' })).toBeVisible();
  expect((await storedAssessments(page)).find((a) => a.id === 'v-kultur')).toMatchObject({
    owner: 'Endret i den andre fanen',
    title: 'Facebook – Kultur (flettet)',
  });
  await expect(page.getByRole('alert').filter({ hasText: 'endret i en annen fane' })).toHaveCount(0);

  // The same field changed in both: the stored text is kept, this tab's is a backup, with one notice.
  await changeElsewhere('title', 'Navn fra den andre fanen');
  await page.getByRole('button', { name: 'Gi nytt navn til «Facebook – Kultur (flettet)»' }).click();
  await page.getByLabel('Nytt navn på «Facebook – Kultur (flettet)»').fill('Overskriver ikke');
  await page.getByRole('button', { name: 'Lagre navnet' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'endret i en annen fane' })).toHaveCount(1);
  await expectAccessible(page, 'konflikt mellom faner');
  const stored = (await storedAssessments(page)).find((a) => a.id === 'v-kultur');
  expect(stored).toMatchObject({ owner: 'Endret i den andre fanen', title: 'Navn fra den andre fanen' });
  await expect(page.getByRole('heading', { name: 'Navn fra den andre fanen' })).toBeVisible();
  // This tab's change is kept as a backup the user can download.
  const [backup] = await Promise.all([
    page.waitForEvent('download'),
    page
      .getByRole('alert')
      .filter({ hasText: 'endret i en annen fane' })
      .getByRole('button', { name: 'Last ned sikkerhetskopien' })
      .click(),
  ]);
  expect(JSON.parse(readFileSync(await backup.path(), 'utf8'))).toMatchObject({ id: 'v-kultur', title: 'Overskriver ikke' });
  await other.close();
});

test('en ødelagt lagret verdi flyttes til sikkerhetskopi, og resten virker', async ({ page }) => {
  await page.addInitScript((prefix) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    localStorage.setItem(`${prefix}vurdering:v-odelagt`, '{"id":"v-odelagt","title":"Avkut');
  }, STORAGE_PREFIX);
  await page.goto(PAGE);
  const alert = page.getByRole('alert').filter({ hasText: 'flyttet til en sikkerhetskopi' });
  await expect(alert).toContainText('verdien er ikke gyldig JSON');
  await expectAccessible(page, 'melding om sikkerhetskopi');
  const keys = await page.evaluate(() => Object.keys(localStorage));
  expect(keys.filter((k) => k.startsWith('some-veilederen:backup:') && k.endsWith(`:${STORAGE_PREFIX}vurdering:v-odelagt`))).toHaveLength(
    1,
  );
  expect(keys).not.toContain(`${STORAGE_PREFIX}vurdering:v-odelagt`);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    alert.getByRole('button', { name: 'Last ned sikkerhetskopien' }).click(),
  ]);
  expect(readFileSync(await download.path(), 'utf8')).toBe('{"id":"v-odelagt","title":"Avkut');
  await page.getByRole('button', { name: 'Ny vurdering' }).click();
  await page.getByLabel('Plattform').fill('TikTok');
  await page.getByLabel('Enhet').fill('Ungdom');
  await page.getByLabel('Enhet').press('Enter');
  await expect(page.getByRole('heading', { name: 'TikTok – Ungdom' })).toBeVisible();
});

test('uten tilgang til localStorage virker verktøyene i minnet og varsler om eksport', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('Lagring er blokkert', 'SecurityError');
      },
    });
  });
  await page.goto('verktoy/');
  const bar = page.getByRole('region', { name: 'Vurdering' });
  await expect(bar.getByRole('alert')).toContainText('Nettleseren lar ikke verktøyene lagre noe på denne maskinen.');
  await expectAccessible(page, 'lagring blokkert');
  await bar.getByLabel('Plattform').fill('Facebook');
  await bar.getByLabel('Enhet').fill('Kulturetaten');
  await bar.getByLabel('Enhet').press('Enter');
  await expect(bar.getByLabel('Vurderingen dere arbeider med').locator('option:checked')).toHaveText('Facebook – Kulturetaten');
  await expect(bar.getByRole('alert')).toContainText('Eksporter til fil før dere lukker fanen.');
  const [download] = await Promise.all([page.waitForEvent('download'), bar.getByRole('button', { name: 'Eksporter alt til fil' }).click()]);
  expect((JSON.parse(readFileSync(await download.path(), 'utf8')) as WorkspaceFile).assessments[0].title).toBe('Facebook – Kulturetaten');
  await expect(bar.getByRole('alert')).toBeVisible();
  await expectAccessible(page, 'lagring blokkert, med vurdering');
});

test('når lagringsplassen er full, virker verktøyene i minnet og varsler om eksport', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('Kvoten er brukt opp', 'QuotaExceededError');
    };
  });
  await page.goto(PAGE);
  // Storage that can be read but not written is found when the store loads: on a first visit, at the
  // first assessment (src/stores/presence.ts). Nothing is lost: the assessment is kept in memory.
  await page.getByRole('button', { name: 'Ny vurdering' }).click();
  await page.getByLabel('Plattform').fill('YouTube');
  await page.getByLabel('Enhet').fill('Kultur');
  await page.getByLabel('Enhet').press('Enter');
  const warning = page.getByRole('alert').filter({ hasText: 'Lagringsplassen i nettleseren er full.' });
  await expect(warning).toBeVisible();
  await expect(page.getByRole('heading', { name: 'YouTube – Kultur' })).toBeVisible();
  await expectAccessible(page, 'full lagring');
  expect(await storedAssessments(page)).toEqual([]);
  await page.getByLabel('Velg en fil å importere').setInputFiles(join(fixtures, 'workspace-valid.json'));
  await page.getByRole('button', { name: 'Importer', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Instagram – Biblioteket' })).toBeVisible();
  await expect(warning).toBeVisible();
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectAccessible(page, 'full lagring, mørkt tema');
});

test('måling: import av et arbeidsområde på 5 MB', async ({ page }, testInfo) => {
  const valid = JSON.parse(readFileSync(join(fixtures, 'workspace-valid.json'), 'utf8')) as WorkspaceFile;
  const paragraph = 'Vurdert på møtet – «økt åpenhet» og færre åpne kommentarer – tiltak før årsskiftet. ';
  const risk = valid.assessments[0].risks[0];
  const assessments = Array.from({ length: 60 }, (_, i) => ({
    ...valid.assessments[0],
    id: `v-${i}`,
    title: `Vurdering ${i + 1}`,
    // 42 repeats: the file stays over 5 MB, and the stored values stay under the browser's quota now that each
    // assessment also stores its risk method (format v5, about 2.6 kB per assessment).
    risks: Array.from({ length: 20 }, (_, j) => ({ ...risk, id: `r-${j}`, description: paragraph.repeat(42) })),
  }));
  const text = JSON.stringify({ ...valid, assessments, accounts: [] }, null, 2);
  const bytes = Buffer.byteLength(text);
  expect(bytes).toBeGreaterThan(5 * 1024 * 1024);
  expect(bytes).toBeLessThan(10 * 1024 * 1024);

  await page.goto(PAGE);
  const started = Date.now();
  await page
    .getByLabel('Velg en fil å importere')
    .setInputFiles({ name: 'stor.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(page.getByRole('heading', { name: 'Dette inneholder «stor.json»' })).toBeVisible({ timeout: 30_000 });
  const previewMs = Date.now() - started;
  const applyStarted = Date.now();
  await page.getByRole('button', { name: 'Importer', exact: true }).click();
  await expect(page.getByText('Importert fra «stor.json»: 60 vurderinger og 0 kontoer.')).toBeVisible({ timeout: 30_000 });
  const applyMs = Date.now() - applyStarted;
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes(':vurdering:')).length)).toBe(60);

  // Time inside the page (without Playwright's transfer of the file to the browser).
  const inPage = await page.evaluate(() => {
    const at = (name: string) => performance.getEntriesByName(`some-veilederen:${name}`).at(-1)!.startTime;
    return {
      readAndPreviewMs: Math.round(at('import-preview') - at('import-start')),
      applyMs: Math.round(at('import-applied') - at('import-apply-start')),
    };
  });
  mkdirSync('bench-results', { recursive: true });
  writeFileSync(
    join('bench-results', testInfo.project.name === 'rot' ? 'import-5mb.json' : `import-5mb-${testInfo.project.name}.json`),
    JSON.stringify(
      {
        measuredAt: new Date().toISOString(),
        project: testInfo.project.name,
        fileBytes: bytes,
        assessments: 60,
        inPage,
        withTransfer: { readAndPreviewMs: previewMs, applyAndRenderMs: applyMs },
      },
      null,
      2,
    ) + '\n',
  );
});

test('JSON Schema for filformatet er publisert og lenket fra Dataformat @underkatalog', async ({ page }) => {
  await page.goto('vedlegg/dataformat/');
  const link = page.getByRole('link', { name: 'arbeidsomrade.schema.json' });
  const href = await link.getAttribute('href');
  const response = await page.request.get(new URL(href!, page.url()).href);
  expect(response.status()).toBe(200);
  const schema: unknown = await response.json();
  expect(schema).toMatchObject({
    $schema: 'http://json-schema.org/draft-07/schema#',
    properties: { format: { const: 'some-veilederen/arbeidsomrade' }, version: { const: FORMAT_VERSION } },
  });
  // Every version is published beside it, and the version 1 schema is the one published before version 2.
  for (let version = 1; version <= FORMAT_VERSION; version++) {
    const versioned = await page.getByRole('link', { name: `arbeidsomrade-v${version}.schema.json` }).getAttribute('href');
    const got = (await (await page.request.get(new URL(versioned!, page.url()).href)).json()) as { properties: { version: unknown } };
    expect(got.properties.version).toEqual({ const: version });
  }
  await expectAccessible(page, 'dataformat');
});
