/**
 * One term for one thing. The site's own text (content/ and the UI strings in
 * src/) uses the chosen term for each concept; the variants may appear only in
 * quotations («…») and in search aliases (`alias:`/`aliases:` lines in YAML).
 * The glossary (content/ordliste/ordliste.yaml) has each chosen term with the
 * variants as aliases. test/unit/terminology.test.ts scans the files with these
 * rules. Pure data and functions: no DOM, no file access.
 */

export interface TermRule {
  /** A short key, used in messages and in PENDING_ELSEWHERE. */
  id: string;
  /** The term to write instead. */
  preferred: string;
  /** The variants that must not appear in our own text (Unicode, case-insensitive). */
  banned: RegExp;
  /** Files where the variant means something else and is right (matched against the repo-relative path). */
  notIn?: RegExp;
}

/** A whole word (letters on neither side), so compounds such as «informasjonsvirksomhet» are not hit. */
function words(alternatives: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}_-])(?:${alternatives})(?![\\p{L}\\p{N}_])`, 'giu');
}

export const TERM_RULES: readonly TermRule[] = [
  { id: 'forhandsdrofting', preferred: 'forhåndsdrøfting (art. 36); KS skriver «forhåndsdrøftelse»', banned: /forhåndsdrøftelse\p{L}*/giu },
  { id: 'arkivlova', preferred: 'arkivlova', banned: words('arkivloven|arkivlovens|arkivlov') },
  { id: 'interesseavveining', preferred: 'interesseavveining', banned: /interesseavveiing\p{L}*/giu },
  { id: 'dere', preferred: 'dere / kommunen', banned: words('du|deg|din|ditt|dine') },
  // «Virksomhet» for the unit that uses the channel. Not when it means activity («kommunens virksomhet»,
  // kommuneloven § 4-1) or, in the register, an undertaking in the GDPR's sense.
  {
    id: 'enhet',
    preferred: 'enhet (KS skriver «virksomhet»)',
    banned:
      /(?<!(?:kommunens|egen|økonomisk|om)\s)(?<![\p{L}\p{N}_-])(?:virksomhet|virksomheten|virksomheter|virksomhetene|virksomhetens)(?![\p{L}\p{N}_])/giu,
    notIn: /^content\/rettskilder\//,
  },
  { id: 'protestere', preferred: 'protestere', banned: /reserver(?:e|er|te|t)? seg|reservasjonsrett\p{L}*/giu },
  {
    id: 'tofaktorautentisering',
    preferred: 'tofaktorautentisering',
    banned: /tofaktorinnlogging\p{L}*|tofaktorpålogging\p{L}*|to-faktor\p{L}*|totrinnsbekreftelse\p{L}*|totrinnsverifisering\p{L}*/giu,
  },
  // Not the collection's name in code (content/scenarier/, 'scenarier', scenarier:).
  {
    id: 'risikoscenarioer',
    preferred: 'risikoscenarioer / scenarioer',
    banned: /(?<![/'"\p{L}])(?:risiko)?scenarier(?:ne)?(?![/:'"\p{L}])/giu,
  },
  {
    id: 'europakommisjonen',
    preferred: 'Europakommisjonen (om beslutninger om tilstrekkelig beskyttelsesnivå)',
    banned: /\bEU vedtok|\bEU har en liste|\bEUs liste/gu,
  },
  {
    id: 'retten',
    preferred: 'Retten (EU-domstolens underinstans)',
    banned: /EU-rettens underrett|EU-retten (?:avviste|har avvist|forkastet)/giu,
  },
  { id: 'inkluderingstiltak', preferred: 'inkluderingstiltak (Bergens tjenester)', banned: /introduksjonsprogram\p{L}*/giu },
  { id: 'malretting', preferred: 'plattformene selger målretting, ikke profiler', banned: /profiler som selges/giu },
  { id: 'trenger-ikke', preferred: '«trenger ikke være skriftlig»', banned: /må ikke være skriftlig/giu },
];

export interface TermHit {
  rule: string;
  line: number;
  found: string;
  preferred: string;
}

/** Blanks out what may keep the variants: «quotations» and YAML alias lines. Keeps line numbers. */
function stripAllowed(text: string): string {
  return text
    .replace(/«[^«»]*»/g, (q) => q.replace(/[^\n]/g, ' '))
    .replace(/^(\s*(?:-\s*)?(?:alias|aliases)\s*:).*$/gm, (_l, key: string) => key);
}

/** Every banned variant in `text` (from the file `file`, when given) outside quotations and aliases. */
export function findBannedTerms(text: string, rules: readonly TermRule[] = TERM_RULES, file = ''): TermHit[] {
  const clean = stripAllowed(text);
  const hits: TermHit[] = [];
  for (const rule of rules) {
    if (file && rule.notIn?.test(file)) continue;
    const re = new RegExp(rule.banned.source, rule.banned.flags.includes('g') ? rule.banned.flags : `${rule.banned.flags}g`);
    for (const m of clean.matchAll(re)) {
      const line = clean.slice(0, m.index).split('\n').length;
      hits.push({ rule: rule.id, line, found: m[0], preferred: rule.preferred });
    }
  }
  return hits;
}

/**
 * Files this branch may not edit (other branches own them) that still use a
 * banned variant, with the rule. The test accepts exactly these hits and fails
 * when one is no longer needed, so the list shrinks as the owners fix the text.
 * After merging, the lead removes entries the owners have fixed.
 */
export const PENDING_ELSEWHERE: readonly { file: string; rule: string; owner: string }[] = [
  { file: 'src/lib/rettskilder/recognise.ts', rule: 'arkivlova', owner: 'varig: ordstammen «arkivlov» gjenkjenner lovnavn i teksten' },
];
