import type { Page } from '@playwright/test';
import { test, expect, expectAccessible, expectTableHeaders } from './fixtures';
import { STORAGE_PREFIX } from '../../src/lib/workspace/stored';
import { CLASSIC_METHOD, DEFAULT_METHOD } from '../../src/lib/risk/method-presets';
import { METHOD_TEXTS } from '../../src/components/tool-texts';
import { createAssessmentInBar, islandsHydrated, scrollUntilToolsShow } from './tool-helpers';

const METHOD_PAGE = 'verktoy/risikometode/';

test('risikometoden: et nivå endres med tastaturet, lagres som standard og vises i forhåndsvisningen', async ({
  page,
  offsite,
  pageErrors,
}) => {
  test.setTimeout(120_000);
  await page.goto(METHOD_PAGE);
  const matrix = page.getByRole('table', { name: 'Nivå for hver rute' });
  await expect(matrix.getByRole('button')).toHaveCount(25);
  await expectAccessible(page, 'metodesiden');
  await expectTableHeaders(page, 'metodesiden');

  // The default is the site's example: S1 K5 is «Middels», S2 K5 is «Høy».
  await expect(matrix.getByRole('button', { name: /^Sannsynlighet 1, konsekvens 5: Middels/ })).toBeVisible();
  await expect(matrix.getByRole('button', { name: /^Sannsynlighet 2, konsekvens 5: Høy/ })).toBeVisible();

  // Keyboard: the first cell is S5 K1; move down four rows and right four columns to S1 K5, Enter cycles the band.
  await matrix.getByRole('button').first().focus();
  await expect(page.locator(':focus')).toHaveAccessibleName(/^Sannsynlighet 5, konsekvens 1/);
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
  await expect(page.locator(':focus')).toHaveAccessibleName(/^Sannsynlighet 1, konsekvens 5: Middels/);
  await page.keyboard.press('Enter');
  await expect(page.locator(':focus')).toHaveAccessibleName(/^Sannsynlighet 1, konsekvens 5: Høy/);
  await page.keyboard.press(' ');
  await expect(page.locator(':focus')).toHaveAccessibleName(/^Sannsynlighet 1, konsekvens 5: Lav/);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(page.locator(':focus')).toHaveAccessibleName(/^Sannsynlighet 1, konsekvens 5: Høy/);
  // The preview follows, with text (not colour alone).
  const preview = page.getByRole('table', { name: /^Risikokart med/ });
  await expect(preview.locator('tbody tr').last().locator('td').last()).toHaveText('Høy');
  await expect(page.getByText('Endringene er ikke lagret ennå.')).toBeVisible();
  await expectAccessible(page, 'metoden endret med tastaturet');

  await page.getByRole('button', { name: 'Lagre som kommunens standardmetode' }).click();
  await expect(page.locator('.risk-status[role="status"]')).toContainText('er lagret som kommunens standardmetode');
  const stored = await page.evaluate(() => localStorage.getItem('some-veilederen:risikometode:v1'));
  expect((JSON.parse(stored!) as { method: { matrix: string[][] } }).method.matrix[0][4]).toBe('hoy');

  // After a reload the saved method is shown.
  await page.reload();
  await expect(
    page.getByRole('table', { name: 'Nivå for hver rute' }).getByRole('button', { name: /^Sannsynlighet 1, konsekvens 5: Høy/ }),
  ).toBeVisible();
  await expect(page.getByText('Kommunen har lagret sin egen standardmetode')).toBeVisible();
  await expectAccessible(page, 'lagret metode');
  expect(pageErrors).toEqual([]);
  expect(offsite).toEqual([]);
});

test('risikometoden: innlesing av en ugyldig fil endrer ingenting, en gyldig fil leses inn', async ({ page, pageErrors }) => {
  await page.goto(METHOD_PAGE);
  const input = page.locator('#method-import');
  await input.setInputFiles({
    name: 'feil.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":"some-veilederen/risikometode","version":1,"exportedAt":"2026-11-30T10:00:00.000Z","method":{}}'),
  });
  await expect(page.getByRole('alert')).toContainText('Filen «feil.json» ble ikke lest inn');
  await expect(page.getByRole('alert')).toContainText('Ingenting ble endret.');
  await expect(page.getByLabel('Navn på metoden')).toHaveValue('SoMe-veilederens eksempel (vekt på konsekvens)');
  await expectAccessible(page, 'feil ved innlesing');

  await page.getByLabel('Start fra en ferdig metode').selectOption({ label: 'Klassisk 5 × 5 (sannsynlighet × konsekvens)' });
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Last ned metoden (JSON)' }).click();
  const file = await download;
  const text = await (await file.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'));
  expect((JSON.parse(text) as { method: { id: string } }).method.id).toBe('klassisk-5x5');

  await page.reload();
  await page.locator('#method-import').setInputFiles({ name: 'klassisk.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(page.getByLabel('Navn på metoden')).toHaveValue('Klassisk 5 × 5 (sannsynlighet × konsekvens)');
  await expect(
    page.getByRole('table', { name: 'Nivå for hver rute' }).getByRole('button', { name: /^Sannsynlighet 2, konsekvens 4: Middels/ }),
  ).toBeVisible();
  expect(pageErrors).toEqual([]);
});

test('risikometoden: en lagret metode som ikke kan leses, flyttes til en sikkerhetskopi, og siden sier det og gir den til nedlasting', async ({
  page,
  pageErrors,
}) => {
  // Stored from a content page without islands: on the method page itself the store could load after the
  // value is set and move it to the backup before the reload (seen once in CI).
  await page.goto('veileder/1-innledning/');
  const broken = '{"format":"some-veilederen/risikometode","version":1,"method":{"name":"Vår metode"';
  await page.evaluate((raw) => localStorage.setItem('some-veilederen:risikometode:v1', raw), broken);
  await page.goto(METHOD_PAGE);
  const notice = page.locator('.storage-notice[role="alert"]');
  await expect(notice).toContainText('Kommunens lagrede risikometode kunne ikke leses og er flyttet til en sikkerhetskopi');
  await expect(page.getByLabel('Navn på metoden')).toHaveValue('SoMe-veilederens eksempel (vekt på konsekvens)');
  await expectAccessible(page, 'metodesiden med en sikkerhetskopi');
  // The backup holds exactly what was stored, and downloads as a file.
  const download = page.waitForEvent('download');
  await notice.getByRole('button', { name: 'Last ned sikkerhetskopien' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^sikkerhetskopi-.*-risikometode-v1\.txt$/);
  expect(await (await file.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'))).toBe(broken);
  await notice.getByRole('button', { name: 'Lukk meldingen' }).click();
  await expect(notice).toHaveCount(0);
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('backup:')).length)).toBe(1);
  expect(pageErrors).toEqual([]);
});

test('risikometoden: endringer som ikke er lagret, er med etter en ny innlasting og i en ny fane, til de lagres', async ({
  page,
  context,
  pageErrors,
}) => {
  await page.goto(METHOD_PAGE);
  const name = page.getByLabel('Navn på metoden');
  const cell = (p: Page, band: string) =>
    p
      .getByRole('table', { name: 'Nivå for hver rute' })
      .getByRole('button', { name: new RegExp(`^Sannsynlighet 1, konsekvens 5: ${band}`) });
  await name.fill('Vår kommunes met');
  await cell(page, 'Middels').click();
  await expect(cell(page, 'Høy')).toBeVisible();
  // A reload in the middle of typing the name.
  await page.reload();
  await expect(name).toHaveValue('Vår kommunes met');
  await expect(cell(page, 'Høy')).toBeVisible();
  await expect(page.locator('.storage-notice[role="status"]')).toContainText('er satt inn igjen');
  await expect(page.getByText('Endringene er ikke lagret ennå.')).toBeVisible();
  await expectAccessible(page, 'metodesiden med et utkast satt inn igjen');
  // Another tab gets the same draft.
  const other = await context.newPage();
  await other.goto(METHOD_PAGE);
  await expect(other.getByLabel('Navn på metoden')).toHaveValue('Vår kommunes met');
  await other.close();
  // Saved, the draft is gone: a reload shows the saved method and no notice.
  await name.fill('Vår kommunes metode');
  await page.getByRole('button', { name: 'Lagre som kommunens standardmetode' }).click();
  await expect(page.locator('.risk-status[role="status"]')).toContainText('er lagret som kommunens standardmetode');
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes(':utkast:')))).toEqual([]);
  await page.reload();
  await expect(name).toHaveValue('Vår kommunes metode');
  await expect(cell(page, 'Høy')).toBeVisible();
  await expect(page.locator('.storage-notice')).toHaveCount(0);
  await expect(page.getByText('Endringene er ikke lagret ennå.')).toHaveCount(0);
  expect(pageErrors).toEqual([]);
});

test('risikometoden på 320 px: ingen vannrett rulling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto(METHOD_PAGE);
  await scrollUntilToolsShow(page);
  await expect(page.getByRole('table', { name: 'Nivå for hver rute' }).getByRole('button')).toHaveCount(25);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: '/tmp/risk-method-320-method.png', fullPage: true });
  await expectAccessible(page, 'metodesiden på 320 px');
});

test('risikometoden: panelene under det første tegnes først nær skjermen, men skrives alle ut', async ({ page }) => {
  await page.goto(METHOD_PAGE);
  const panels = page.locator('.method-editor > .tool-panel');
  await expect(panels).toHaveCount(5);
  const visibility = () => panels.evaluateAll((all) => all.map((p) => getComputedStyle(p).contentVisibility));
  expect(await visibility()).toEqual(['visible', 'auto', 'auto', 'auto', 'auto']);
  // Focus in a later panel (the keyboard's way there) shows it as usual.
  await page.getByLabel('Sannsynlighet, trinn 1: navn').focus();
  await expect(page.getByLabel('Sannsynlighet, trinn 1: navn')).toBeInViewport();
  await page.emulateMedia({ media: 'print' });
  expect(await visibility()).toEqual(['visible', 'visible', 'visible', 'visible', 'visible']);
});

test('risikometoden på en telefon: tegnes først nær skjermen, ved første tastetrykk og før utskrift', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  const placeholder = page.getByText(METHOD_TEXTS.loading);
  const firstField = page.getByLabel('Start fra en ferdig metode');
  const notDrawnYet = async () => {
    await page.goto(METHOD_PAGE);
    await islandsHydrated(page);
    await expect(placeholder).toHaveCount(1);
    await expect(firstField).toHaveCount(0);
  };
  // The page loads its own code ("metode"), not the start views' or the data model's (src/plugins/chunks.ts).
  const scripts: string[] = [];
  page.on('request', (r) => void (r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname.split('/').pop()!)));
  // Tab from the last link above the tool goes into the tool, not past it.
  await notDrawnYet();
  await page.waitForLoadState('networkidle');
  expect(scripts.some((name) => name.startsWith('MethodIsland.'))).toBe(true);
  expect(scripts.filter((name) => /^(start|kjerne)\./.test(name))).toEqual([]);
  await page.getByRole('link', { name: 'kapittel 7' }).focus();
  await expect(placeholder).toHaveCount(1);
  await page.keyboard.press('Tab');
  await expect(firstField).toBeFocused();
  await expectAccessible(page, 'metodesiden på telefon etter Tab');
  // Printing draws it first: the PDF is the same as with the tool drawn on screen.
  await notDrawnYet();
  const printed = await page.pdf();
  await expect(firstField).toHaveCount(1);
  const drawn = await page.pdf();
  const pages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
  expect(pages(drawn)).toBeGreaterThan(3);
  expect(pages(printed)).toBe(pages(drawn));
  // Scrolling down draws it before it is on screen: the placeholder is never seen.
  await notDrawnYet();
  await expectAccessible(page, 'metodesiden på telefon før verktøyet er tegnet');
  await scrollUntilToolsShow(page);
  expect(await page.evaluate(() => document.getElementById('method-start')!.getBoundingClientRect().top)).toBeGreaterThan(0);
  await context.close();
});

/* ---------- The method of an assessment with risks, two residual risks, the report, the editor at 320 px ---------- */

type SeedRisk = {
  id: string;
  title: string;
  l: number | null;
  c: number | null;
  rl?: number | null;
  rc?: number | null;
  justification?: string;
  measures?: { id: string; text: string; owner: string; deadline: string; status: 'planlagt' | 'pagar' | 'gjennomfort' }[];
};

/** Creates an assessment on `page` (on the given tool page) and stores the given risks (and method) in it. */
async function seed(page: Page, tool: string, risks: SeedRisk[], method?: unknown) {
  await page.goto(tool);
  await createAssessmentInBar(page);
  await page.evaluate(
    ({ prefix, risks, method }) => {
      const key = Object.keys(localStorage).find((k) => k.startsWith(prefix + 'vurdering:'))!;
      const a = JSON.parse(localStorage.getItem(key)!) as Record<string, unknown>;
      a.risks = risks.map((r) => ({
        id: r.id,
        scenarioId: null,
        title: r.title,
        goal: 'apenhet',
        description: '',
        likelihood: r.l,
        consequence: r.c,
        justification: '',
        measures: r.measures ?? [],
        residualLikelihood: r.rl ?? null,
        residualConsequence: r.rc ?? null,
        nowLikelihood: null,
        nowConsequence: null,
        residualJustification: r.justification ?? '',
      }));
      if (method) a.method = method;
      localStorage.setItem(key, JSON.stringify(a));
    },
    { prefix: STORAGE_PREFIX, risks, method },
  );
  await page.reload();
}

const storedMethodName = (page: Page) =>
  page.evaluate((prefix) => {
    const key = Object.keys(localStorage).find((k) => k.startsWith(prefix + 'vurdering:'))!;
    return (JSON.parse(localStorage.getItem(key)!) as { method: { name: string } }).method.name;
  }, STORAGE_PREFIX);

test('å bytte metode for en vurdering med risikoer viser hvilke som endrer nivå, må bekreftes og kan angres', async ({
  page,
  offsite,
  pageErrors,
}) => {
  test.setTimeout(120_000);
  // An assessment made with the classic method: S2 K4 is «Middels» there and «Høy» in the default method; S5 K1 goes from «Middels» to «Lav»; S4 K4 stays «Høy».
  await seed(
    page,
    'verktoy/risikovurdering/',
    [
      { id: 'r1', title: 'Feil publikum', l: 2, c: 4 },
      { id: 'r2', title: 'Vilkårene endres', l: 5, c: 1 },
      { id: 'r3', title: 'Direktemeldinger', l: 4, c: 4 },
    ],
    CLASSIC_METHOD,
  );
  const panel = page.getByRole('region', { name: 'Risikometode for vurderingen' });
  await expect(panel.getByTestId('assessment-method')).toHaveText(CLASSIC_METHOD.name);
  const row = (title: string) => page.locator('.risk-table tbody tr').filter({ hasText: title });
  await expect(row('Feil publikum')).toContainText('2 × 4 = 8');
  await expect(row('Feil publikum')).toContainText('Middels');

  await panel.getByLabel('Bytt metode for denne vurderingen').selectOption({ label: DEFAULT_METHOD.name });
  const confirm = panel.getByRole('group', { name: /Dette endres hvis dere bytter til/ });
  await expect(confirm.getByTestId('method-movers')).toHaveText('2 risikoer endrer nivå: «Feil publikum», «Vilkårene endres».');
  await expect(confirm.getByTestId('method-mover-list')).toContainText('Feil publikum: før tiltak: Middels → Høy (blir høy risiko)');
  await expect(confirm.getByTestId('method-mover-list')).toContainText('Vilkårene endres: før tiltak: Middels → Lav');
  await expect(confirm.getByTestId('method-mover-list')).not.toContainText('Direktemeldinger');
  // Nothing has changed before the confirmation.
  expect(await storedMethodName(page)).toBe(CLASSIC_METHOD.name);
  await expectAccessible(page, 'bekreftelse av metodebytte');

  await confirm.getByRole('button', { name: `Bytt til «${DEFAULT_METHOD.name}»` }).click();
  await expect(panel.getByTestId('assessment-method')).toHaveText(DEFAULT_METHOD.name);
  await expect(page.locator('.risk-status[role="status"]')).toContainText('2 risikoer endrer nivå');
  await expect(row('Feil publikum')).toContainText('S2 K4');
  await expect(row('Feil publikum')).toContainText('Høy');
  expect(await storedMethodName(page)).toBe(DEFAULT_METHOD.name);
  const undo = panel.getByRole('button', { name: 'Angre byttet av metode' });
  await expect(undo).toBeFocused();
  await expectAccessible(page, 'metoden byttet');

  await page.keyboard.press('Enter');
  await expect(panel.getByTestId('assessment-method')).toHaveText(CLASSIC_METHOD.name);
  await expect(page.locator('.risk-status[role="status"]')).toContainText('Byttet er angret');
  await expect(row('Feil publikum')).toContainText('2 × 4 = 8');
  expect(await storedMethodName(page)).toBe(CLASSIC_METHOD.name);
  await expectAccessible(page, 'byttet angret');
  expect(pageErrors).toEqual([]);
  expect(offsite).toEqual([]);
});

test('to restrisikoer: planlagte tiltak senker ikke restrisikoen nå, og beslutningen bruker den og gjør tiltakene til vilkår', async ({
  page,
  offsite,
  pageErrors,
}) => {
  test.setTimeout(180_000);
  // Default method. «Kommentarer»: S3 K3 (middels) before; after the planned moderation S1 K2 (lav). «Profiler»: S2 K2 (lav), nothing to do.
  await seed(page, 'verktoy/risikovurdering/', [
    {
      id: 'r1',
      title: 'Kommentarer',
      l: 3,
      c: 3,
      rl: 1,
      rc: 2,
      measures: [{ id: 'm1', text: 'Moderering hver dag', owner: 'Redaksjonen', deadline: '2027-01-15', status: 'planlagt' }],
    },
    { id: 'r2', title: 'Profiler', l: 2, c: 2 },
  ]);
  await page.locator('#risk-open-r1').click();
  const editor = page.locator('#risk-editor-panel');
  await expect(editor.getByTestId('residual-now')).toContainText('S3 K3');
  await expect(editor.getByTestId('residual-now')).toContainText('Middels');
  await expect(editor.getByTestId('residual-planned')).toContainText('S1 K2');
  await expect(editor.getByTestId('residual-planned')).toContainText('Lav');
  // The lowered score needs a justification.
  const justification = editor.getByLabel('Begrunnelse for vurderingen etter tiltak (påkrevd når risikoen er lavere)');
  await expect(justification).toHaveAccessibleDescription(/Skriv hvorfor risikoen er lavere etter tiltak/);
  await expectAccessible(page, 'redigering med planlagt tiltak uten begrunnelse');

  // The decision page: the residual risk now is «middels», approval is refused without the justification.
  await page.goto('verktoy/ledelsesbeslutning/');
  const form = page.getByRole('region', { name: 'Registrer en runde i ledelsen' });
  await expect(form.getByTestId('acceptance-criterion')).toContainText('Akseptkriterium for nivået middels');
  await expect(form.getByTestId('rests-on-planned')).toContainText(
    '1 risiko har lavere restrisiko bare når planlagte tiltak er gjennomført',
  );
  await expect(form.getByTestId('planned-conditions')).toContainText(
    '«Moderering hver dag» (Kommentarer: middels nå, lav når tiltakene er gjennomført), ansvarlig Redaksjonen, frist 15.01.2027',
  );
  await expect(form.getByTestId('missing-justification')).toContainText('Kommentarer');
  const fill = async (outcome: 'Godkjent' | 'Betinget godkjent') => {
    await form.getByLabel('Møtedato').fill('2026-12-01');
    await form.getByLabel('Organ som behandlet vurderingen').fill('Kommunedirektørens ledergruppe');
    await form.getByRole('group', { name: 'Ledelsens beslutning' }).getByLabel(outcome, { exact: true }).check();
    await form.getByLabel('Ledelsens begrunnelse').fill('Nytten er stor.');
    await form.getByLabel('Lagt fram av').fill('Kari Nordmann');
  };
  await fill('Godkjent');
  await form.getByRole('button', { name: 'Registrer runden' }).click();
  await expect(form.getByRole('alert')).toContainText('Runden er ikke registrert');
  await expect(form).toContainText('Ledelsen kan ikke godta restrisikoen før vurderingen etter tiltak er begrunnet for: Kommentarer');
  await expectAccessible(page, 'godkjenning uten begrunnelse avvist');

  // Write the justification in the risk editor.
  await page.goto('verktoy/risikovurdering/');
  await page.locator('#risk-open-r1').click();
  const written = page
    .locator('#risk-editor-panel')
    .getByLabel('Begrunnelse for vurderingen etter tiltak (påkrevd når risikoen er lavere)');
  await written.fill('Daglig moderering fjerner kommentarer med personopplysninger.');
  // «Lukk» straight after typing: the click leaves the field, which saves the text.
  await page.locator('#risk-editor-panel').getByRole('button', { name: 'Lukk' }).click();
  await expect(page.locator('#risk-editor-panel')).toHaveCount(0);

  // An unconditional approval that rests on the planned measure is refused; the measure becomes a condition.
  await page.goto('verktoy/ledelsesbeslutning/');
  await expect(form.getByTestId('missing-justification')).toHaveCount(0);
  await fill('Godkjent');
  await form.getByRole('button', { name: 'Registrer runden' }).click();
  await expect(form).toContainText('Velg betinget godkjenning og før opp de planlagte tiltakene som vilkår');
  await form.getByRole('button', { name: 'Legg de planlagte tiltakene inn som vilkår' }).click();
  await expect(form.getByRole('group', { name: 'Ledelsens beslutning' }).getByLabel('Betinget godkjent', { exact: true })).toBeChecked();
  await expect(form.getByLabel('Vilkår som må oppfylles (ett per linje)')).toHaveValue('Moderering hver dag (Kommentarer)');
  await expectAccessible(page, 'planlagte tiltak lagt inn som vilkår');
  await form.getByRole('button', { name: 'Registrer runden' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Runde 1 er registrert' })).toBeVisible();
  const status = page.getByRole('region', { name: 'Status etter kapittel 8' });
  await expect(status).toContainText('Betinget godkjent');
  await expect(status).toContainText('Godkjenningen hviler på planlagte tiltak');
  // The residual risk now is «middels» on the method: no prior consultation is triggered.
  await expect(status).not.toContainText('Forhåndsdrøfting kreves før oppstart');
  await expectAccessible(page, 'betinget godkjent på planlagte tiltak');
  expect(pageErrors).toEqual([]);
  expect(offsite).toEqual([]);
});

test('«Lukk» rett etter at begrunnelsen er skrevet: knappen flytter seg ikke når «påkrevd» forsvinner, og klikket treffer', async ({
  page,
  pageErrors,
}) => {
  test.setTimeout(120_000);
  await seed(page, 'verktoy/risikovurdering/', [{ id: 'r1', title: 'Kommentarer', l: 3, c: 3, rl: 1, rc: 2 }]);
  await page.locator('#risk-open-r1').click();
  const editor = page.locator('#risk-editor-panel');
  const field = editor.getByLabel('Begrunnelse for vurderingen etter tiltak (påkrevd når risikoen er lavere)');
  const required = editor.getByText('Skriv hvorfor risikoen er lavere etter tiltak.');
  const close = editor.getByRole('button', { name: 'Lukk' });
  await expect(required).toBeVisible();
  await expect(field).toHaveAccessibleDescription(/Skriv hvorfor risikoen er lavere etter tiltak/);
  await close.scrollIntoViewIfNeeded();
  // Where «Lukk» is while the message shows; the text is typed only after, so the save has not happened yet.
  const before = (await close.boundingBox())!;
  await field.fill('Daglig moderering.');
  // A slow click: the pointer goes down on «Lukk», the field is left and the text saved, then the pointer comes up.
  await page.mouse.move(before.x + before.width / 2, before.y + before.height / 2);
  await page.mouse.down();
  await expect(required).toBeHidden();
  expect(await close.boundingBox()).toEqual(before);
  await expect(editor.getByText('Begrunnelsen er påkrevd fordi risikoen er lavere etter tiltak.')).toBeVisible();
  await page.mouse.up();
  await expect(editor).toHaveCount(0);
  await expect(page.locator('#risk-open-r1')).toBeFocused();
  // The text was saved: the message is gone when the risk is opened again, and the field points to the hint.
  await page.locator('#risk-open-r1').click();
  await expect(field).toHaveValue('Daglig moderering.');
  await expect(required).toBeHidden();
  await expect(field).toHaveAccessibleDescription('Begrunnelsen er påkrevd fordi risikoen er lavere etter tiltak.');
  await expectAccessible(page, 'begrunnelsen er skrevet');
  // Emptied again: the message is back, and «Lukk» is where it was.
  // (Measured from the top of the page: filling the field may scroll it.)
  const onPage = () => close.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
  const justified = await onPage();
  await field.fill('');
  await field.blur();
  await expect(required).toBeVisible();
  await expect(field).toHaveAccessibleDescription(/Skriv hvorfor risikoen er lavere etter tiltak/);
  expect(await onPage()).toBe(justified);
  await expectAccessible(page, 'begrunnelsen mangler igjen');
  expect(pageErrors).toEqual([]);
});

test('restrisiko nå som er høy etter metoden gir «Forhåndsdrøfting kreves før oppstart», selv om planlagt restrisiko er lav', async ({
  page,
  pageErrors,
}) => {
  test.setTimeout(120_000);
  // Default method: S2 K4 is «Høy» (S2 K4 = 8 would have been «middels» on the classic method). The planned measure would make it S1 K1.
  await seed(page, 'verktoy/ledelsesbeslutning/', [
    {
      id: 'r1',
      title: 'Barnevernssak',
      l: 2,
      c: 4,
      rl: 1,
      rc: 1,
      justification: 'Sperrede kommentarer.',
      measures: [{ id: 'm1', text: 'Sperre kommentarer', owner: 'Redaksjonen', deadline: '2027-02-01', status: 'pagar' }],
    },
  ]);
  const form = page.getByRole('region', { name: 'Registrer en runde i ledelsen' });
  await expect(form.getByTestId('acceptance-criterion')).toContainText('Akseptkriterium for nivået høy');
  await expect(form.getByTestId('acceptance-criterion')).toContainText('Kan ikke godtas uten tiltak');
  await form.getByLabel('Møtedato').fill('2026-12-01');
  await form.getByLabel('Organ som behandlet vurderingen').fill('Kommunedirektørens ledergruppe');
  await form.getByRole('group', { name: 'Ledelsens beslutning' }).getByLabel('Betinget godkjent', { exact: true }).check();
  await expect(form.getByRole('note')).toContainText('Restrisikoen med tiltakene som er på plass i dag, ligger i nivået høy');
  await form.getByRole('button', { name: 'Legg de planlagte tiltakene inn som vilkår' }).click();
  await form.getByLabel('Ledelsens begrunnelse').fill('Tiltaket er på vei.');
  await form.getByLabel('Lagt fram av').fill('Kari Nordmann');
  await form.getByRole('button', { name: 'Registrer runden' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Runde 1 er registrert' })).toBeVisible();
  const status = page.getByRole('region', { name: 'Status etter kapittel 8' });
  await expect(status).toContainText('Forhåndsdrøfting kreves før oppstart');
  await expect(status).toContainText('lå i nivået høy, som vurderingens risikometode regner som høyt');
  await expectAccessible(page, 'høy restrisiko nå');
  expect(pageErrors).toEqual([]);
});

test('rapporten har metodevedlegget og skiller tiltak på plass fra planlagte', async ({ page, pageErrors }) => {
  test.setTimeout(120_000);
  await seed(page, 'verktoy/rapport/', [
    {
      id: 'r1',
      title: 'Kommentarer',
      l: 3,
      c: 3,
      rl: 1,
      rc: 2,
      justification: 'Moderering.',
      measures: [
        { id: 'm1', text: 'Moderering hver dag', owner: 'Redaksjonen', deadline: '2027-01-15', status: 'planlagt' },
        { id: 'm2', text: 'Filter for sensitive ord', owner: 'Kommunikasjon', deadline: '', status: 'gjennomfort' },
      ],
    },
  ]);
  await page.getByRole('button', { name: 'Lag rapporten' }).click();
  const report = page.locator('article.report');
  await expect(report.getByRole('heading', { name: 'Vedlegg C: Risikometoden' })).toBeVisible();
  await expect(report).toContainText(DEFAULT_METHOD.name);
  await expect(report.getByRole('table', { name: 'Risikomatrisen: nivået i hver rute' })).toContainText('Høy');
  await expect(report.getByRole('heading', { name: 'Nivåene og akseptkriteriene' })).toBeVisible();
  await expect(report.getByRole('listitem').filter({ hasText: 'Høy (høy risiko, art. 36): Kan ikke godtas uten tiltak' })).toBeVisible();
  await expect(report.getByRole('table', { name: 'Skalaene for sannsynlighet og konsekvens' })).toContainText('Svært sannsynlig');
  await expect(report.getByRole('table', { name: 'Tiltak som er på plass i dag (etablert)' })).toContainText('Filter for sensitive ord');
  await expect(report.getByRole('table', { name: 'Planlagte tiltak (teller ikke i restrisikoen nå)' })).toContainText(
    'Moderering hver dag',
  );
  await expect(report).toContainText('1 risiko har lavere restrisiko bare når planlagte tiltak er gjennomført');
  await page.screenshot({ path: '/tmp/risk17-report.png', fullPage: true });
  await expectAccessible(page, 'rapport med metodevedlegg');
  expect(pageErrors).toEqual([]);
});

test('redigeringsskjemaet for en risiko på 320 px: ingen vannrett rulling og ingen avkuttet etikett; risikokartene står på linje', async ({
  page,
  pageErrors,
}) => {
  test.setTimeout(120_000);
  await seed(page, 'verktoy/risikovurdering/', [
    {
      id: 'r1',
      title: 'Sensitive opplysninger i kommentarer',
      l: 4,
      c: 4,
      rl: 3,
      rc: 4,
      justification: 'Moderering.',
      measures: [{ id: 'm1', text: 'Moderering hver dag', owner: 'Redaksjonen', deadline: '2027-01-15', status: 'planlagt' }],
    },
  ]);
  // The two heat maps line up: same top on a wide screen, same left edge when stacked.
  await page.setViewportSize({ width: 1280, height: 900 });
  const maps = page.locator('.risk-maps .heatmap__table');
  await expect(maps).toHaveCount(2);
  const [a, b] = [await maps.nth(0).boundingBox(), await maps.nth(1).boundingBox()];
  expect(Math.abs(a!.y - b!.y)).toBeLessThanOrEqual(1);
  expect(Math.abs(a!.height - b!.height)).toBeLessThanOrEqual(1);

  await page.setViewportSize({ width: 320, height: 800 });
  const [c, d] = [await maps.nth(0).boundingBox(), await maps.nth(1).boundingBox()];
  expect(Math.abs(c!.x - d!.x)).toBeLessThanOrEqual(1);
  expect(Math.abs(c!.width - d!.width)).toBeLessThanOrEqual(1);

  await page.locator('#risk-open-r1').click();
  const editor = page.locator('#risk-editor-panel');
  await expect(editor.locator('h4')).toBeFocused();
  await expect(editor.getByLabel('Sannsynlighet før tiltak')).toBeVisible();
  const measure = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    clipped: [...document.querySelectorAll('#risk-editor-panel label, #risk-editor-panel legend')]
      .filter((el) => el.scrollWidth > el.clientWidth + 1)
      .map((el) => el.textContent),
    outside: [...document.querySelectorAll('#risk-editor-panel *')]
      .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
      .map((el) => `${el.tagName}.${el.className}`),
  }));
  expect(measure.scroll).toBeLessThanOrEqual(320);
  expect(measure.clipped).toEqual([]);
  expect(measure.outside).toEqual([]);
  await page.screenshot({ path: '/tmp/risk17-editor-320.png', fullPage: true });
  await expectAccessible(page, 'redigeringsskjemaet på 320 px');
  // Keyboard: Escape is not needed; «Lukk» returns focus to the row's button.
  await editor.getByRole('button', { name: 'Lukk' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#risk-open-r1')).toBeFocused();
  expect(pageErrors).toEqual([]);
});
