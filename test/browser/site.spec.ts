import { test, expect, expectAccessible, builtPages } from './fixtures';

const pages = builtPages('dist');

test('nettstedet har sider å teste', () => {
  expect(pages.length).toBeGreaterThan(0);
  expect(pages).toContain('');
});

for (const path of pages) {
  test(`/${path}: ingen axe-brudd og ingen forespørsler ut av nettstedet`, async ({ page, offsite, pageErrors }) => {
    const response = await page.goto(path, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
    await expectAccessible(page, `på /${path}`);
    expect(offsite).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
}
