import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { Assessment } from '../../src/lib/model/schema';
import { ACCOUNT_TEXTS, MY_ASSESSMENTS_TEXTS } from '../../src/components/tool-texts';
import { test, expect, expectAccessible } from './fixtures';
import { createAssessmentInBar, islandsHydrated } from './tool-helpers';

// Tests tagged @underkatalog also run under the intranet sub-path (playwright.config.ts greps for
// the tag in the underkatalog project). The full tool flows run at the root only; here every
// island is loaded and saves once, which is what can differ under a sub-path (chunks, on-demand
// code and the store's keys).

test('vurderingsvelgeren lagrer en ny vurdering som overlever omlasting @underkatalog', async ({ page, offsite, pageErrors }) => {
  await page.goto('verktoy/');
  const form = page.getByRole('region', { name: 'Vurdering' });
  await expect(form.getByLabel('Plattform')).toBeVisible();
  await expectAccessible(page, 'uten vurderinger');

  await form.getByRole('button', { name: 'Opprett vurdering' }).click();
  await expect(form.getByRole('alert')).toContainText('både plattform og enhet');
  await expectAccessible(page, 'med feilmelding');

  await form.getByLabel('Plattform').fill('Facebook');
  await form.getByLabel('Enhet').fill('Kulturetaten');
  await form.getByLabel('Enhet').press('Enter');
  const select = form.getByLabel('Vurderingen dere arbeider med');
  await expect(select.locator('option:checked')).toHaveText('Facebook – Kulturetaten');
  // The bar reminds the user to export what has not been exported.
  await expect(form.getByRole('status')).toContainText('Dere har ikke eksportert vurderingene deres til fil ennå.');
  await expectAccessible(page, 'med valgt vurdering');

  await page.reload();
  await expect(page.getByLabel('Vurderingen dere arbeider med').locator('option:checked')).toHaveText('Facebook – Kulturetaten');
  const stored = await page.evaluate(() => Object.keys(localStorage).filter((k) => /^some-veilederen:v\d+:vurdering:/.test(k)));
  expect(stored).toHaveLength(1);
  expect(offsite).toEqual([]);
  expect(pageErrors).toEqual([]);
});

/** The code a page asks for, by file name (collected from now on). */
const scriptNames = (page: Page) => {
  const names: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') names.push(new URL(r.url()).pathname.split('/').pop()!);
  });
  return names;
};
/** The store, the model and the full tools of the light start views, by chunk name (src/plugins/chunks.ts). */
const STORE_CODE = /^(kjerne|lager|AccountReview|MyAssessments)\./;

test('første besøk: verktøysiden viser starten uten lageret, og verktøyet kommer med den første vurderingen, også i en annen fane @underkatalog', async ({
  page,
  context,
  offsite,
  pageErrors,
}) => {
  const loaded = scriptNames(page);
  await page.goto('verktoy/ledelsesbeslutning/');
  const bar = page.getByRole('region', { name: 'Vurdering' });
  await expect(bar.getByLabel('Plattform')).toBeVisible();
  await expect(page.getByText('Velg eller opprett en vurdering for å registrere ledelsens beslutninger.')).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(loaded.filter((name) => STORE_CODE.test(name) || /^(DecisionRecorder|SignOff)\./.test(name))).toEqual([]);
  await expectAccessible(page, 'første besøk');

  // A second tab on another tool, also at its start: it follows when the first tab creates the assessment.
  const other = await context.newPage();
  await other.goto('verktoy/etisk-refleksjon/');
  await expect(other.getByRole('region', { name: 'Vurdering' }).getByLabel('Plattform')).toBeVisible();

  await bar.getByLabel('Plattform').fill('Facebook');
  await bar.getByLabel('Enhet').fill('Kulturetaten');
  await bar.getByRole('button', { name: 'Opprett vurdering' }).click();
  const choice = bar.getByLabel('Vurderingen dere arbeider med');
  await expect(choice.locator('option:checked')).toHaveText('Facebook – Kulturetaten');
  // Focus moves to the choice (read from the page: with two tabs open, Playwright counts neither as focused).
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('assessment-select');
  await expect(page.getByRole('heading', { name: 'Status etter kapittel 8' })).toBeVisible();
  // The sign-off below (an island without a bar) shows its part too.
  await expect(page.locator('#signoff-heading')).toHaveText('Godkjenning og gjennomgang');
  expect(loaded.some((name) => name.startsWith('kjerne.'))).toBe(true);
  await expectAccessible(page, 'etter den første vurderingen');

  await expect(other.getByLabel('Vurderingen dere arbeider med').locator('option:checked')).toHaveText('Facebook – Kulturetaten');
  await expect(other.getByRole('heading', { name: 'Lov', level: 3 })).toBeVisible();
  await other.close();
  expect(offsite).toEqual([]);
  expect(pageErrors).toEqual([]);
});

test('første besøk på kontogjennomgangen og Mine vurderinger: starten uten lageret, og verktøyet fortsetter fra det brukeren valgte der @underkatalog', async ({
  page,
  offsite,
  pageErrors,
}) => {
  const loaded = scriptNames(page);
  await page.goto('verktoy/kontogjennomgang/');
  await expect(page.getByText(ACCOUNT_TEXTS.none)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Last ned CSV' })).toBeDisabled();
  await page.waitForLoadState('networkidle');
  expect(loaded.filter((name) => STORE_CODE.test(name))).toEqual([]);
  await expectAccessible(page, 'kontogjennomgangen, første besøk');
  await page.getByRole('button', { name: 'Legg til konto' }).click();
  await expect(page.getByLabel('Plattform (må fylles ut)')).toBeFocused();
  expect(loaded.some((name) => name.startsWith('kjerne.'))).toBe(true);
  await expectAccessible(page, 'kontogjennomgangen, skjemaet for en ny konto');

  loaded.length = 0;
  await page.goto('verktoy/mine-vurderinger/');
  await expect(page.getByText(MY_ASSESSMENTS_TEXTS.none)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Ny vurdering' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(loaded.filter((name) => STORE_CODE.test(name))).toEqual([]);
  await expectAccessible(page, 'Mine vurderinger, første besøk');
  const input = page.getByLabel('Velg en fil å importere');
  await input.setInputFiles(join(import.meta.dirname, '../fixtures/workspace-valid.json'));
  const preview = page.getByRole('heading', { name: 'Dette inneholder «workspace-valid.json»' });
  await expect(preview).toBeFocused();
  // The full tool's input shows the file chosen on the start view.
  expect(await input.evaluate((el: HTMLInputElement) => el.files?.[0]?.name)).toBe('workspace-valid.json');
  await page.getByRole('button', { name: 'Importer', exact: true }).click();
  await expect(page.getByText('Importert fra «workspace-valid.json»: 2 vurderinger og 1 konto.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Instagram – Biblioteket' })).toBeVisible();
  await expectAccessible(page, 'Mine vurderinger, etter importen');
  expect(offsite).toEqual([]);
  expect(pageErrors).toEqual([]);
});

/** The one stored assessment. */
const storedAssessment = (page: Page) =>
  page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => /^some-veilederen:v\d+:vurdering:/.test(k));
    return key ? (JSON.parse(localStorage.getItem(key)!) as Assessment) : null;
  });

/** Each island: load it, save one thing, reload, and find it again (in the page and in localStorage). */
const islands: [name: string, path: string, run: (page: Page) => Promise<void>][] = [
  [
    'sjekklistene',
    'verktoy/sjekklister/',
    async (page) => {
      await createAssessmentInBar(page);
      const list = page.getByRole('region', { name: /Andre regler – arkiv, innsyn og saksbehandling/ });
      await list.getByRole('group').first().getByLabel('Ja', { exact: true }).check();
      await expect(list.getByText(/^1 av \d+ besvart/)).toBeVisible();
      await page.reload();
      await expect(page.getByRole('region', { name: /Andre regler/ }).getByText(/^1 av \d+ besvart/)).toBeVisible();
      expect(Object.keys((await storedAssessment(page))!.checklists['andre-regler'])).toHaveLength(1);
    },
  ],
  [
    'veiviseren for behandlingsgrunnlag',
    'verktoy/behandlingsgrunnlag/',
    async (page) => {
      await createAssessmentInBar(page);
      const wizard = page.getByRole('region', { name: 'Veiviser for behandlingsgrunnlag' });
      await expect(wizard.getByText('Steg 1 av 10')).toBeVisible();
      await wizard.getByRole('radio', { name: 'Nei, ikke et slikt tjenesteområde', exact: true }).check();
      await wizard.getByRole('button', { name: 'Neste' }).click();
      await expect(wizard.getByText(/^Steg 2 av/)).toBeVisible();
      await page.reload();
      await expect(page.getByRole('region', { name: 'Veiviser for behandlingsgrunnlag' })).toBeVisible();
      expect(Object.keys((await storedAssessment(page))!.legalBasis.answers).length).toBeGreaterThanOrEqual(1);
    },
  ],
  [
    'risikovurderingen (med redigeringsskjemaet som lastes ved behov)',
    'verktoy/risikovurdering/',
    async (page) => {
      await createAssessmentInBar(page);
      await page.getByRole('button', { name: 'Velg alle som ikke er lagt til' }).click();
      await page.getByRole('button', { name: /^Legg til valgte \(\d+\)$/ }).click();
      await page.getByRole('button', { name: /Rediger «Uoversiktlige algoritmer/ }).click();
      const editor = page.getByRole('group', { name: /^Rediger: Uoversiktlige algoritmer/ });
      // The editor's stylesheet loads with it, from the site's base path.
      await expect(editor.locator('.risk-stage').first()).toHaveCSS('border-top-left-radius', '6.4px');
      await editor.getByLabel('Sannsynlighet før tiltak').selectOption('4');
      await editor.getByLabel('Konsekvens før tiltak').selectOption('3');
      await expect(
        page
          .getByRole('table', { name: 'Risikokart før tiltak' })
          .getByRole('button', { name: 'Sannsynlighet 4, konsekvens 3, høy: 1 risiko' }),
      ).toBeVisible();
      await page.reload();
      await expect(
        page
          .getByRole('table', { name: 'Risikokart før tiltak' })
          .getByRole('button', { name: 'Sannsynlighet 4, konsekvens 3, høy: 1 risiko' }),
      ).toBeVisible();
      expect((await storedAssessment(page))!.risks.length).toBeGreaterThanOrEqual(15);
    },
  ],
  [
    'den etiske refleksjonen',
    'verktoy/etisk-refleksjon/',
    async (page) => {
      await createAssessmentInBar(page);
      await page.getByLabel('Lov: være til stede på plattformen').fill('Lov: for');
      await expect.poll(async () => (await storedAssessment(page))!.ethics.themes.lov?.present).toBe('Lov: for');
      await page.reload();
      await expect(page.getByLabel('Lov: være til stede på plattformen')).toHaveValue('Lov: for');
    },
  ],
  [
    'ledelsens beslutning',
    'verktoy/ledelsesbeslutning/',
    async (page) => {
      await createAssessmentInBar(page);
      const form = page.getByRole('region', { name: 'Registrer en runde i ledelsen' });
      await form.getByLabel('Møtedato').fill('2026-09-01');
      await form.getByLabel('Organ som behandlet vurderingen').fill('Kommunedirektørens ledergruppe');
      await form.getByRole('group', { name: 'Ledelsens beslutning' }).getByLabel('Godkjent', { exact: true }).check();
      await form.getByLabel('Ledelsens begrunnelse').fill('Nytten er stor.');
      await form.getByLabel('Lagt fram av').fill('Kari Nordmann');
      await form.getByLabel('Råd fra personvernombudet (art. 35 nr. 2)').fill('Ingen merknader.');
      await form.getByRole('group', { name: 'Fulgte ledelsen rådet fra personvernombudet?' }).getByLabel('Ja').check();
      await form.getByRole('group', { name: 'Er ønsket om å bruke plattformen fortsatt sterkt?' }).getByLabel('Nei').check();
      await form.getByRole('button', { name: 'Registrer runden' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Runde 1 er registrert' })).toBeVisible();
      await page.reload();
      await expect(page.getByRole('region', { name: 'Status etter kapittel 8' })).not.toContainText('Ikke behandlet av ledelsen');
      expect((await storedAssessment(page))!.decisions).toHaveLength(1);
    },
  ],
  [
    'kontogjennomgangen',
    'verktoy/kontogjennomgang/',
    async (page) => {
      await page.getByRole('button', { name: 'Legg til konto' }).click();
      const form = page.getByRole('form', { name: 'Ny konto' });
      await form.getByLabel('Plattform (må fylles ut)').fill('Facebook');
      await form.getByLabel('Navn på siden eller kontoen (må fylles ut)').fill('Kommunens hovedside');
      await form.getByRole('button', { name: 'Lagre konto' }).click();
      await expect(page.getByRole('article', { name: /Kommunens hovedside/ })).toBeVisible();
      await page.reload();
      await expect(page.getByRole('article', { name: /Kommunens hovedside/ })).toBeVisible();
      const keys = await page.evaluate(() => Object.keys(localStorage).filter((k) => /^some-veilederen:v\d+:konto:/.test(k)));
      expect(keys).toHaveLength(1);
    },
  ],
  [
    'Mine vurderinger',
    'verktoy/mine-vurderinger/',
    async (page) => {
      const list = page.getByRole('region', { name: 'Vurderinger i denne nettleseren' });
      await list.getByRole('button', { name: 'Ny vurdering' }).click();
      await list.getByLabel('Plattform').fill('Facebook');
      await list.getByLabel('Enhet').fill('Kulturetaten');
      await list.getByLabel('Enhet').press('Enter');
      await expect(list.getByRole('heading', { name: 'Facebook – Kulturetaten' })).toBeVisible();
      await page.reload();
      await expect(
        page.getByRole('region', { name: 'Vurderinger i denne nettleseren' }).getByRole('heading', { name: 'Facebook – Kulturetaten' }),
      ).toBeVisible();
      expect((await storedAssessment(page))!.title).toBe('Facebook – Kulturetaten');
    },
  ],
  [
    'rapporten (lages ved behov)',
    'verktoy/rapport/',
    async (page) => {
      await createAssessmentInBar(page);
      await page.getByRole('button', { name: 'Lag rapporten' }).click();
      await expect(
        page.getByRole('heading', { level: 2, name: 'Vurdering av personvernkonsekvenser: Facebook – Kulturetaten' }),
      ).toBeVisible();
      await page.reload();
      await expect(page.getByRole('region', { name: 'Lag rapporten' })).toContainText('«Facebook – Kulturetaten»');
    },
  ],
];

for (const [name, path, run] of islands) {
  test(`${name}: øya lastes, lagrer og husker etter omlasting @underkatalog`, async ({ page, offsite, pageErrors }) => {
    const failed: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    await page.goto(path);
    await islandsHydrated(page);
    await run(page);
    expect(failed, 'ressurser som ikke ble funnet').toEqual([]);
    expect(offsite).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
}
