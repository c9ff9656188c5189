/**
 * A fix for Starlight's search (0.42): it builds the search box (Pagefind UI)
 * in `requestIdleCallback` without a timeout. When the search is opened in the
 * first moment after a page loads (Ctrl+K or the button), that callback can
 * be left waiting for good, and the search stays an empty dialog until the
 * page is reloaded (measured in Chromium, headless and headed: 5–7 of 20 tries
 * when opened at DOMContentLoaded; 0 of 20 with this fix). The fix gives the
 * callback a timeout of one second, so the box is always built.
 *
 * It rewrites one line of Starlight's script at build time and fails the build
 * if that line is not there (a new Starlight version must be checked again).
 * The bare Starlight site that `npm run bench` compares with uses the same fix.
 */
import type { Plugin } from 'vite';

export const ORIGINAL = 'const onIdle = window.requestIdleCallback || ((cb) => setTimeout(cb, 1));';
export const FIXED =
  'const onIdle = (cb) => (window.requestIdleCallback ? window.requestIdleCallback(cb, { timeout: 1000 }) : setTimeout(cb, 1));';

/** Whether the module is the script of Starlight's Search component. */
export function isStarlightSearchScript(id: string): boolean {
  return /@astrojs[\\/]starlight[\\/].*[\\/]Search\.astro\?astro&type=script/.test(id);
}

/** The script with the fix; throws when Starlight's line has changed. */
export function fixSearchIdle(code: string): string {
  if (!code.includes(ORIGINAL)) {
    throw new Error(
      'search-idle-fix: fant ikke linjen som bygger søkeboksen i Starlights Search.astro. Sjekk om feilen er rettet i den nye Starlight-versjonen, og rett eller fjern src/plugins/search-idle-fix.ts.',
    );
  }
  return code.replace(ORIGINAL, FIXED);
}

export function searchIdleFix(): Plugin {
  return {
    name: 'some-veilederen:search-idle-fix',
    enforce: 'pre',
    transform(code, id) {
      if (!isStarlightSearchScript(id)) return null;
      return { code: fixSearchIdle(code), map: null };
    },
  };
}
