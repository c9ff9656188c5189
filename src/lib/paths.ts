/**
 * The one helper for the site's base path. The site can be served from a
 * sub-path (e.g. "/personvern/some/", BASE_PATH at build time); every link a
 * component or island writes goes through `pathWithBase`. Links written in
 * Markdown are handled by the rehype-base-links plugin.
 *
 *   pathWithBase('/veileder/7-risiko/')        -> "/personvern/some/veileder/7-risiko/"
 *   pathWithBase('gdpr/artikkel-6/')           -> "/personvern/some/gdpr/artikkel-6/"
 *   pathWithBase('https://lovdata.no/')        -> unchanged
 *   pathWithBase('/personvern/some/verktoy/')  -> unchanged (already has the base)
 *
 * Pure: `base` defaults to import.meta.env.BASE_URL and can be given (tests, islands that get it as a prop).
 */

const SITE_BASE: string = import.meta.env?.BASE_URL ?? '/';

/** The base path, always ending in "/". */
function basePath(base: string = SITE_BASE): string {
  return base.endsWith('/') ? base : `${base}/`;
}

/** A site path (root-relative or relative to the site's root) with the base in front; external links and anchors unchanged. */
export function pathWithBase(path: string, base: string = SITE_BASE): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith('//') || path.startsWith('#')) return path;
  const prefix = basePath(base);
  if (prefix !== '/' && path.startsWith('/') && `${path}/`.startsWith(prefix)) return path;
  return prefix + path.replace(/^\/+/, '');
}
