/**
 * Keeps content pages as light as bare Starlight (the budget in `npm run bench`).
 *
 * Starlight's search script uses Vite's small preload helper for its dynamic
 * imports. On a bare Starlight site the helper is bundled into the search chunk.
 * Once the site has islands (the tools), the Preact client needs the helper too,
 * so the bundler moves it into a shared chunk of its own, and every content page
 * loads one more file (about 0.2 KiB gzip more than bare Starlight). This group
 * puts the helper back into the search chunk, which every page loads anyway; the
 * islands import it from there.
 */
export const chunkOptions = {
  build: {
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              name: 'search',
              test: /vite\/preload-helper|@astrojs[\\/]starlight[\\/].*[\\/]Search\.astro/,
            },
          ],
        },
      },
    },
  },
};
