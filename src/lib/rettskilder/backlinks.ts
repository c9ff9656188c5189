/**
 * "Omtalt i": for each register entry, every page and section that cites it,
 * computed from the pages' Markdown/MDX source with the same recogniser that
 * makes the links. Pure: the pages are handed in (from the docs collection).
 */
import GithubSlugger from 'github-slugger';
import { findReferences } from './recognise';

export interface SourcePage {
  /** Docs id: "veileder/5-behandlingsgrunnlag", "index". */
  id: string;
  title: string;
  /** The page's Markdown/MDX body, without frontmatter. */
  body: string;
}

export interface Backlink {
  pageId: string;
  pageTitle: string;
  /** The nearest heading before the citation, if any (level 2–6). */
  section?: string;
  /** Root-relative link: "/veileder/5-behandlingsgrunnlag/#51-berettiget-interesse". */
  href: string;
}

/** Root-relative path of a docs page: "index" -> "/", "veileder/7-risiko" -> "/veileder/7-risiko/". */
export function pagePath(id: string): string {
  const clean = id.replace(/(^|\/)index$/, '').replace(/^\/+|\/+$/g, '');
  return clean ? `/${clean}/` : '/';
}

/** Heading text as rendered: inline Markdown removed. */
function headingText(raw: string): string {
  return raw
    .replace(/\s+\{#[^}]+\}\s*$/, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(\*\*|__|\*|_|~~)(.+?)\1/g, '$2')
    .replace(/<[^>]+>/g, '')
    .trim();
}

const REGISTER_LINK = /\]\(\/?((?:gdpr|lover|dommer)\/[a-z0-9-]+)\/?(?:#[^)]*)?\)/g;

/**
 * Citations per register id, one per page section, in the order the pages are
 * given (pass them in reading order).
 * `known` limits the result to ids the register has.
 */
export function computeBacklinks(pages: SourcePage[], known: (id: string) => boolean): Map<string, Backlink[]> {
  const result = new Map<string, Backlink[]>();
  const add = (id: string, link: Backlink) => {
    if (!known(id)) return;
    const list = result.get(id) ?? [];
    if (!list.some((l) => l.href === link.href)) list.push(link);
    result.set(id, list);
  };
  for (const page of pages) {
    const path = pagePath(page.id);
    const slugger = new GithubSlugger();
    let section: { text: string; slug: string } | undefined;
    let fence: string | undefined;
    for (const line of page.body.split(/\r?\n/)) {
      const fenceMatch = /^\s*(```+|~~~+)/.exec(line);
      if (fence) {
        if (fenceMatch && fenceMatch[1][0] === fence[0] && fenceMatch[1].length >= fence.length) fence = undefined;
        continue;
      }
      if (fenceMatch) {
        fence = fenceMatch[1];
        continue;
      }
      if (/^\s*(import|export)\s/.test(line)) continue;
      const heading = /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(line);
      let text = line;
      if (heading) {
        const headingValue = headingText(heading[2]);
        const explicit = /\{#([^}]+)\}\s*$/.exec(heading[2]);
        const slug = explicit ? explicit[1] : slugger.slug(headingValue);
        if (heading[1].length >= 2) section = { text: headingValue, slug };
        text = headingValue;
      }
      const link: Backlink = {
        pageId: page.id,
        pageTitle: page.title,
        ...(section ? { section: section.text } : {}),
        href: section ? `${path}#${section.slug}` : path,
      };
      // Explicit Markdown links to a register page count as citations too.
      for (const m of text.matchAll(REGISTER_LINK)) add(m[1], link);
      const plain = text.replace(/`[^`]*`/g, ' ').replace(/\]\([^)]*\)/g, ']');
      for (const ref of findReferences(plain, known)) add(ref.id, link);
    }
  }
  return result;
}
