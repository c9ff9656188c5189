import { test, expect, builtPages } from './fixtures';

const pages = builtPages('dist');

// Every page is checked in hardening.spec.ts, in a few looping tests: status 200, lang="nb", no
// failed asset, no request out of the site and no page error at the root and under the sub-path;
// axe in light and dark theme (and at 320 px) at the root.
test('nettstedet har sider å teste @underkatalog', () => {
  expect(pages.length).toBeGreaterThan(0);
  expect(pages).toContain('');
});
