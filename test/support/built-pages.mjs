// Lists the pages of a built site, for the browser tests and the benchmark.
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Every built page of the site in `dir`, as a path relative to the site's base
 * ("" is the start page, others end with "/"), sorted.
 * @param {string} dir
 * @returns {string[]}
 */
export function builtPages(dir) {
  /** @type {string[]} */
  const out = [];
  /** @param {string} folder */
  const walk = (folder) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) {
        if (name === 'pagefind' || name === '_astro') continue;
        walk(path);
      } else if (name === 'index.html') {
        out.push(folder === dir ? '' : relative(dir, folder).split('\\').join('/') + '/');
      }
    }
  };
  walk(dir);
  return out.sort();
}
