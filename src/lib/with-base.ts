/**
 * Prefixes a root-relative path ("/veileder/7-risiko/") with the site's base path,
 * for links rendered by components (LinkCard, ToolLinks, Glossary). Links written in
 * Markdown are handled by the rehype-base-links plugin; component props are not.
 */
export function withBase(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/+$/, '');
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  return `${base}${path}`;
}
