/**
 * How the site's JavaScript is split into files (the budgets in `npm run bench`).
 *
 * "start": Preact and what a tool page shows on a first visit, before anything
 * is stored (src/components/ToolIsland.tsx): the check for stored data, the
 * form for a new assessment and the tools' loading texts. Eleven tool pages load
 * only this (and the bundler's small entry files) until something is stored or the user
 * starts the first assessment: 9.9 KiB gzip, against 27.2 KiB for the core before
 * (measured 1.12.2026). It has a higher priority than "kjerne", so the core does
 * not take these modules with the assessment bar that imports them.
 *
 * "kjerne": what every tool needs once something is stored — nanostores, the workspace
 * store, the model and its validator, and the assessment bar — in one file. Every tool
 * loads all of it anyway; as one file it is one request and compresses
 * better than the six the bundler would otherwise make (about 1 KiB gzip less
 * per tool page, measured). Content pages load none of it. A group also takes
 * every module its members import, with every export any page uses, so what only
 * some pages need stays out: reading an import file (src/lib/workspace/file.ts),
 * planning an import (import-plan.ts) and the export and import itself
 * (src/stores/transfer.ts, loaded at the first export), the default risk method
 * store (src/stores/risk-method.ts, the risk pages), and the wording of the
 * legal-basis questions (the assessment path reads only question-rules.ts).
 *
 * There is no group for the risk register any more: a group also takes the
 * modules its members import, and pages that needed one small module of it (the
 * decision recorder, the legal-basis helper, the report, the method editor) loaded
 * the whole register with it (11 KiB gzip, measured 30.11.2026). Left to the
 * bundler, each page loads only the modules it imports.
 * "scoring": the risk bands, which the decision recorder and the report also
 * use; on its own, so those pages do not load the register with it.
 *
 * "search": keeps content pages as light as bare Starlight.
 * Starlight's search script uses Vite's small preload helper for its dynamic
 * imports. On a bare Starlight site the helper is bundled into the search chunk.
 * Once the site has islands (the tools), the Preact client needs the helper too,
 * so the bundler moves it into a shared chunk of its own, and every content page
 * loads one more file (about 0.2 KiB gzip more than bare Starlight). This group
 * puts the helper back into the search chunk, which every page loads anyway; the
 * islands import it from there. It has the highest priority, so neither "start" nor
 * "kjerne" takes the helper with the Preact client (with "start" above it, every content
 * page loaded "start", measured). A top-level `await` anywhere in the client code
 * undoes this: the bundler then keeps the group in a file of its own, and every content page loads
 * one more file (tried and measured 1.12.2026, with an await for the assessment path).
 */
export const chunkOptions = {
  // The browser build only. The build that renders the pages (prerender) keeps its own
  // chunking: grouped there, the islands' stylesheets went into shared chunks, and Astro
  // then linked them (and Starlight's CSS split in four files) from every page of the site.
  environments: {
    client: {
      build: {
        rolldownOptions: {
          output: {
            codeSplitting: {
              groups: [
                {
                  name: 'search',
                  priority: 7,
                  test: /vite\/preload-helper|@astrojs[\\/]starlight[\\/].*[\\/]Search\.astro/,
                },
                {
                  name: 'grunn',
                  priority: 6,
                  test: /node_modules[\\/](preact|@astrojs[\\/]preact)[\\/]|src[\\/]stores[\\/]storage-engine\.ts|src[\\/]lib[\\/]workspace[\\/]root\.ts|src[\\/]components[\\/]form[\\/](Field|Panel)\.tsx/,
                },
                {
                  name: 'start',
                  priority: 5,
                  test: /src[\\/]stores[\\/](presence|persisted)\.ts|src[\\/]components[\\/](ToolIsland|LazyTool|tool-texts|useLazyModule|workspace[\\/]NewAssessmentForm)\.tsx?/,
                },
                {
                  name: 'scoring',
                  priority: 4,
                  test: /src[\\/]lib[\\/]risk[\\/]scoring\.ts/,
                },
                {
                  name: 'lager',
                  priority: 3,
                  test: /node_modules[\\/](nanostores|@nanostores)[\\/]|src[\\/]stores[\\/](io|notices)\.ts|src[\\/]lib[\\/]model[\\/](check|ids)\.ts|src[\\/]components[\\/]workspace[\\/]download\.ts/,
                },
                {
                  name: 'metode',
                  priority: 2,
                  test: /src[\\/]lib[\\/]risk[\\/](method|method-schema|method-presets|method-file|method-edit|scales|scale-names)\.ts|src[\\/]lib[\\/]workspace[\\/]slug\.ts/,
                },
                {
                  name: 'kjerne',
                  priority: 1,
                  test: /src[\\/]stores[\\/](?!risk-method|transfer|presence|persisted|storage-engine|io|notices)|src[\\/]lib[\\/]model[\\/]|src[\\/]lib[\\/]workspace[\\/](stored|issues|safe-json|migrations)|src[\\/]components[\\/]workspace[\\/](AssessmentBar|StorageStatus)/,
                },
              ],
            },
          },
        },
      },
    },
  },
};

/**
 * Which built files Vite and Astro inline (build.assetsInlineLimit as a function): the small
 * stylesheets of Starlight's own components that every page links (the icon, the steps and the
 * cards), so that a content page has as few stylesheet requests as bare Starlight. No other
 * stylesheet is inlined (Astro's CSP would not hash those from MDX pages); other files keep
 * Vite's rule (undefined).
 */
export function inlineStyles(file: string): boolean | undefined {
  if (!file.endsWith('.css')) return undefined;
  return /(^|\/)(Icon|Steps|docs)\.[\w-]+\.css$/.test(file);
}
