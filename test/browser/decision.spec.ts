import type { Page } from '@playwright/test';
import { test, expect, expectAccessible } from './fixtures';

const PREFIX = 'some-veilederen:v1:vurdering:';

/** Creates an assessment in the page and gives it two risks (one with high residual risk). */
async function setUp(page: Page) {
  await page.goto('verktoy/ledelsesbeslutning/');
  const bar = page.getByRole('region', { name: 'Vurdering' });
  await bar.getByLabel('Plattform').fill('Facebook');
  await bar.getByLabel('Enhet').fill('Kulturetaten');
  await bar.getByRole('button', { name: 'Opprett vurdering' }).click();
  await expect(page.getByRole('heading', { name: 'Status etter kapittel 8' })).toBeVisible();
  await page.evaluate((prefix) => {
    const key = Object.keys(localStorage).find((k) => k.startsWith(prefix))!;
    const a = JSON.parse(localStorage.getItem(key)!);
    const risk = (id: string, title: string, l: number, c: number, rl: number | null, rc: number | null) => ({
      id, scenarioId: null, title, goal: 'apenhet', description: '', likelihood: l, consequence: c, justification: '',
      measures: [], residualLikelihood: rl, residualConsequence: rc,
    });
    a.risks = [risk('r1', 'Sensitive opplysninger i kommentarer', 5, 4, 4, 3), risk('r2', 'Uklare algoritmer', 2, 2, 1, 2)];
    localStorage.setItem(key, JSON.stringify(a));
  }, PREFIX);
  await page.reload();
  await expect(page.getByText('Restrisiko som registreres med runden:')).toBeVisible();
}

async function darkToo(page: Page, state: string) {
  await expectAccessible(page, `${state} (lyst)`);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.locator('starlight-theme-select select').first().selectOption('dark');
  await expectAccessible(page, `${state} (mørkt)`);
  await page.locator('starlight-theme-select select').first().selectOption('light');
  await page.emulateMedia({ colorScheme: 'light' });
}

async function recordRound(
  page: Page,
  r: { date: string; outcome: 'Godkjent' | 'Betinget godkjent' | 'Ikke godkjent'; conditions?: string; justification: string; strongWish: 'Ja' | 'Nei' },
) {
  const form = page.getByRole('region', { name: 'Registrer en runde i ledelsen' });
  await form.getByLabel('Møtedato').fill(r.date);
  await form.getByLabel('Organ som behandlet vurderingen').fill('Kommunedirektørens ledergruppe');
  await form.getByRole('group', { name: 'Ledelsens beslutning' }).getByLabel(r.outcome, { exact: true }).check();
  if (r.conditions) await form.getByLabel('Vilkår som må oppfylles (ett per linje)').fill(r.conditions);
  await form.getByLabel('Ledelsens begrunnelse').fill(r.justification);
  await form.getByLabel('Lagt fram av').fill('Kari Nordmann');
  await form.getByLabel('Råd fra personvernombudet (art. 35 nr. 2)').fill('Slå av kommentarfeltet.');
  await form.getByRole('group', { name: 'Fulgte ledelsen rådet fra personvernombudet?' }).getByLabel('Nei').check();
  await form.getByLabel('Hvorfor fulgte ledelsen ikke rådet?').fill('Dialog med innbyggerne er formålet med siden.');
  await form.getByRole('group', { name: 'Er ønsket om å bruke plattformen fortsatt sterkt?' }).getByLabel(r.strongWish).check();
  await form.getByRole('button', { name: 'Registrer runden' }).click();
}

test('tre runder i ledelsen utløser varselet om forhåndsdrøftelse (art. 36)', async ({ page, offsite, pageErrors }) => {
  test.setTimeout(240_000);
  await setUp(page);
  const status = page.getByRole('region', { name: 'Status etter kapittel 8' });
  await expect(status).toContainText('Ikke behandlet av ledelsen');
  await expect(page.getByText('Høy (høyeste verdi 12): 1 høy, 0 middels, 1 lav.')).toBeVisible();
  await darkToo(page, 'uten runder');

  // Invalid: nothing is recorded, errors are shown and linked.
  const form = page.getByRole('region', { name: 'Registrer en runde i ledelsen' });
  await form.getByLabel('Møtedato').fill('');
  await form.getByRole('button', { name: 'Registrer runden' }).click();
  await expect(form.getByRole('alert')).toContainText('Runden er ikke registrert');
  await expect(form.getByLabel('Ledelsens begrunnelse')).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByLabel('Ledelsens begrunnelse')).toHaveAccessibleDescription(/Skriv ledelsens begrunnelse for beslutningen\./);
  await expect(page.getByText('Ingen runder er registrert ennå.')).toBeVisible();
  await darkToo(page, 'med feil i skjemaet');

  await recordRound(page, { date: '2026-09-01', outcome: 'Betinget godkjent', conditions: 'Rutine for moderering\nPersonvernerklæring på siden', justification: 'Nytten er stor, men kommentarene må følges opp.', strongWish: 'Ja' });
  await expect(page.getByRole('status').filter({ hasText: 'Runde 1 er registrert' })).toBeVisible();
  await expect(status).toContainText('Betinget godkjent – revidert vurdering skal tilbake til ledelsen');
  await expect(status).toContainText('2 av 2 gjenstår');
  await status.getByLabel(/Rutine for moderering/).check();
  await expect(status).toContainText('1 av 2 gjenstår');
  await expect(status.getByText('(oppfylt)', { exact: true })).toBeVisible();
  await darkToo(page, 'etter betinget godkjenning');

  await recordRound(page, { date: '2026-10-01', outcome: 'Ikke godkjent', justification: 'Restrisikoen er for høy.', strongWish: 'Nei' });
  await expect(status).toContainText('Ikke godkjent av ledelsen');
  await expect(status).toContainText('Kommunen kan ikke ta i bruk plattformen.');
  await expect(page.getByRole('heading', { name: 'Be om forhåndsdrøftelse med Datatilsynet' })).toHaveCount(0);

  await recordRound(page, { date: '2026-11-05', outcome: 'Ikke godkjent', justification: 'Risikoen kan ikke reduseres mer, men behovet er stort.', strongWish: 'Ja' });
  const notice = page.getByRole('note', { name: 'Be om forhåndsdrøftelse med Datatilsynet' });
  await expect(notice).toContainText('behandlet av ledelsen 3 ganger');
  await expect(notice).toContainText('ledelsen som beslutter å be om forhåndsdrøftelse');
  await expect(notice).toContainText('ikke klarer å redusere risikoen ytterligere');
  await expect(notice).toContainText('åtte uker');
  await expect(notice).toContainText('seks uker (art. 36 nr. 2)');
  await expect(page.locator('.decision-round')).toHaveCount(3);
  await darkToo(page, 'med varsel om art. 36');

  // A correction of round 3 is a new entry; it does not count as a fourth time.
  await form.getByLabel('Hva registrerer du?').selectOption({ label: 'Rettelse av runde 3 (Ikke godkjent, 5. november 2026)' });
  await expect(form.getByLabel('Ledelsens begrunnelse')).toHaveValue('Risikoen kan ikke reduseres mer, men behovet er stort.');
  await form.getByRole('button', { name: 'Registrer rettelsen' }).click();
  await expect(form.getByLabel('Hva rettes, og hvorfor?')).toBeFocused();
  await form.getByLabel('Hva rettes, og hvorfor?').fill('Møtedatoen var feil: møtet var 6. november.');
  await form.getByLabel('Møtedato').fill('2026-11-06');
  await form.getByRole('button', { name: 'Registrer rettelsen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Runde 4 er registrert som rettelse av runde 3' })).toBeVisible();
  await expect(notice).toContainText('behandlet av ledelsen 3 ganger');
  await expect(page.getByText('Rettet av runde 4. Rettelsen gjelder.')).toBeVisible();

  // The assessment changes after the decision: the view says so.
  await expect(page.getByText('Vurderingen er endret etter siste registrerte beslutning')).toHaveCount(0);
  await page.evaluate((prefix) => {
    const key = Object.keys(localStorage).find((k) => k.startsWith(prefix))!;
    const a = JSON.parse(localStorage.getItem(key)!);
    a.description.purpose = 'Informere om kulturtilbud.';
    localStorage.setItem(key, JSON.stringify(a));
  }, PREFIX);
  await page.reload();
  await expect(page.getByText('Vurderingen er endret etter siste registrerte beslutning')).toBeVisible();
  await expect(page.locator('.decision-round')).toHaveCount(4);
  await darkToo(page, 'endret etter beslutning');
  expect(offsite).toEqual([]);
  expect(pageErrors).toEqual([]);
});

test('en runde kan registreres bare med tastaturet', async ({ page, offsite, pageErrors }) => {
  await setUp(page);
  const form = page.getByRole('region', { name: 'Registrer en runde i ledelsen' });
  // Start on the last control before the form and move with Tab only.
  await page.getByRole('button', { name: 'Ny vurdering' }).focus();
  await page.keyboard.press('Tab');
  await expect(form.getByLabel('Møtedato')).toBeFocused();
  // The date field is prefilled with today's date. Its day, month and year parts are
  // separate Tab stops in Chromium; Tab on until the next field.
  const body = form.getByLabel('Organ som behandlet vurderingen');
  for (let i = 0; i < 4 && !(await body.evaluate((el) => el === document.activeElement)); i += 1) await page.keyboard.press('Tab');
  await expect(form.getByLabel('Organ som behandlet vurderingen')).toBeFocused();
  await page.keyboard.type('Formannskapet');
  await page.keyboard.press('Tab');
  await expect(form.getByRole('group', { name: 'Ledelsens beslutning' }).getByLabel('Godkjent', { exact: true })).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  await expect(form.getByLabel('Betinget godkjent')).toBeChecked();
  await page.keyboard.press('ArrowDown');
  await expect(form.getByLabel('Ikke godkjent')).toBeChecked();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(form.getByLabel('Godkjent', { exact: true })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(form.getByLabel('Ledelsens begrunnelse')).toBeFocused();
  await page.keyboard.type('Tiltakene er tilstrekkelige.');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Ola Normann');
  await expectAccessible(page, 'tastatur: skjemaet utfylt');
  // Submit with Enter from a text field.
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Runde 1 er registrert: Godkjent.' })).toBeVisible();
  const status = page.getByRole('region', { name: 'Status etter kapittel 8' });
  await expect(status).toContainText('Enheten kan ta i bruk plattformen.');
  await expect(page.locator('.decision-round')).toContainText('Formannskapet');
  await expectAccessible(page, 'tastatur: runden registrert');
  expect(offsite).toEqual([]);
  expect(pageErrors).toEqual([]);
});
