import type { Element, Root, RootContent, Text } from 'hast';
import { segmentText } from '../lib/rettskilder/recognise.ts';
import type { RegisterEntry } from '../lib/rettskilder/register.ts';

/**
 * Turns references to legal sources in content pages ("art. 35", "GDPR art. 26",
 * "art. 6 nr. 1 bokstav f", "6(1)(f)", "arkivlova", "C-311/18") into links to
 * their register entry, with the entry's Norwegian title in `title` (shown on
 * hover). Only sources the register has an entry for are linked. Headings, code,
 * existing links and a register page's references to itself are left alone.
 *
 * Must run BEFORE rehypeBaseLinks, which prefixes the intranet base path to the
 * root-relative links made here.
 */
const SKIP = new Set([
  'a',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'code',
  'pre',
  'kbd',
  'samp',
  'var',
  'script',
  'style',
  'svg',
  'math',
  'button',
  'select',
  'textarea',
  'option',
  'label',
  'title',
  'summary',
  'kbd',
]);

type AnyNode = Root | RootContent | { type: string; name?: string | null; children?: unknown[] };

/** The root-relative page path of a content file ("…/content/docs/gdpr/x.mdx" -> "/gdpr/x/"). */
export function pathOfFile(file: string | undefined): string | undefined {
  if (!file) return undefined;
  const m = /content\/docs\/(.+)\.mdx?$/.exec(file.replace(/\\/g, '/'));
  if (!m) return undefined;
  const id = m[1].replace(/(^|\/)index$/, '');
  return id ? `/${id}/` : '/';
}

export function rehypeRegisterLinks(entries: RegisterEntry[]) {
  const byId = new Map(entries.map((e) => [e.id, e]));
  return () => (tree: Root, file?: { path?: string; history?: string[] }) => {
    const self = pathOfFile(file?.path ?? file?.history?.[0]);
    const known = (id: string) => byId.has(id) && byId.get(id)!.path !== self;

    const walk = (node: AnyNode) => {
      const children = (node as { children?: AnyNode[] }).children;
      if (!children) return;
      const out: AnyNode[] = [];
      let changed = false;
      for (const child of children) {
        if (child.type === 'text') {
          const segments = segmentText((child as Text).value, known);
          if (segments.length === 1 && typeof segments[0] === 'string') {
            out.push(child);
            continue;
          }
          changed = true;
          for (const seg of segments) {
            if (typeof seg === 'string') {
              out.push({ type: 'text', value: seg });
            } else {
              const entry = byId.get(seg.id)!;
              const link: Element = {
                type: 'element',
                tagName: 'a',
                properties: { href: entry.path, title: entry.tooltip, className: ['register-link'] },
                children: [{ type: 'text', value: seg.text }],
              };
              out.push(link);
            }
          }
          continue;
        }
        const name = child.type === 'element' ? (child as Element).tagName : ((child as { name?: string | null }).name ?? undefined);
        const isJsx = child.type === 'mdxJsxFlowElement' || child.type === 'mdxJsxTextElement';
        if (child.type === 'element' || isJsx) {
          // Components named like a skipped element (<Code>, <Kbd>) are left alone too.
          if (!name || !SKIP.has(name.toLowerCase())) walk(child);
        }
        out.push(child);
      }
      if (changed) (node as { children: AnyNode[] }).children = out;
    };
    walk(tree);
  };
}
