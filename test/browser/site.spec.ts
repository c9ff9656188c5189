import { test, expect, builtPages, expectAccessible, expectTableHeaders } from './fixtures';

const pages = builtPages('dist');

// Every page is checked in hardening.spec.ts, in a few looping tests: status 200, lang="nb", no
// failed asset, no request out of the site and no page error at the root and under the sub-path;
// axe in light and dark theme (and at 320 px) at the root.
test('nettstedet har sider å teste @underkatalog', () => {
  expect(pages.length).toBeGreaterThan(0);
  expect(pages).toContain('');
});

// The axe helper (axe.ts) runs axe in the page and reuses it within a document: it must still
// find violations, in the same document after a change and in a new one after a reload.
test('axe-hjelperen finner brudd, også etter en endring i samme dokument og etter ny innlasting', async ({ page }) => {
  await page.goto('');
  await expectAccessible(page, 'på startsiden');
  await page.evaluate(() => {
    const img = document.createElement('img');
    img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
    document.querySelector('main')!.append(img);
  });
  await expect(expectAccessible(page)).rejects.toThrow(/image-alt/);
  await page.evaluate(() => {
    const table = document.createElement('table');
    table.innerHTML = '<tr><th scope="col">A</th><th scope="col">B</th></tr><tr><td>1</td><td>2</td></tr>';
    // axe's rule covers data tables larger than 3 × 3; the caption makes this one a data table.
    const bare = document.createElement('table');
    const row = (n: number) => `<tr>${[1, 2, 3, 4].map((i) => `<td>${n * i}</td>`).join('')}</tr>`;
    bare.innerHTML = `<caption>Uten overskrifter</caption>${[1, 2, 3, 4].map(row).join('')}`;
    document.querySelector('main')!.append(table, bare);
  });
  await expect(expectTableHeaders(page)).rejects.toThrow(/td-has-header/);
  await page.reload();
  await expectAccessible(page, 'på startsiden etter ny innlasting');
  await expectTableHeaders(page, 'på startsiden etter ny innlasting');
  await page.evaluate(() => document.querySelector('main')!.append(document.createElement('iframe')));
  await expect(expectAccessible(page)).rejects.toThrow(/rammer/);
});
