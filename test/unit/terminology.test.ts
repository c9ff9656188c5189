import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { findBannedTerms, PENDING_ELSEWHERE, TERM_RULES } from '../../src/lib/terminology';

const root = join(__dirname, '../..');

/** Text files of the site: all of content/, and the UI strings in src/ (TypeScript, TSX, Astro). */
function siteFiles(): string[] {
  const content = readdirSync(join(root, 'content'), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(mdx?|ya?ml|json)$/.test(f))
    .map((f) => `content/${f}`);
  const src = readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|tsx|astro)$/.test(f) && !f.endsWith('lib/terminology.ts'))
    .map((f) => `src/${f}`);
  return [...content, ...src].map((f) => f.split('\\').join('/')).sort();
}

function glossaryAliases(): Map<string, string[]> {
  const source = readFileSync(join(root, 'content/ordliste/ordliste.yaml'), 'utf8');
  const map = new Map<string, string[]>();
  for (const block of source.split(/^- (?=id:)/m).slice(1)) {
    const id = /^id:\s*(\S+)/.exec(block)?.[1] ?? '';
    const alias = /^\s*alias:\s*\[(.*)\]/m.exec(block)?.[1] ?? '';
    map.set(
      id,
      alias
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    );
  }
  return map;
}

describe('én term for én ting', () => {
  it('finner variantene, men ikke i sitater, alias eller sammensetninger', () => {
    const text = [
      'Be om forhåndsdrøftelse med Datatilsynet.',
      'KS skriver «forhåndsdrøftelse».',
      'alias: [forhåndsdrøftelse, reservere seg]',
      'Her ser du vurderingene dine.',
      'Det gjelder ren informasjonsvirksomhet.',
      'Alle virksomheter har arkivplikt etter arkivloven.',
      'Kommunen skal informere om kommunens virksomhet og egen virksomhet.',
      'Ingen kunne reservere seg, og tofaktorinnlogging var av.',
      'Se content/scenarier/ og risikoscenarier.',
      'EU vedtok en beslutning, og EU-retten avviste søksmålet.',
      'Ordningen må ikke være skriftlig; profiler som selges; introduksjonsprogram; interesseavveiingen.',
    ].join('\n');
    const hits = findBannedTerms(text).map((h) => `${h.line}:${h.rule}:${h.found}`);
    expect(hits.sort()).toEqual(
      [
        '1:forhandsdrofting:forhåndsdrøftelse',
        '4:dere:du',
        '4:dere:dine',
        '6:enhet:virksomheter',
        '6:arkivlova:arkivloven',
        '8:protestere:reservere seg',
        '8:tofaktorautentisering:tofaktorinnlogging',
        '9:risikoscenarioer:risikoscenarier',
        '10:europakommisjonen:EU vedtok',
        '10:retten:EU-retten avviste',
        '11:trenger-ikke:må ikke være skriftlig',
        '11:malretting:profiler som selges',
        '11:inkluderingstiltak:introduksjonsprogram',
        '11:interesseavveining:interesseavveiingen',
      ].sort(),
    );
  });

  it('har hvert valgt begrep i ordlisten, med variantene som alias', () => {
    const aliases = glossaryAliases();
    const expected: Record<string, string[]> = {
      forhandsdrofting: ['forhåndsdrøftelse'],
      arkivlova: ['arkivloven'],
      interesseavveining: ['interesseavveiing'],
      enhet: ['virksomhet'],
      protestere: ['reservere seg'],
      tofaktorautentisering: ['tofaktorinnlogging'],
      risikoscenario: ['risikoscenarier', 'risikoscenarioer'],
    };
    for (const [id, variants] of Object.entries(expected)) {
      expect(aliases.get(id), `ordlisten mangler ${id}`).toEqual(expect.arrayContaining(variants));
    }
  });

  it('nettstedets tekst bruker bare de valgte begrepene (utenfor sitater og alias)', () => {
    const pending = new Set(PENDING_ELSEWHERE.map((p) => `${p.file}|${p.rule}`));
    const seenPending = new Set<string>();
    const problems: string[] = [];
    for (const file of siteFiles()) {
      const hits = findBannedTerms(readFileSync(join(root, file), 'utf8'), TERM_RULES, file);
      for (const h of hits) {
        const key = `${file}|${h.rule}`;
        if (pending.has(key)) seenPending.add(key);
        else problems.push(`${file}:${h.line}: «${h.found}» – skriv ${h.preferred}`);
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
    const stale = [...pending].filter((k) => !seenPending.has(k));
    expect(stale, `Unntak som ikke lenger trengs (fjern dem fra PENDING_ELSEWHERE): ${stale.join(', ')}`).toEqual([]);
  });

  it('lar registeret bruke «virksomhet» i forordningens betydning', () => {
    const text = 'Forordningen gjelder for virksomheter i EU/EØS.';
    expect(findBannedTerms(text, TERM_RULES, 'content/rettskilder/gdpr.yaml')).toEqual([]);
    expect(findBannedTerms(text, TERM_RULES, 'content/docs/veileder/1-innledning.mdx').map((h) => h.rule)).toEqual(['enhet']);
  });

  it('har en regel for hvert begrep i saken', () => {
    expect(TERM_RULES.map((r) => r.id)).toEqual(
      expect.arrayContaining([
        'forhandsdrofting',
        'arkivlova',
        'interesseavveining',
        'dere',
        'enhet',
        'protestere',
        'tofaktorautentisering',
        'risikoscenarioer',
      ]),
    );
    expect(relative(root, root)).toBe('');
  });
});
