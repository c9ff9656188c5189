// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import preact from '@astrojs/preact';
import { unified } from '@astrojs/markdown-remark';
import { linksValidator } from './src/plugins/links-validator.ts';
import { buildSidebar } from './src/sidebar.ts';
import { rehypeBaseLinks } from './src/plugins/rehype-base-links.ts';
import { rehypeRegisterLinks } from './src/plugins/rehype-register-links.ts';
import { loadRegister, loadStructure, registerLinkPaths } from './src/plugins/rettskilder-data.ts';
import { contentSecurityPolicy } from './src/plugins/csp.ts';
import { chunkOptions, inlineStyles } from './src/plugins/chunks.ts';
import { searchIdleFix } from './src/plugins/search-idle-fix.ts';
import { starlightUserComponents } from './src/plugins/starlight-user-components.ts';

/**
 * BASE_PATH puts the whole site under a sub-path, for an intranet server:
 *   BASE_PATH=/personvern/some/ npm run build
 * OUT_DIR chooses the output folder (the tests build the sub-path variant to dist-sub).
 */
const base = process.env.BASE_PATH ? `/${process.env.BASE_PATH.replace(/^\/+|\/+$/g, '')}` : '/';
const outDir = process.env.OUT_DIR ?? './dist';
// Link validation runs on the root build; the sub-path build is the same pages.
const validateLinks = base === '/';
// The register of legal sources (content/rettskilder/), for the link plugin and the link validator.
const register = loadRegister(new URL('./', import.meta.url));

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  base,
  outDir,
  trailingSlash: 'ignore',
  server: { host: '127.0.0.1', port: 4321 },
  security: { csp: contentSecurityPolicy() },
  // Stylesheets are files (covered by style-src 'self', src/plugins/csp.ts), except the small
  // stylesheets of Starlight's components that Astro links from every page (inlineStyles in
  // src/plugins/chunks.ts): inlined, they save three requests per page, and Astro hashes them
  // in the CSP. Astro does not hash stylesheets it inlines from components used in MDX, so
  // those (the tools' CSS) stay files.
  build: { inlineStylesheets: 'auto' },
  vite: { ...chunkOptions, build: { assetsInlineLimit: inlineStyles }, plugins: [searchIdleFix(), starlightUserComponents()] },
  markdown: {
    // Register links first: rehypeBaseLinks then prefixes the base path to them.
    processor: unified({ rehypePlugins: [rehypeRegisterLinks(register), rehypeBaseLinks(base)] }),
  },
  integrations: [
    starlight({
      title: 'SoMe-veilederen',
      description: 'Veileder og verktøy for kommuner som vurderer å bruke sosiale medier i tråd med personvernforordningen.',
      defaultLocale: 'root',
      locales: { root: { label: 'Norsk bokmål', lang: 'nb' } },
      logo: { src: './src/assets/logo.svg', alt: '', replacesTitle: false },
      favicon: '/favicon.svg',
      customCss: ['./src/styles/site.css', './src/styles/hardening.css'],
      sidebar: buildSidebar(new URL('./', import.meta.url)),
      routeMiddleware: './src/route-data.ts',
      pagination: true,
      lastUpdated: false,
      plugins: validateLinks
        ? [
            linksValidator(new URL('./', import.meta.url), {
              errorOnRelativeLinks: false,
              exclude: registerLinkPaths(register, loadStructure(new URL('./', import.meta.url))),
            }),
          ]
        : [],
    }),
    preact(),
  ],
});
