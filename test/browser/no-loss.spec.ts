import type { Page } from '@playwright/test';
import { test, expect, expectAccessible } from './fixtures';
import { createAssessmentInBar } from './tool-helpers';

/**
 * Nothing typed is lost: a reload in the middle of typing (before the field is
 * left, before the pause that saves it) keeps every character, in every tool
 * form that follows the save policy. And two tabs typing into the same
 * assessment never garble each other's text.
 */
test.describe.configure({ timeout: 180_000 });

const TEXT = 'Magefølelsen sier ja, men «personvernombudet» må se på det først.';

/** Types into a field and reloads at once: no blur, no pause. Returns the field after the reload. */
async function typeAndReload(page: Page, field: () => ReturnType<Page['getByLabel']>) {
  await field().click();
  await page.keyboard.type(TEXT);
  await page.reload();
  return field();
}

const forms: { name: string; path: string; open?: (page: Page) => Promise<void>; field: (page: Page) => ReturnType<Page['getByLabel']> }[] =
  [
    {
      name: 'etikkrefleksjonen',
      path: 'verktoy/etisk-refleksjon/',
      field: (page) => page.getByLabel('Lov: være til stede på plattformen'),
    },
    {
      name: 'sjekklistene',
      path: 'verktoy/sjekklister/',
      field: (page) =>
        page
          .getByRole('region', { name: /Andre regler – arkiv, innsyn og saksbehandling/ })
          .getByRole('group')
          .first()
          .getByLabel('Kommentar'),
    },
    {
      name: 'beskrivelsen (DPIA)',
      path: 'verktoy/beskrivelse/',
      field: (page) => page.getByRole('textbox', { name: 'Formål', exact: true }),
    },
    {
      name: 'medvirkning og råd (DPIA)',
      path: 'verktoy/medvirkning/',
      open: async (page) => {
        await page.getByLabel('Legg til en part').selectOption('arkiv');
        await page.getByRole('button', { name: 'Legg til', exact: true }).click();
        await expect(page.getByLabel('Hva de sa')).toBeVisible();
      },
      field: (page) => page.getByLabel('Hva de sa'),
    },
    {
      name: 'risikoskjemaet',
      path: 'verktoy/risikovurdering/',
      open: async (page) => {
        await page.getByText('Skriv en egen risiko').click();
        await page.getByLabel('Tittel på risikoen').fill('Skjermbilder deles videre');
        await page.getByRole('button', { name: 'Legg til egen risiko' }).click();
        await expect(page.getByRole('group', { name: 'Rediger: Skjermbilder deles videre' })).toBeVisible();
      },
      field: (page) => page.getByRole('group', { name: /^Rediger: / }).getByLabel('Beskrivelse'),
    },
  ];

for (const form of forms) {
  test(`omlasting midt i skrivingen mister ingen tegn i ${form.name}`, async ({ page, offsite, pageErrors }) => {
    await page.goto(form.path);
    await createAssessmentInBar(page);
    await form.open?.(page);
    let field = await typeAndReload(page, () => form.field(page));
    if (form.name === 'risikoskjemaet') {
      // The editor is closed after a reload: open the risk again.
      await page.getByRole('button', { name: 'Rediger «Skjermbilder deles videre»' }).click();
      field = form.field(page);
    }
    await expect(field).toHaveValue(TEXT);
    await expectAccessible(page, `${form.name} etter omlasting`);
    // Stored in the assessment, not only on screen; no draft left behind.
    const stored = await page.evaluate(() => {
      const keys = Object.keys(localStorage);
      return {
        assessment: localStorage.getItem(keys.find((k) => /^some-veilederen:v\d+:vurdering:/.test(k))!)!,
        drafts: keys.filter((k) => k.includes(':utkast:')),
      };
    });
    expect(stored.assessment).toContain(JSON.stringify(TEXT).slice(1, -1));
    expect(stored.drafts).toEqual([]);
    expect(offsite).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
}

/** Forms that are saved on submit: what is typed is kept as a draft until the form is sent. */
const submitForms: {
  name: string;
  path: string;
  noAssessment?: boolean;
  fill: (page: Page) => Promise<void>;
  field: (page: Page) => ReturnType<Page['getByLabel']>;
  submit: (page: Page) => Promise<void>;
}[] = [
  {
    name: 'skjemaet for beslutningsrunden',
    path: 'verktoy/ledelsesbeslutning/',
    fill: async (page) => {
      await page.getByLabel('Organ som behandlet vurderingen').fill('Formannskapet');
      await page.getByRole('group', { name: 'Ledelsens beslutning' }).getByLabel('Godkjent', { exact: true }).check();
      await page.getByLabel('Lagt fram av').fill('Kari Nordmann');
    },
    field: (page) => page.getByLabel('Ledelsens begrunnelse'),
    submit: async (page) => {
      await page.getByRole('button', { name: 'Registrer runden' }).click();
      await expect(page.locator('.decision-message')).toHaveText('Runde 1 er registrert: Godkjent.');
      await expect(page.getByLabel('Ledelsens begrunnelse')).toHaveValue('');
    },
  },
  {
    name: 'skjemaet for forhåndsdrøfting',
    path: 'verktoy/ledelsesbeslutning/',
    fill: async (page) => {
      await page.getByLabel('Dato kommunen ba om forhåndsdrøfting').fill('2026-11-02');
    },
    field: (page) => page.getByLabel('Datatilsynets referanse (saksnummer), hvis dere har den'),
    submit: async (page) => {
      await page.getByRole('button', { name: 'Registrer i loggen over forhåndsdrøfting' }).click();
      await expect(page.locator('.decision-message')).toContainText('er registrert');
      await expect(page.getByLabel('Datatilsynets referanse (saksnummer), hvis dere har den')).toHaveValue('');
    },
  },
  {
    name: 'kontoskjemaet',
    path: 'verktoy/kontogjennomgang/',
    noAssessment: true,
    fill: async (page) => {
      await page.getByRole('button', { name: 'Legg til konto' }).click();
      await page.getByLabel('Plattform (må fylles ut)').fill('Instagram');
      await page.getByLabel('Konklusjon').selectOption('behold');
    },
    field: (page) => page.getByLabel('Navn på siden eller kontoen (må fylles ut)'),
    submit: async (page) => {
      await page.getByRole('button', { name: 'Lagre konto' }).click();
      await expect(page.getByRole('article', { name: /Instagram/ })).toContainText('Behold');
      await expect(page.getByRole('button', { name: 'Legg til konto' })).toBeFocused();
    },
  },
];

for (const form of submitForms) {
  test(`omlasting midt i skrivingen mister ingen tegn i ${form.name}, og utkastet slettes når skjemaet sendes`, async ({
    page,
    offsite,
    pageErrors,
  }) => {
    await page.goto(form.path);
    if (!form.noAssessment) await createAssessmentInBar(page);
    await form.fill(page);
    const field = await typeAndReload(page, () => form.field(page));
    await expect(field).toHaveValue(TEXT);
    await expect(page.locator('.storage-notices')).toContainText(`Det dere skrev eller endret i ${form.name}`);
    await expectAccessible(page, `${form.name} etter omlasting`);
    // What was filled in before the typing is back too.
    await form.submit(page);
    const stored = await page.evaluate(() => {
      const keys = Object.keys(localStorage);
      return {
        saved: keys
          .filter((k) => !k.includes(':utkast:'))
          .map((k) => localStorage.getItem(k)!)
          .join('\n'),
        drafts: keys.filter((k) => k.includes(':utkast:')),
      };
    });
    expect(stored.saved).toContain(JSON.stringify(TEXT).slice(1, -1));
    expect(stored.drafts).toEqual([]);
    expect(offsite).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
}

/** A small seeded random generator (mulberry32), so a failing order can be replayed. */
function seeded(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

test('to faner som skriver i samme vurdering i tilfeldig rekkefølge, blander aldri teksten og gjentar ingen melding', async ({
  page,
  context,
  offsite,
  pageErrors,
}) => {
  const SEED = 1930;
  const random = seeded(SEED);
  await page.goto('verktoy/etisk-refleksjon/');
  await createAssessmentInBar(page);
  const other = await context.newPage();
  await other.goto('verktoy/etisk-refleksjon/');
  await expect(
    other.getByRole('region', { name: 'Vurdering' }).getByLabel('Vurderingen dere arbeider med').locator('option:checked'),
  ).toHaveText('Facebook – Kulturetaten');

  const tabs = [
    { page, label: 'Lov: være til stede på plattformen', text: 'Magefølelsen sier ja.', typed: 0 },
    { page: other, label: 'Lov: ikke være til stede', text: 'Magefølelsen sier nei, fordi vi mister kontrollen.', typed: 0 },
    { page, label: 'Moral: ikke være til stede', text: 'Færre kanaler å følge opp.', typed: 0 },
    { page: other, label: 'Moral: være til stede på plattformen', text: 'Innbyggerne er der allerede.', typed: 0 },
  ];
  while (tabs.some((t) => t.typed < t.text.length)) {
    const open = tabs.filter((t) => t.typed < t.text.length);
    const tab = open[Math.floor(random() * open.length)];
    const chunk = 1 + Math.floor(random() * 6);
    const part = tab.text.slice(tab.typed, tab.typed + chunk);
    await tab.page.getByLabel(tab.label).focus();
    await tab.page.keyboard.type(part);
    tab.typed += part.length;
    // Sometimes a pause long enough for the save policy to commit while the other tab types.
    if (random() < 0.3) await tab.page.waitForTimeout(450);
  }
  // Leave the fields: everything is committed.
  for (const p of [page, other]) await p.getByRole('heading', { name: 'Konklusjon' }).click();

  for (const p of [page, other]) {
    for (const tab of tabs) await expect(p.getByLabel(tab.label), `seed ${SEED}`).toHaveValue(tab.text);
  }
  const stored = await page.evaluate(() => {
    const keys = Object.keys(localStorage);
    const key = keys.find((k) => /^some-veilederen:v\d+:vurdering:/.test(k))!;
    return {
      ethics: (JSON.parse(localStorage.getItem(key)!) as { ethics: { themes: unknown } }).ethics,
      backups: keys.filter((k) => k.startsWith('some-veilederen:backup:')),
    };
  });
  expect(stored.ethics.themes).toEqual({
    lov: { present: tabs[0].text, absent: tabs[1].text },
    moral: { present: tabs[3].text, absent: tabs[2].text },
  });
  expect(stored.backups).toEqual([]);
  await expectAccessible(other, 'den andre fanen etter skrivingen');
  for (const p of [page, other]) {
    const notices = await p.locator('.storage-notices li').allTextContents();
    expect(new Set(notices).size, 'ingen melding gjentas').toBe(notices.length);
  }
  expect(offsite).toEqual([]);
  expect(pageErrors).toEqual([]);
});

test('en annen fane som lagrer fra en gammel kopi av lagringen, tar ikke bort det denne fanen nettopp lagret', async ({
  page,
  context,
  offsite,
  pageErrors,
}) => {
  // Chromium brings each tab's copy of localStorage up to date asynchronously, so a tab can store
  // its change on top of a value that lacks this tab's last save. Here the other tab does exactly that.
  await page.goto('verktoy/etisk-refleksjon/');
  await createAssessmentInBar(page);
  const other = await context.newPage();
  await other.goto('verktoy/');
  const field = page.getByLabel('Moral: ikke være til stede');
  const storedNote = () =>
    page.evaluate(() => {
      const key = Object.keys(localStorage).find((k) => /^some-veilederen:v\d+:vurdering:/.test(k))!;
      return { key, raw: localStorage.getItem(key)! };
    });
  await field.fill('Færre kanale');
  await page.getByRole('heading', { name: 'Konklusjon' }).click();
  await expect.poll(async () => (await storedNote()).raw).toContain('Færre kanale');
  const old = await storedNote();
  await field.click();
  await page.keyboard.press('End');
  await page.keyboard.type('r å følge opp.');
  await page.getByRole('heading', { name: 'Konklusjon' }).click();
  await expect.poll(async () => (await storedNote()).raw).toContain('Færre kanaler å følge opp.');

  await other.evaluate(({ key, raw }) => {
    const stale = JSON.parse(raw) as { updatedAt: string; ethics: { themes: Record<string, { present: string; absent: string }> } };
    stale.ethics.themes.lov = { present: 'Skrevet i den andre fanen.', absent: '' };
    stale.updatedAt = new Date().toISOString();
    localStorage.setItem(key, JSON.stringify(stale));
  }, old);

  await expect(page.getByLabel('Lov: være til stede på plattformen')).toHaveValue('Skrevet i den andre fanen.');
  await expect(field).toHaveValue('Færre kanaler å følge opp.');
  const stored = JSON.parse((await storedNote()).raw) as { ethics: { themes: Record<string, Record<string, string>> } };
  expect(stored.ethics.themes.moral.absent).toBe('Færre kanaler å følge opp.');
  expect(stored.ethics.themes.lov.present).toBe('Skrevet i den andre fanen.');
  // The other tab gets the repaired value too.
  await expect.poll(() => other.evaluate((key) => localStorage.getItem(key), old.key)).toContain('Færre kanaler å følge opp.');
  expect(await page.locator('.storage-notices li').count()).toBe(0);
  expect(offsite).toEqual([]);
  expect(pageErrors).toEqual([]);
});
