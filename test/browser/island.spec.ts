import { test, expect, expectAccessible } from './fixtures';

test('vurderingsvelgeren lagrer en ny vurdering som overlever omlasting', async ({ page, offsite, pageErrors }) => {
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
  const select = form.getByLabel('Vurderingen du arbeider med');
  await expect(select.locator('option:checked')).toHaveText('Facebook – Kulturetaten');
  // The bar reminds the user to export what has not been exported.
  await expect(form.getByRole('status')).toContainText('Du har ikke eksportert vurderingene dine til fil ennå.');
  await expectAccessible(page, 'med valgt vurdering');

  await page.reload();
  await expect(page.getByLabel('Vurderingen du arbeider med').locator('option:checked')).toHaveText('Facebook – Kulturetaten');
  const stored = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('some-veilederen:v2:vurdering:')));
  expect(stored).toHaveLength(1);
  expect(offsite).toEqual([]);
  expect(pageErrors).toEqual([]);
});
