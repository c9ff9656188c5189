/**
 * Structure of the guide, checked from the source files on disk:
 * chapters and their numbered sections, frontmatter, placeholder text, heading
 * levels, internal link targets that the build's link validator cannot see
 * (component props and glossary data), the risk table and the glossary.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;
const docsDir = join(root, 'content/docs');
const glossaryFile = join(root, 'content/ordliste/ordliste.yaml');

/** Chapter pages and the numbered section headings each must have (as "## x.y Title"). */
const chapters: { file: string; sections: string[] }[] = [
  { file: 'veileder/1-innledning.mdx', sections: ['1.1 Avgrensninger', '1.2 Behov for vurderinger'] },
  { file: 'veileder/2-systematisk-beskrivelse.mdx', sections: ['2.1 Formål', '2.2 Art, omfang og sammenheng'] },
  { file: 'veileder/3-informasjonssikkerhet.mdx', sections: [] },
  {
    file: 'veileder/4-ansvarsforhold.mdx',
    sections: ['4.1 Felles behandlingsansvar', '4.2 Ordning ved felles behandlingsansvar', '4.3 Etiske vurderinger'],
  },
  {
    file: 'veileder/5-behandlingsgrunnlag.mdx',
    sections: ['5.1 Berettiget interesse', '5.2 Utøvelse av offentlig myndighet', '5.3 Andre regler'],
  },
  { file: 'veileder/6-overforing-til-utlandet.mdx', sections: [] },
  { file: 'veileder/7-risiko.mdx', sections: [] },
  { file: 'veileder/8-prosess-og-forankring.mdx', sections: [] },
];

/** Other pages this branch is responsible for. */
const otherPages = [
  'index.mdx',
  'om-veilederen.mdx',
  'veileder/nar-plattformen-endrer-vilkarene.mdx',
  'vedlegg/kilder.mdx',
  'oppslag/ordliste.mdx',
];

/** Words that mark unfinished pages. ("kommer" alone is ordinary Norwegian, so only as a phrase.) */
const placeholders = [
  /\bTODO\b/i,
  /\bFIXME\b/i,
  /\bTBD\b/,
  /\blorem\b/i,
  /\bipsum\b/i,
  /under oppbygging/i,
  /\bplaceholder\b/i,
  /\bplassholder/i,
  /kommer snart/i,
  /kommer senere/i,
  /(innhold|tekst|siden?) kommer\b/i,
];

const MIN_BODY_CHARS = 300;

function allDocs(dir = docsDir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return allDocs(path);
    return /\.mdx?$/.test(name) ? [relative(docsDir, path)] : [];
  });
}

function read(file: string): string {
  return readFileSync(join(docsDir, file), 'utf8');
}

function splitFrontmatter(source: string): { frontmatter: string; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(source);
  return match ? { frontmatter: match[1], body: match[2] } : { frontmatter: '', body: source };
}

/** Top-level scalar from YAML frontmatter (quoted or plain, one line). */
function field(frontmatter: string, name: string): string {
  const match = new RegExp(`^${name}:\\s*(.*)$`, 'm').exec(frontmatter);
  return (match?.[1] ?? '')
    .trim()
    .replace(/^(['"])(.*)\1$/, '$2')
    .trim();
}

/** Body text without imports and JSX/HTML tags: what a reader actually gets. */
function prose(body: string): string {
  return body
    .replace(/^import .*$/gm, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Markdown headings outside code fences: level and text. */
function headings(body: string): { level: number; text: string }[] {
  let fenced = false;
  const found: { level: number; text: string }[] = [];
  for (const line of body.split('\n')) {
    if (/^\s*```/.test(line)) fenced = !fenced;
    const match = !fenced && /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(line);
    if (match) found.push({ level: match[1].length, text: match[2] });
  }
  return found;
}

/** Heading anchor ids as Starlight generates them (github-slugger rules). */
function slug(text: string): string {
  return text
    .replace(/[*_`]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** ASCII slug used for glossary ids. */
function termSlug(term: string): string {
  return term
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Does a root-relative link ("/veileder/7-risiko/#x") point to an existing page and heading? */
function linkTarget(link: string): { ok: boolean; reason?: string } {
  const [path = '', hash] = link.replace(/\?[^#]*/, '').split('#');
  const id = path.replace(/^\/+|\/+$/g, '') || 'index';
  const file = ['.mdx', '.md', '/index.mdx', '/index.md'].map((ext) => id + ext).find((f) => existsSync(join(docsDir, f)));
  if (!file) return { ok: false, reason: `finner ingen side for ${link}` };
  if (!hash) return { ok: true };
  const ids = headings(splitFrontmatter(read(file)).body).map((h) => slug(h.text));
  return ids.includes(hash) ? { ok: true } : { ok: false, reason: `finner ikke overskriften #${hash} på ${file}` };
}

interface Term {
  id: string;
  term: string;
  alias: string[];
  definisjon: string;
  se: string[];
  kapittel?: string;
}

/** A small reader for the glossary file's fixed shape (see the comment at its top). */
function readGlossary(): Term[] {
  const source = readFileSync(glossaryFile, 'utf8');
  return source
    .split(/^- (?=id:)/m)
    .slice(1)
    .map((block) => {
      const lines = block.split('\n').map((line) => line.replace(/^ {2}/, ''));
      const scalar = (name: string) =>
        lines
          .find((l) => l.startsWith(`${name}:`))
          ?.slice(name.length + 1)
          .trim() ?? '';
      const list = (name: string) => {
        const value = scalar(name);
        return value.startsWith('[')
          ? value
              .slice(1, -1)
              .split(',')
              .map((s) => s.trim())
              .filter(Boolean)
          : [];
      };
      const start = lines.findIndex((l) => l.startsWith('definisjon:'));
      let definisjon = start >= 0 ? lines[start].slice('definisjon:'.length).trim() : '';
      if (definisjon === '>-' || definisjon === '>' || definisjon === '|') {
        const rest: string[] = [];
        for (const line of lines.slice(start + 1)) {
          if (!/^\s{2,}\S/.test(line)) break;
          rest.push(line.trim());
        }
        definisjon = rest.join(' ');
      }
      return {
        id: scalar('id'),
        term: scalar('term'),
        alias: list('alias'),
        definisjon,
        se: list('se'),
        kapittel: scalar('kapittel') || undefined,
      };
    });
}

describe('kapitlene i veilederen', () => {
  for (const { file, sections } of chapters) {
    describe(file, () => {
      it('finnes', () => {
        expect(existsSync(join(docsDir, file)), `${file} mangler`).toBe(true);
      });

      if (sections.length > 0) {
        it(`har avsnittene ${sections.join(', ')} som ##-overskrifter`, () => {
          const found = headings(splitFrontmatter(read(file)).body)
            .filter((h) => h.level === 2)
            .map((h) => h.text);
          for (const section of sections) expect(found, `«## ${section}» mangler i ${file}`).toContain(section);
        });
      }

      it('avsluttes med lenker til verktøyene (ToolLinks)', () => {
        expect(read(file)).toMatch(/<ToolLinks[\s\S]*\/>\s*$/);
      });
    });
  }

  it('kapitlene finnes i rekkefølge 1–8', () => {
    const numbers = allDocs()
      .map((f) => /^veileder\/(\d)-/.exec(f)?.[1])
      .filter(Boolean)
      .map(Number)
      .sort();
    expect(numbers).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });
});

describe('alle sider under content/docs', () => {
  const pages = allDocs();

  it('omfatter sidene denne delen av veilederen har ansvar for', () => {
    for (const page of [...chapters.map((c) => c.file), ...otherPages]) expect(pages).toContain(page);
  });

  for (const page of pages) {
    describe(page, () => {
      const { frontmatter, body } = splitFrontmatter(read(page));

      it('har title og description i frontmatter', () => {
        expect(field(frontmatter, 'title'), `${page}: title mangler`).not.toBe('');
        expect(field(frontmatter, 'description').length, `${page}: description mangler`).toBeGreaterThan(20);
      });

      it(`har innhold (minst ${MIN_BODY_CHARS} tegn) og ingen plassholdertekst`, () => {
        const text = prose(body);
        expect(text.length, `${page} er nesten tom`).toBeGreaterThanOrEqual(MIN_BODY_CHARS);
        for (const pattern of placeholders) {
          expect(pattern.test(read(page)), `${page} inneholder plassholdertekst (${pattern})`).toBe(false);
        }
      });

      it('bruker ikke H1 og hopper ikke over overskriftsnivåer', () => {
        let previous = 1;
        for (const { level, text } of headings(body)) {
          expect(level, `${page}: «${text}» er H1; sidetittelen er allerede H1`).toBeGreaterThan(1);
          expect(level, `${page}: «${text}» hopper fra H${previous} til H${level}`).toBeLessThanOrEqual(previous + 1);
          previous = level;
        }
      });

      it('har gyldige mål for rotrelative lenker, også i komponenter', () => {
        const source = read(page);
        const links = [
          ...[...source.matchAll(/\]\((\/[^)\s]*)\)/g)].map((m) => m[1]),
          ...[...source.matchAll(/withBase\('(\/[^']*)'\)/g)].map((m) => m[1]),
          ...[...source.matchAll(/href="(\/[^"]*)"/g)].map((m) => m[1]),
        ];
        for (const link of links) {
          const { ok, reason } = linkTarget(decodeURIComponent(link));
          expect(ok, `${page}: ${reason}`).toBe(true);
        }
      });
    });
  }
});

describe('risikotabellen i kapittel 7', () => {
  const source = read('veileder/7-risiko.mdx');

  it('er en HTML-tabell med caption og kolonne- og radoverskrifter', () => {
    expect(source).toMatch(/<table>[\s\S]*<caption>[^<]+<\/caption>[\s\S]*<\/table>/);
    const columns = [...source.matchAll(/<th scope="col">([^<]+)<\/th>/g)].map((m) => m[1]);
    expect(columns).toEqual(['Personvernmål', 'Risiko', 'Momenter', 'Tiltak']);
    const rows = [...source.matchAll(/<th scope="row">([^<]+)<\/th>/g)].map((m) => m[1]);
    expect(rows).toEqual(['Medbestemmelse', 'Åpenhet', 'Ansvarlighet og tillit']);
  });

  it('har kategoriene A, B og C for innlegg og en merknad der kilden ikke gir tiltak', () => {
    for (const category of ['A:', 'B:', 'C:']) expect(source).toContain(`<strong>${category}</strong>`);
    expect(source).toMatch(/Ikke oppgitt i veilederen/);
  });
});

describe('kapittel 8: ledelsens beslutning', () => {
  const source = read('veileder/8-prosess-og-forankring.mdx');

  it('har de tre utfallene og regelen om forhåndsdrøftelse etter art. 36', () => {
    for (const outcome of ['Godkjent', 'Betinget godkjent', 'Ikke godkjent']) {
      expect(source).toContain(`<th scope="row">${outcome}</th>`);
    }
    expect(source).toMatch(/<Steps>[\s\S]*mer enn én gang[\s\S]*fortsatt høy[\s\S]*fortsatt sterkt[\s\S]*art\. 36[\s\S]*<\/Steps>/);
  });
});

describe('ordlisten', () => {
  const terms = readGlossary();
  const ids = new Set(terms.map((t) => t.id));

  it('har minst 25 begreper', () => {
    expect(terms.length).toBeGreaterThanOrEqual(25);
  });

  it('har en forklaring på hvert begrep, og id-en er slug av begrepet', () => {
    for (const t of terms) {
      expect(t.term, `${t.id}: term mangler`).not.toBe('');
      expect(t.definisjon.length, `${t.id}: forklaring mangler`).toBeGreaterThan(30);
      expect(t.id).toBe(termSlug(t.term));
    }
    expect(ids.size).toBe(terms.length);
  });

  it('har aliasene DPIA og PVK for vurdering av personvernkonsekvenser', () => {
    const dpia = terms.find((t) => t.id === 'vurdering-av-personvernkonsekvenser');
    expect(dpia?.alias).toEqual(expect.arrayContaining(['DPIA', 'PVK', 'personvernkonsekvensvurdering']));
  });

  it('har de sentrale begrepene', () => {
    for (const id of [
      'behandlingsansvarlig',
      'felles-behandlingsansvar',
      'behandlingsgrunnlag',
      'berettiget-interesse',
      'supplerende-rettsgrunnlag',
      'forhandsdrofting',
      'restrisiko',
      'tredjeland',
      'overforingsgrunnlag',
      'personvernradet',
      'ordning-etter-art-26',
      'ren-informasjonsvirksomhet',
      'sarbare-grupper',
      'kontogjennomgang',
    ]) {
      expect(ids, `begrepet ${id} mangler`).toContain(id);
    }
  });

  it('viser bare til begreper som finnes, og til sider og overskrifter som finnes', () => {
    for (const t of terms) {
      for (const ref of t.se) expect(ids, `${t.id}: «se» viser til ukjent begrep ${ref}`).toContain(ref);
      if (t.kapittel) {
        const { ok, reason } = linkTarget(t.kapittel);
        expect(ok, `${t.id}: ${reason}`).toBe(true);
      }
    }
  });
});
