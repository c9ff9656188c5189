import type { Root, Element } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Markdown links written as root-relative paths ("/veileder/5-behandlingsgrunnlag/")
 * must work when the site is served from a sub-path on an intranet. Astro does not
 * rewrite them, so this plugin prefixes the configured base to every root-relative
 * `href` and `src` in content pages. With base "/" it changes nothing.
 */
export function rehypeBaseLinks(base: string) {
  const prefix = base.replace(/\/+$/, '');
  return () => (tree: Root) => {
    if (!prefix) return;
    visit(tree, 'element', (node: Element) => {
      for (const attr of ['href', 'src'] as const) {
        const value = node.properties?.[attr];
        if (typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') && !value.startsWith(prefix + '/')) {
          node.properties[attr] = prefix + value;
        }
      }
    });
  };
}
