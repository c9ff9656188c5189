import { test, expect, expectAccessible } from './fixtures';

const METHOD_PAGE = 'verktoy/risikometode/';

test('risikometoden: et nivå endres med tastaturet, lagres som standard og vises i forhåndsvisningen', async ({ page, offsite, pageErrors }) => {
  test.setTimeout(120_000);
  await page.goto(METHOD_PAGE);
  const matrix = page.getByRole('table', { name: 'Nivå for hver rute' });
  await expect(matrix.getByRole('button')).toHaveCount(25);
  await expectAccessible(page, 'metodesiden');

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
  expect(JSON.parse(stored!).method.matrix[0][4]).toBe('hoy');

  // After a reload the saved method is shown.
  await page.reload();
  await expect(page.getByRole('table', { name: 'Nivå for hver rute' }).getByRole('button', { name: /^Sannsynlighet 1, konsekvens 5: Høy/ })).toBeVisible();
  await expect(page.getByText('Kommunen har lagret sin egen standardmetode')).toBeVisible();
  await expectAccessible(page, 'lagret metode');
  expect(pageErrors).toEqual([]);
  expect(offsite).toEqual([]);
});

test('risikometoden: innlesing av en ugyldig fil endrer ingenting, en gyldig fil leses inn', async ({ page, pageErrors }) => {
  await page.goto(METHOD_PAGE);
  const input = page.locator('#method-import');
  await input.setInputFiles({ name: 'feil.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"some-veilederen/risikometode","version":1,"exportedAt":"2026-11-30T10:00:00.000Z","method":{}}') });
  await expect(page.getByRole('alert')).toContainText('Filen «feil.json» ble ikke lest inn');
  await expect(page.getByRole('alert')).toContainText('Ingenting ble endret.');
  await expect(page.getByLabel('Navn på metoden')).toHaveValue('SoMe-veilederens eksempel (vekt på konsekvens)');
  await expectAccessible(page, 'feil ved innlesing');

  await page.getByLabel('Start fra en ferdig metode').selectOption({ label: 'Klassisk 5 × 5 (sannsynlighet × konsekvens)' });
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Last ned metoden (JSON)' }).click();
  const file = await download;
  const text = await (await file.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'));
  expect(JSON.parse(text).method.id).toBe('klassisk-5x5');

  await page.reload();
  await page.locator('#method-import').setInputFiles({ name: 'klassisk.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(page.getByLabel('Navn på metoden')).toHaveValue('Klassisk 5 × 5 (sannsynlighet × konsekvens)');
  await expect(page.getByRole('table', { name: 'Nivå for hver rute' }).getByRole('button', { name: /^Sannsynlighet 2, konsekvens 4: Middels/ })).toBeVisible();
  expect(pageErrors).toEqual([]);
});

test('risikometoden på 320 px: ingen vannrett rulling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto(METHOD_PAGE);
  await expect(page.getByRole('table', { name: 'Nivå for hver rute' }).getByRole('button')).toHaveCount(25);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: '/tmp/risk-method-320-method.png', fullPage: true });
  await expectAccessible(page, 'metodesiden på 320 px');
});
