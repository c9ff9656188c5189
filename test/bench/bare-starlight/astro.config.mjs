// @ts-check
// A bare Starlight site: the baseline for `npm run bench`. Same Astro and Starlight as the
// project (packages resolve from the project's node_modules), default theme, no custom CSS,
// no islands. Built by test/bench/bench.mjs into bench-results/bare-dist/.
// It has the project's fix of Starlight's search (src/plugins/search-idle-fix.ts), so that the
// comparison measures what the project adds, not the fix of a dependency.
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { searchIdleFix } from '../../../src/plugins/search-idle-fix.ts';

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  outDir: process.env.OUT_DIR ?? '../../../bench-results/bare-dist',
  vite: { plugins: [searchIdleFix()] },
  integrations: [
    starlight({
      title: 'Bar Starlight',
      description: 'Et minimalt Starlight-nettsted som måles mot SoMe-veilederen.',
      defaultLocale: 'root',
      locales: { root: { label: 'Norsk bokmål', lang: 'nb' } },
      sidebar: [{ label: 'Guider', items: [{ label: 'Eksempel', slug: 'guider/eksempel' }] }],
    }),
  ],
});
