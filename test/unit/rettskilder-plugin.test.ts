import { describe, expect, it } from 'vitest';
import type { Element, Root, Text } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { fromHtml } from 'hast-util-from-html';
import { pathOfFile, rehypeRegisterLinks } from '../../src/plugins/rehype-register-links';
import { rehypeBaseLinks } from '../../src/plugins/rehype-base-links';
import { loadRegister } from '../../src/plugins/rettskilder-data';

const entries = loadRegister();

function run(html: string, file = '/p/content/docs/veileder/5-behandlingsgrunnlag.mdx', base?: string): string {
  const tree = fromHtml(html, { fragment: true }) as Root;
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
    expect(html).toContain('<a href="/lover/arkivlova/" title="Arkivlova: Lov om arkiv" class="register-link">Arkivloven</a>');
    expect(html).toContain('<a href="/dommer/c-311-18/"');
  });

  it.each([
    ['a heading', '<h2>Art. 26 og ansvar</h2>'],
    ['a sub-heading', '<h4>art. 35</h4>'],
    ['inline code', '<p><code>art. 35</code></p>'],
    ['a code block', '<pre><code>art. 35</code></pre>'],
    ['an existing link', '<p><a href="/veileder/">art. 35</a></p>'],
    ['an article without a register entry', '<p>art. 3 og art. 99</p>'],
  ])('leaves %s alone', (_what, html) => {
    expect(run(html)).toBe(html);
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
