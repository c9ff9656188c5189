// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import preact from '@astrojs/preact';
import { unified } from '@astrojs/markdown-remark';
import { linksValidator } from './src/plugins/links-validator.ts';
import { buildSidebar } from './src/sidebar.ts';
import { rehypeBaseLinks } from './src/plugins/rehype-base-links.ts';

/**
 * BASE_PATH puts the whole site under a sub-path, for an intranet server:
 *   BASE_PATH=/personvern/some/ npm run build
 * OUT_DIR chooses the output folder (the tests build the sub-path variant to dist-sub).
 */
const base = process.env.BASE_PATH ? `/${process.env.BASE_PATH.replace(/^\/+|\/+$/g, '')}` : '/';
const outDir = process.env.OUT_DIR ?? './dist';
// Link validation runs on the root build; the sub-path build is the same pages.
const validateLinks = base === '/';

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  base,
  outDir,
  trailingSlash: 'ignore',
  server: { host: '127.0.0.1', port: 4321 },
  markdown: {
    processor: unified({ rehypePlugins: [rehypeBaseLinks(base)] }),
  },
  integrations: [
    starlight({
      title: 'SoMe-veilederen',
      description:
        'Veileder og verktøy for kommuner som vurderer å bruke sosiale medier i tråd med personvernforordningen.',
      defaultLocale: 'root',
      locales: { root: { label: 'Norsk bokmål', lang: 'nb' } },
      logo: { src: './src/assets/logo.svg', alt: 'SoMe-veilederen' , replacesTitle: false },
      favicon: '/favicon.svg',
      customCss: ['./src/styles/site.css'],
      sidebar: buildSidebar(new URL('./', import.meta.url)),
      pagination: true,
      lastUpdated: false,
      plugins: validateLinks
        ? [linksValidator(new URL('./', import.meta.url), { errorOnRelativeLinks: false })]
        : [],
    }),
    preact(),
  ],
});
