import type { Page } from '@playwright/test';
import { test, expect, expectAccessible } from './fixtures';
import { STORAGE_PREFIX } from '../../src/lib/workspace/stored';
import { createAssessmentInBar } from './tool-helpers';

const PREFIX = `${STORAGE_PREFIX}vurdering:`;

/** Creates an assessment in the page and gives it two risks (one with high residual risk). */
async function setUp(page: Page) {
  await page.goto('verktoy/ledelsesbeslutning/');
  await createAssessmentInBar(page);
  await expect(page.getByRole('heading', { name: 'Status etter kapittel 8' })).toBeVisible();
  await page.evaluate((prefix) => {
    const key = Object.keys(localStorage).find((k) => k.startsWith(prefix))!;
    const a = JSON.parse(localStorage.getItem(key)!) as Record<string, unknown>;
    const risk = (id: string, title: string, l: number, c: number, rl: number | null, rc: number | null) => ({
      id,
      scenarioId: null,
      title,
      goal: 'apenhet',
      description: '',
      likelihood: l,
      consequence: c,
      justification: '',
      measures: [],
      residualLikelihood: rl,
      residualConsequence: rc,
      nowLikelihood: null,
      nowConsequence: null,
      residualJustification: 'Vurdert i arbeidsgruppen.',
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
  r: {
    date: string;
    outcome: 'Godkjent' | 'Betinget godkjent' | 'Ikke godkjent';
    conditions?: string;
    justification: string;
    strongWish: 'Ja' | 'Nei';
  },
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

test("tre runder i ledelsen: høy restrisiko krever forhåndsdrøfting fra første runde, og KS' prosessråd vises for seg", async ({
  page,
  offsite,
  pageErrors,
}) => {
  test.setTimeout(240_000);
  await setUp(page);
  const status = page.getByRole('region', { name: 'Status etter kapittel 8' });
  await expect(status).toContainText('Ikke behandlet av ledelsen');
  // New assessments use the site's example method: S4 K3 is «høy» there.
  await expect(page.getByText('Høyeste nivå høy: 1 høy, 0 middels, 1 lav.')).toBeVisible();
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

  await recordRound(page, {
    date: '2026-09-01',
    outcome: 'Betinget godkjent',
    conditions: 'Rutine for moderering\nPersonvernerklæring på siden',
    justification: 'Nytten er stor, men kommentarene må følges opp.',
    strongWish: 'Ja',
  });
  await expect(page.getByRole('status').filter({ hasText: 'Runde 1 er registrert' })).toBeVisible();
  // A conditional approval with a high residual risk (S4 K3, «høy» in the assessment's method) lets nothing start: prior consultation first (art. 36 nr. 1).
  // (Before issue 15 this said «Betinget godkjent – revidert vurdering skal tilbake til ledelsen».)
  await expect(status).toContainText('Forhåndsdrøfting kreves før oppstart');
  await expect(status).toContainText('Enheten kan ikke starte ennå.');
  await expect(status).toContainText('2 av 2 gjenstår');
  await status.getByLabel(/Rutine for moderering/).check();
  await expect(status).toContainText('1 av 2 gjenstår');
  await expect(status.getByText('(oppfylt)', { exact: true })).toBeVisible();
  await darkToo(page, 'etter betinget godkjenning');

  await recordRound(page, { date: '2026-10-01', outcome: 'Ikke godkjent', justification: 'Restrisikoen er for høy.', strongWish: 'Nei' });
  await expect(status).toContainText('Ikke godkjent av ledelsen');
  await expect(status).toContainText('Kommunen kan ikke ta i bruk plattformen.');
  await expect(page.getByRole('heading', { name: "KS' prosessråd om forhåndsdrøfting" })).toHaveCount(0);

  await recordRound(page, {
    date: '2026-11-05',
    outcome: 'Ikke godkjent',
    justification: 'Risikoen kan ikke reduseres mer, men behovet er stort.',
    strongWish: 'Ja',
  });
  const notice = page.getByRole('note', { name: "KS' prosessråd om forhåndsdrøfting" });
  await expect(notice).toContainText('behandlet av ledelsen 3 ganger');
  await expect(notice).toContainText('KS mener');
  await expect(notice).toContainText('det er ledelsen som beslutter å be om det');
  await expect(notice).toContainText('Loven går lenger: høy restrisiko er nok.');
  await expect(page.locator('.decision-round')).toHaveCount(3);
  await darkToo(page, "med KS' råd om art. 36");

  // A correction of round 3 is a new entry; it does not count as a fourth time.
  await form.getByLabel('Hva registrerer dere?').selectOption({ label: 'Rettelse av runde 3 (Ikke godkjent, 5. november 2026)' });
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
    const a = JSON.parse(localStorage.getItem(key)!) as { description: Record<string, unknown> };
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
  // The residual risk is high (S4 K3, «høy» in the assessment's method): «Godkjent» does not let the unit start (art. 36 nr. 1).
  await expect(status).toContainText('Forhåndsdrøfting kreves før oppstart');
  await expect(status).not.toContainText('Enheten kan ta i bruk plattformen.');
  await expect(page.locator('.decision-round')).toContainText('Formannskapet');
  await expectAccessible(page, 'tastatur: runden registrert');
  expect(offsite).toEqual([]);
  expect(pageErrors).toEqual([]);
});

test('runde 1 «Godkjent» med høy restrisiko: forhåndsdrøfting kreves, enheten kan ikke starte, og loggen tar imot forespørselen og svaret', async ({
  page,
  offsite,
  pageErrors,
}) => {
  test.setTimeout(240_000);
  await setUp(page);
  const form = page.getByRole('region', { name: 'Registrer en runde i ledelsen' });
  await form.getByRole('group', { name: 'Ledelsens beslutning' }).getByLabel('Godkjent', { exact: true }).check();
  // The form warns before anything is recorded.
  await expect(form.getByRole('note', { name: 'Forhåndsdrøfting kreves før oppstart' })).toContainText('også ved første behandling');
  await recordRound(page, { date: '2026-11-20', outcome: 'Godkjent', justification: 'Nytten er stor.', strongWish: 'Nei' });
  await expect(page.getByRole('status').filter({ hasText: 'Runde 1 er registrert: Godkjent.' })).toBeVisible();
  const status = page.getByRole('region', { name: 'Status etter kapittel 8' });
  await expect(status.locator('.decision-state')).toContainText('Forhåndsdrøfting kreves før oppstart');
  await expect(status).toContainText('Enheten kan ikke starte ennå.');
  await expect(status).toContainText('Enheten kan ikke ta i bruk plattformen før forhåndsdrøftingen med Datatilsynet er gjennomført');
  await expect(status).not.toContainText('Enheten kan ta i bruk plattformen.');
  const art36 = status.getByRole('note', { name: 'Forhåndsdrøfting med Datatilsynet (art. 36)' });
  await expect(art36).toContainText(
    'Mener Datatilsynet at den planlagte behandlingen vil være i strid med personvernforordningen, gir tilsynet skriftlig råd innen åtte uker',
  );
  await expect(art36).toContainText('forlenges med seks uker (art. 36 nr. 2)');
  // «Sterkt ønske» was «Nei»: KS's process advice does not apply, the law still does.
  await expect(page.getByRole('note', { name: "KS' prosessråd om forhåndsdrøfting" })).toHaveCount(0);
  await darkToo(page, 'runde 1 godkjent med høy restrisiko');

  // The request, then Datatilsynet's answer, each a new entry in the log.
  const log = page.getByRole('region', { name: 'Forhåndsdrøfting med Datatilsynet (art. 36)' });
  await log.getByLabel('Dato kommunen ba om forhåndsdrøfting').fill('2026-11-21');
  await log.getByRole('button', { name: 'Registrer i loggen over forhåndsdrøfting' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Forespørselen om forhåndsdrøfting' })).toBeVisible();
  await expect(status.locator('.decision-state')).toContainText('venter på svar fra Datatilsynet');
  await expect(status).toContainText('Enheten kan ikke starte ennå.');
  await log.getByLabel('Hva registrerer dere?').selectOption({ index: 1 });
  await log.getByLabel('Dato for Datatilsynets svar (la stå tom til svaret kommer)').fill('2026-12-10');
  await log.getByLabel('Kort oppsummering av Datatilsynets råd').fill('Slå av kommentarfeltet og gi bedre informasjon.');
  await log.getByRole('button', { name: 'Registrer i loggen over forhåndsdrøfting' }).click();
  await expect(log.locator('.decision-round')).toHaveCount(2);
  await expect(status.locator('.decision-state')).toContainText('ledelsen må ta stilling til det før oppstart');
  await darkToo(page, 'forhåndsdrøfting besvart');
  expect(offsite).toEqual([]);
  expect(pageErrors).toEqual([]);
});

test('en betinget godkjenning erstattes ikke av «Godkjent» uten et ord om åpne vilkår', async ({ page, offsite, pageErrors }) => {
  test.setTimeout(180_000);
  await setUp(page);
  await recordRound(page, {
    date: '2026-09-01',
    outcome: 'Betinget godkjent',
    conditions: 'Rutine for moderering',
    justification: 'Kommentarene må følges opp.',
    strongWish: 'Nei',
  });
  await recordRound(page, { date: '2026-10-01', outcome: 'Godkjent', justification: 'Vi går videre.', strongWish: 'Nei' });
  const form = page.getByRole('region', { name: 'Registrer en runde i ledelsen' });
  await expect(form.getByRole('alert')).toContainText(
    'En betinget godkjenning kan ikke erstattes av en godkjenning uten et ord om vilkårene.',
  );
  await expect(form.getByLabel('Hva har skjedd med vilkårene som ikke er oppfylt?')).toBeFocused();
  await expect(page.locator('.decision-round')).toHaveCount(1);
  await expectAccessible(page, 'åpne vilkår krever redegjørelse');
  await form
    .getByLabel('Hva har skjedd med vilkårene som ikke er oppfylt?')
    .fill('Rutinen er vedtatt 20. september, men ikke markert som oppfylt.');
  await form.getByRole('button', { name: 'Registrer runden' }).click();
  await expect(page.locator('.decision-round')).toHaveCount(2);
  await expect(page.locator('.decision-round').nth(1)).toContainText('Rutinen er vedtatt 20. september');
  expect(offsite).toEqual([]);
  expect(pageErrors).toEqual([]);
});
