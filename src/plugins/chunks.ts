/**
 * How the site's JavaScript is split into files (the budgets in `npm run bench`).
 *
 * A group takes the modules its test names and, with them, every module they import
 * (rolldown's includeDependenciesRecursively), unless a group of higher priority has
 * taken that module first. So each group below exists to keep one set of modules out
 * of the groups under it; the priorities are what make the split:
 *
 * "search" (7): keeps content pages as light as bare Starlight. Starlight's search
 * script uses Vite's small preload helper for its dynamic imports. On a bare Starlight
 * site the helper is bundled into the search chunk; once the site has islands, the
 * Preact client needs it too, and the bundler moves it into a shared chunk of its own,
 * one more file on every content page. This group puts it back into the search chunk,
 * which every page loads anyway. It has the highest priority, so no group below takes
 * the helper with the Preact client (with "start" above it, every content page loaded
 * "start", measured). A top-level `await` anywhere in the client code undoes this: the
 * bundler then keeps the group in a file of its own (tried and measured 1.12.2026).
 *
 * "grunn" (6): Preact and what every island needs before anything is stored: the
 * storage engine, the key prefix (src/lib/workspace/root.ts) and the form's field and
 * panel. Above "start", so that the risk method page, which has no start view, loads
 * these without the start views' code.
 *
 * "start" (5): what a tool page shows on a first visit, before anything is stored
 * (src/components/LazyTool.tsx, ToolIsland.tsx, the start views of Mine vurderinger and
 * the account review): the check for stored data, whether the browser keeps it, the
 * form for a new assessment and the tools' loading texts. The store, the model and the
 * tool load when the user acts or something is stored (island.spec.ts, «første besøk»).
 *
 * "scoring" (4): the risk bands, which the decision recorder and the report also use;
 * on its own, so those pages do not load the risk register with it.
 *
 * "lager" (3): nanostores, reading and writing one key (src/stores/io.ts), the notices
 * with their backups and their view (StoredNotices.tsx), the drafts of unsaved form text
 * (src/stores/drafts.ts), the validator's building blocks (check.ts, ids.ts) and the
 * download helper. The risk method page needs these and nothing more of the store;
 * above "kjerne", so that page does not load the model with them.
 *
 * "metode" (2): the risk method, its presets and its file, which the method page, the
 * risk register and the report share; above "kjerne", so the method page does not load
 * the model (schema.ts imports the method's schema).
 *
 * "kjerne" (1): what every tool needs once something is stored: the workspace store,
 * the model and its validator and migrations, and the assessment bar, in one file. As
 * one file it is one request and compresses better than the six the bundler would
 * otherwise make. Content pages load none of it. What only some pages need stays out:
 * reading an import file (src/lib/workspace/file.ts), planning an import and the export
 * and import itself (src/stores/transfer.ts), the default risk method store
 * (src/stores/risk-method.ts), and the wording of the legal-basis questions.
 *
 * There is no group for the risk register: pages that needed one small module of it
 * (the decision recorder, the legal-basis helper, the report, the method editor)
 * loaded the whole register with it (11 KiB gzip, measured 30.11.2026). Left to the
 * bundler, each page loads only the modules it imports.
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
                  test: /node_modules[\\/](nanostores|@nanostores)[\\/]|src[\\/]stores[\\/](io|notices|drafts)\.ts|src[\\/]lib[\\/]model[\\/](check|ids)\.ts|src[\\/]components[\\/](workspace[\\/](download|StoredNotices)|useStore)\.tsx?/,
                },
                {
                  name: 'metode',
                  priority: 2,
                  test: /src[\\/]lib[\\/]risk[\\/](method|method-schema|method-presets|method-file|method-edit|scales|scale-names)\.ts|src[\\/]lib[\\/]workspace[\\/]slug\.ts/,
                },
                {
                  name: 'kjerne',
                  priority: 1,
                  test: /src[\\/]stores[\\/](?!risk-method|transfer|presence|persisted|storage-engine|io|notices|drafts)|src[\\/]lib[\\/]model[\\/]|src[\\/]lib[\\/]workspace[\\/](stored|issues|safe-json|migrations)|src[\\/]components[\\/]workspace[\\/](AssessmentBar|StorageStatus)/,
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
