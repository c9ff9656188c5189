import { test, expect, expectAccessible } from './fixtures';

/** Every table in the guide has one scroll region and one tab stop, also the two in GuideTable. */
for (const path of ['veileder/7-risiko/', 'veileder/8-prosess-og-forankring/']) {
  test(`hver tabell i ${path} har én region og ett tabulatorstopp`, async ({ page, offsite, pageErrors }) => {
    await page.goto(path);
    const tables = page.locator('main table');
    const count = await tables.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      const around = await tables.nth(i).evaluate((table) => {
        let regions = 0;
        let tabStops = 0;
        for (let el: Element | null = table; el && el.tagName !== 'MAIN'; el = el.parentElement) {
          if (el.getAttribute('role') === 'region') regions++;
          if (el.getAttribute('tabindex') === '0') tabStops++;
        }
        return { regions, tabStops };
      });
      expect(around, `tabell ${i + 1}`).toEqual({ regions: 1, tabStops: 1 });
    }
    await expect(page.getByRole('region', { name: /^Tabell: Eksempler på risiko|^Tabell: Ledelsens tre mulige beslutninger/ })).toHaveCount(
      1,
    );
    await expectAccessible(page, path);
    expect(offsite).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
}
