import { describe, expect, it } from 'vitest';
import type { Element, Root, Text } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { fromHtml } from 'hast-util-from-html';
import { pathOfFile, rehypeRegisterLinks } from '../../src/plugins/rehype-register-links';
import { rehypeBaseLinks } from '../../src/plugins/rehype-base-links';
import { loadRegister } from '../../src/plugins/rettskilder-data';

const entries = loadRegister();

function run(html: string, file = '/p/content/docs/veileder/5-behandlingsgrunnlag.mdx', base?: string): string {
  const tree = fromHtml(html, { fragment: true });
  rehypeRegisterLinks(entries)()(tree, { path: file });
  if (base) rehypeBaseLinks(base)()(tree);
  return toHtml(tree);
}

describe('rehypeRegisterLinks', () => {
  it('links an article and keeps the paragraph and letter in the link text', () => {
    expect(run('<p>Etter art. 6 nr. 1 bokstav f kan kommunen</p>')).toBe(
      '<p>Etter <a href="/gdpr/artikkel-6/" title="Personvernforordningen art. 6: Behandlingens lovlighet" class="register-link">art. 6 nr. 1 bokstav f</a> kan kommunen</p>',
    );
  });

  it('links both ends of a range', () => {
    const html = run('<p>grunnlag (art. 44–49).</p>');
    expect(html).toContain('<a href="/gdpr/artikkel-44/"');
    expect(html).toContain('>art. 44</a>–<a href="/gdpr/artikkel-49/"');
  });

  it('links laws and cases', () => {
    const html = run('<li>Arkivloven og C-311/18</li>');
    expect(html).toContain(
      '<a href="/lover/arkivlova/" title="Arkivlova: Lov om dokumentasjon og arkiv" class="register-link">Arkivloven</a>',
    );
    expect(html).toContain('<a href="/dommer/c-311-18/"');
  });

  it.each([
    ['a heading', '<h2>Art. 26 og ansvar</h2>'],
    ['a sub-heading', '<h4>art. 35</h4>'],
    ['inline code', '<p><code>art. 35</code></p>'],
    ['a code block', '<pre><code>art. 35</code></pre>'],
    ['an existing link', '<p><a href="/veileder/">art. 35</a></p>'],
    ['an article number the regulation does not have', '<p>art. 100 og art. 120</p>'],
  ])('leaves %s alone', (_what, html) => {
    expect(run(html)).toBe(html);
  });

  // «art. 37–39»: each number that is written links to its own article; the
  // numbers in between (38) are not written and get no link.
  it.each([
    ['<p>art. 17</p>', ['/gdpr/artikkel-17/:art. 17']],
    ['<p>artikkel 8 nr. 1</p>', ['/gdpr/artikkel-8/:artikkel 8 nr. 1']],
    ['<p>art. 37–39</p>', ['/gdpr/artikkel-37/:art. 37', '/gdpr/artikkel-39/:39']],
    ['<p>art. 77, 79 og 82</p>', ['/gdpr/artikkel-77/:art. 77', '/gdpr/artikkel-79/:79', '/gdpr/artikkel-82/:82']],
    ['<p>art. 83 nr. 7</p>', ['/gdpr/artikkel-83/:art. 83 nr. 7']],
    ['<p>art. 99</p>', ['/gdpr/artikkel-99/:art. 99']],
    ['<p>Personvernforordningen artikkel 1</p>', ['/gdpr/artikkel-1/:Personvernforordningen artikkel 1']],
    ['<p>T-553/23 og C-252/21</p>', ['/dommer/t-553-23/:T-553/23', '/dommer/c-252-21/:C-252/21']],
    ['<p>åndsverkloven § 104</p>', ['/lover/andsverkloven/:åndsverkloven § 104']],
  ])('links %s to every article it names', (html, expected) => {
    const tree = fromHtml(html, { fragment: true });
    rehypeRegisterLinks(entries)()(tree, { path: '/p/content/docs/veileder/x.mdx' });
    const links: string[] = [];
    const walk = (n: { type: string; tagName?: string; properties?: Record<string, unknown>; children?: unknown[] }) => {
      if (n.type === 'element' && n.tagName === 'a') links.push(`${String(n.properties!.href)}:${(n.children![0] as Text).value}`);
      for (const c of n.children ?? []) walk(c as typeof n);
    };
    walk(tree);
    // Only articles present in the register are linked (before register-text is merged, some of 1–43 may be missing).
    const present = new Set(entries.map((e) => e.path));
    expect(links).toEqual(expected.filter((l) => present.has(l.split(':')[0])));
  });

  it('does not link a page to itself', () => {
    const html = '<p>Se art. 35 og art. 36.</p>';
    const out = run(html, '/p/content/docs/gdpr/artikkel-35.mdx');
    expect(out).not.toContain('href="/gdpr/artikkel-35/"');
    expect(out).toContain('href="/gdpr/artikkel-36/"');
  });

  it('works inside MDX components (Aside) in the tree', () => {
    const tree: Root = {
      type: 'root',
      children: [
        {
          type: 'mdxJsxFlowElement',
          name: 'Aside',
          attributes: [],
          children: [{ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: 'Etter art. 6 nr. 3 må' }] }],
        } as unknown as Element,
      ],
    };
    rehypeRegisterLinks(entries)()(tree, {});
    const p = (tree.children[0] as unknown as { children: Element[] }).children[0];
    expect((p.children[1] as Element).properties.href).toBe('/gdpr/artikkel-6/');
    expect(((p.children[1] as Element).children[0] as Text).value).toBe('art. 6 nr. 3');
  });

  it('gives root-relative links that rehypeBaseLinks then prefixes with the base path', () => {
    expect(run('<p>art. 35</p>', undefined, '/personvern/some/')).toContain('href="/personvern/some/gdpr/artikkel-35/"');
  });
});

describe('pathOfFile', () => {
  it.each([
    ['/x/content/docs/veileder/7-risiko.mdx', '/veileder/7-risiko/'],
    ['/x/content/docs/index.mdx', '/'],
    ['/x/content/docs/verktoy/index.mdx', '/verktoy/'],
    ['/x/src/pages/gdpr/[slug].astro', undefined],
    [undefined, undefined],
  ])('%s -> %s', (file, expected) => {
    expect(pathOfFile(file)).toBe(expected);
  });
});
