import { test, expect } from './fixtures';
import { expectAccessibleInBothThemes, tabTo, createAssessmentInBar } from './tool-helpers';

test.describe.configure({ timeout: 300_000 });

const THEMES = ['Lov', 'Identitet', 'Moral', 'Omdømme', 'Økonomi', 'Etikk'];

test('den etiske refleksjonen fylles ut for begge alternativer og lagres med konklusjon', async ({ page, offsite, pageErrors }) => {
  await page.goto('verktoy/etisk-refleksjon/');
  await expect(page.getByText('Spørsmålene under hvert tema er formulert av dette nettstedet', { exact: false })).toBeVisible();
  await expectAccessibleInBothThemes(page, 'uten vurdering');
  await createAssessmentInBar(page, 'TikTok', 'Ungdomstjenesten');
  await expect(page.getByRole('heading', { level: 3 })).toHaveText(THEMES);
  for (const dilemma of ['Rolle', 'Tempo', 'Integritet', 'Ytring', 'Kompetanse']) {
    await expect(page.locator('.ethics__dilemmas dt', { hasText: dilemma })).toBeVisible();
  }
  await expect(page.getByText('0 av 6 temaer har notater for begge alternativene.')).toBeVisible();
  await expectAccessibleInBothThemes(page, 'tom refleksjon');

  for (const theme of THEMES) {
    await page.getByLabel(`${theme}: være til stede på plattformen`).fill(`${theme}: for – «når unge der de er»`);
    await page.getByLabel(`${theme}: ikke være til stede`).fill(`${theme}: mot – mindre risiko for profilering`);
  }
  await expect(page.getByText('6 av 6 temaer har notater for begge alternativene.')).toBeVisible();
  await page.getByRole('group', { name: 'Hva velger dere etter refleksjonen?' }).getByLabel('Være til stede på plattformen').check();
  await page.getByLabel('Begrunnelse for valget').fill('Omdømme og lov veide tyngst. Forutsetter at kommentarfeltet er stengt.');
  await expect(page.getByText(/Konklusjonen er skrevet\./)).toBeVisible();
  await expectAccessibleInBothThemes(page, 'ferdig refleksjon');

  await page.reload();
  await expect(page.getByLabel('Økonomi: ikke være til stede')).toHaveValue('Økonomi: mot – mindre risiko for profilering');
  await expect(
    page.getByRole('group', { name: 'Hva velger dere etter refleksjonen?' }).getByLabel('Være til stede på plattformen'),
  ).toBeChecked();
  const ethics = await page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => /^some-veilederen:v\d+:vurdering:/.test(k))!;
    return (JSON.parse(localStorage.getItem(key)!) as { ethics: { themes: Record<string, unknown>; choice: string; conclusion: string } })
      .ethics;
  });
  expect(Object.keys(ethics.themes)).toEqual(['lov', 'identitet', 'moral', 'omdomme', 'okonomi', 'etikk']);
  expect(ethics.choice).toBe('til-stede');
  expect(ethics.conclusion).toContain('Forutsetter at kommentarfeltet er stengt.');
  expect(offsite).toEqual([]);
  expect(pageErrors).toEqual([]);
});

test('den etiske refleksjonen med bare tastaturet', async ({ page, offsite, pageErrors }) => {
  await page.goto('verktoy/etisk-refleksjon/');
  const bar = page.getByRole('region', { name: 'Vurdering' });
  await tabTo(page, bar.getByLabel('Plattform'));
  await page.keyboard.type('Facebook');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Skole');
  await page.keyboard.press('Enter');
  await expect(bar.getByLabel('Vurderingen dere arbeider med').locator('option:checked')).toHaveText('Facebook – Skole');

  await tabTo(page, page.getByLabel('Lov: være til stede på plattformen'));
  await page.keyboard.type('Krever at vi tar mer av informasjonsplikten.');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Lov: ikke være til stede')).toBeFocused();
  await page.keyboard.type('Plikten til aktiv informasjon må oppfylles på andre måter.');
  await expect(page.getByText('1 av 6 temaer har notater for begge alternativene.')).toBeVisible();
  await expectAccessibleInBothThemes(page, 'tastatur: ett tema');

  const choice = page.getByRole('group', { name: 'Hva velger dere etter refleksjonen?' });
  await tabTo(page, choice.getByLabel('Ikke avgjort ennå'));
  await page.keyboard.press('ArrowUp');
  await expect(choice.getByLabel('Ikke være til stede')).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Begrunnelse for valget')).toBeFocused();
  await page.keyboard.type('Målgruppen er barn.');
  await expect(page.getByText(/Konklusjonen er skrevet\./)).toBeVisible();
  await expectAccessibleInBothThemes(page, 'tastatur: konklusjon');
  expect(offsite).toEqual([]);
  expect(pageErrors).toEqual([]);
});
