import { describe, it, expect } from 'vitest';
import {
  QUESTIONS,
  evaluate,
  legalBasisReport,
  visibleQuestions,
  needsJustification,
  stepError,
  sourcePath,
  withBase,
  QUESTION_BY_ID,
  type Answers,
  type Evaluation,
} from '../../src/lib/legal-basis/index';

const J = 'Skriftlig begrunnelse';
type Step = [questionId: string, value: string, justification?: string];
const answersOf = (steps: Step[]): Answers =>
  Object.fromEntries(steps.map(([q, value, justification = '']) => [q, { value, justification }]));

interface Path {
  steps: Step[];
  answers: Answers;
  /** Ended early on a blocking step whose required justification is missing. */
  stopped: boolean;
}

/**
 * Every path the graph allows: at each shown question every option, and where
 * the option needs a justification, both with and without one. A blocking
 * step without its justification ends the path.
 */
function allPaths(): Path[] {
  const out: Path[] = [];
  const walk = (index: number, steps: Step[]) => {
    const answers = answersOf(steps);
    if (index === QUESTIONS.length) {
      out.push({ steps, answers, stopped: false });
      return;
    }
    const q = QUESTIONS[index]!;
    if (!visibleQuestions(answers).includes(q)) {
      walk(index + 1, steps);
      return;
    }
    for (const option of q.options) {
      const variants = needsJustification(q, option.id) ? [J, ''] : [''];
      for (const justification of variants) {
        const next: Step[] = [...steps, [q.id, option.id, justification]];
        if (stepError(q, answersOf(next))) out.push({ steps: next, answers: answersOf(next), stopped: true });
        else walk(index + 1, next);
      }
    }
  };
  walk(0, []);
  return out;
}

const paths = allPaths();
const has = (p: Path, q: string, value: string, justified?: boolean) => {
  const a = p.answers[q];
  if (!a || a.value !== value) return false;
  return justified === undefined || (a.justification.trim() !== '') === justified;
};
const warningIds = (e: Evaluation) => e.warnings.map((w) => w.id);
const NONE_YET = 'Foreløpig er ikke noe behandlingsgrunnlag på plass.';

describe('behandlingsgrunnlag: alle stier gjennom spørsmålene', () => {
  it('finner alle stier grafen tillater', () => {
    // tjenesteomrade (nei, ja+begrunnelse) × bruk 3 × målgruppe 2 × rolle-grener 38
    // (myndighet 7, kommunikasjon 15, arbeidsgiver 15, usikker 1) × arkiv 2 × leverandør 6
    // × felles ansvar 3 × informasjonsplikt 3 × DPIA 3, pluss stien som stopper uten begrunnelse.
    expect(paths.length).toBe(2 * 3 * 2 * 38 * 2 * 6 * 3 * 3 * 3 + 1);
    expect(paths.filter((p) => p.stopped)).toHaveLength(1);
  });

  it('hver sti ender i et definert utfall som følger veilederen', () => {
    // Plain checks collected per path (150 000 expect-kall would be far too slow); one assertion at the end.
    const failures: string[] = [];
    const statuses = new Set<string>();
    for (const p of paths) {
      const e = evaluate({ answers: p.answers });
      const ids = warningIds(e);
      const check = (ok: boolean, what: string) => {
        if (!ok && failures.length < 20) {
          failures.push(`${what} — ${p.steps.map((s) => `${s[0]}=${s[1]}${s[2] ? '+b' : ''}`).join(' ')}`);
        }
      };
      statuses.add(e.status);
      check(e.conclusion !== '', 'konklusjon mangler');
      check(['stoppet', 'e', 'f', 'ingen'].includes(e.status), `udefinert utfall ${e.status}`);
      check(e.basis === (e.status === 'e' || e.status === 'f' ? e.status : null), 'grunnlag og status stemmer ikke');
      check(e.basis !== null || e.conclusion.includes(NONE_YET), 'sier ikke at noe grunnlag mangler');
      check(e.complete === !p.stopped, 'fullstendighet');
      // DPIA (art. 35) is recommended in every case; archive and public access always apply.
      check(e.warnings.find((w) => w.id === 'dpia')?.articles.join() === 'art. 35,art. 26', 'DPIA-anbefaling');
      check(e.warnings.find((w) => w.id === 'arkiv-innsyn')?.articles.join() === 'arkivlova,offentleglova', 'arkiv og innsyn');
      check(e.warnings.every((w) => w.articles.every((a) => sourcePath(a) !== null)), 'ukjent kilde');

      const eAvailable =
        has(p, 'rolle', 'myndighet') && has(p, 'e-nodvendig', 'ja', true) && has(p, 'e-supplerende', 'navngitt', true);
      check((e.basis === 'e') === eAvailable, 'bokstav e');
      const fAvailable =
        (has(p, 'rolle', 'kommunikasjon') || has(p, 'rolle', 'arbeidsgiver')) &&
        has(p, 'f-interesse', 'ja', true) && has(p, 'f-nodvendig', 'ja', true) && has(p, 'f-avveiing', 'ja', true);
      check((e.basis === 'f') === fAvailable, 'bokstav f');
      if (has(p, 'e-nodvendig', 'ja', true) && has(p, 'e-supplerende', 'ikke-funnet')) {
        check(e.conclusion.includes('ikke tilgjengelig uten et supplerende rettsgrunnlag (art. 6 nr. 3)'), 'e uten supplerende');
      }

      const advised = has(p, 'tjenesteomrade', 'ja');
      check(e.conclusion.startsWith('KS fraråder sosiale medier i dette tjenesteområdet') === advised, 'frarådet sagt rett ut');
      check(ids.includes('fraradet') === advised, 'frarådet-advarsel');
      if (p.stopped) {
        check(e.status === 'stoppet', 'stoppet');
        continue;
      }
      check(ids.includes('saksbehandling') === has(p, 'bruk', 'saksbehandling'), 'saksbehandling');
      check(e.vulnerableGroups === has(p, 'malgruppe', 'ja'), 'sårbare grupper');
      check(e.todo.some((t) => t.includes('sårbare grupper')) === has(p, 'malgruppe', 'ja'), 'sårbare grupper til risiko');
      check(ids.includes('arbeidsgiver') === has(p, 'rolle', 'arbeidsgiver'), 'arbeidsgiverrollen');
      check(!(has(p, 'rolle', 'arbeidsgiver') && e.basis === 'e'), 'arbeidsgiver med bokstav e');
      check(ids.includes('f-unntak') === has(p, 'rolle', 'kommunikasjon'), 'andre ledd og KS-synet');
      check(ids.includes('e-supplerende') === has(p, 'rolle', 'myndighet'), 'forsiktighet med bokstav e');
      check(ids.includes('tredjeland') === has(p, 'leverandor', 'tredjeland'), 'tredjeland');
      check(ids.includes('felles-ansvar') === !has(p, 'felles-ansvar', 'ja'), 'art. 26-ordning');
      check(e.todo.some((t) => t.includes('art. 35')) === !has(p, 'dpia', 'gjennomfort'), 'DPIA som gjenstående');
    }
    expect(failures).toEqual([]);
    expect([...statuses].sort()).toEqual(['e', 'f', 'ingen', 'stoppet']);
  }, 120_000);
});

/** Answers that get past the common steps without raising anything of their own. */
const BASE: Step[] = [
  ['tjenesteomrade', 'nei'],
  ['bruk', 'informasjon'],
  ['malgruppe', 'nei'],
  ['arkiv', 'ja'],
  ['leverandor', 'eos'],
  ['felles-ansvar', 'ja'],
  ['informasjonsplikt', 'ja', 'Vi forklarer forretningsmodellen på nettsidene.'],
  ['dpia', 'gjennomfort'],
];
const with_ = (...steps: Step[]) => {
  const map = new Map(BASE.map((s) => [s[0], s]));
  for (const s of steps) map.set(s[0], s);
  return { answers: answersOf([...map.values()]) };
};
const E_ROLE: Step = ['rolle', 'myndighet'];
const E_NEED: Step = ['e-nodvendig', 'ja', 'Informasjon om tjenestene er en oppgave i allmennhetens interesse.'];
const F_ALL: Step[] = [
  ['rolle', 'kommunikasjon'],
  ['f-interesse', 'ja', 'Nå innbyggerne med relevant informasjon.'],
  ['f-nodvendig', 'ja', 'Mange innbyggere bruker bare denne kanalen.'],
  ['f-avveiing', 'ja', 'Ikke kommersielle formål; del av kommunikasjonsstrategien.'],
];

interface Case {
  name: string;
  section: ReturnType<typeof with_>;
  basis: 'e' | 'f' | null;
  conclusion: string[];
  warnings?: string[];
  articles?: string[];
  todo?: string[];
}

const CASES: Case[] = [
  {
    name: '(e) med navngitt supplerende rettsgrunnlag gir bokstav e',
    section: with_(E_ROLE, E_NEED, ['e-supplerende', 'navngitt', 'Lov om … § …']),
    basis: 'e',
    conclusion: ['art. 6 nr. 1 bokstav e', 'supplerende rettsgrunnlaget dere har navngitt'],
    warnings: ['e-supplerende'],
    articles: ['art. 6 nr. 3'],
  },
  {
    name: '(e) uten supplerende rettsgrunnlag: bokstav e er ikke tilgjengelig, ingenting ennå',
    section: with_(E_ROLE, E_NEED, ['e-supplerende', 'ikke-funnet']),
    basis: null,
    conclusion: ['ikke tilgjengelig uten et supplerende rettsgrunnlag (art. 6 nr. 3)', NONE_YET],
    todo: ['Finn et supplerende rettsgrunnlag i annen lov (art. 6 nr. 3)'],
  },
  {
    name: '(e) med «funnet» men uten navn: ikke tilgjengelig',
    section: with_(E_ROLE, E_NEED, ['e-supplerende', 'navngitt', '  ']),
    basis: null,
    conclusion: ['før dere har navngitt det supplerende rettsgrunnlaget', NONE_YET],
    todo: ['Skriv begrunnelsen for «Supplerende rettsgrunnlag».'],
  },
  {
    name: '(e) der behandlingen ikke er nødvendig',
    section: with_(E_ROLE, ['e-nodvendig', 'nei']),
    basis: null,
    conclusion: ['bokstav e ikke brukes', NONE_YET],
  },
  {
    name: '(f) med alle tre vilkår besvart ja og begrunnet',
    section: with_(...F_ALL),
    basis: 'f',
    conclusion: ['art. 6 nr. 1 bokstav f', 'alle tre vilkårene'],
    warnings: ['f-unntak'],
    articles: ['art. 6 nr. 1 andre ledd'],
  },
  {
    name: '(f) med ett vilkår uten begrunnelse',
    section: with_(...F_ALL, ['f-nodvendig', 'ja', '']),
    basis: null,
    conclusion: ['før alle tre vilkårene er besvart med ja og begrunnet', NONE_YET],
    todo: ['Skriv begrunnelsen for «Nødvendig for interessen».'],
  },
  {
    name: '(f) der avveiingen faller ut mot kommunen',
    section: with_(...F_ALL, ['f-avveiing', 'nei']),
    basis: null,
    conclusion: ['«Interesseavveiing» er ikke oppfylt', NONE_YET],
  },
  {
    name: 'arbeidsgiverrollen er ikke myndighetsutøvelse',
    section: with_(['rolle', 'arbeidsgiver'], ...F_ALL.slice(1)),
    basis: 'f',
    conclusion: ['bokstav f'],
    warnings: ['arbeidsgiver'],
  },
  {
    name: 'uavklart rolle gir ikke noe grunnlag',
    section: with_(['rolle', 'usikker']),
    basis: null,
    conclusion: ['rolle er ikke avklart', NONE_YET],
    todo: ['Avklar i hvilken rolle'],
  },
  {
    name: 'frarådet tjenesteområde uten begrunnelse stopper',
    section: with_(['tjenesteomrade', 'ja'], ...F_ALL),
    basis: null,
    conclusion: ['KS fraråder', 'bare fortsette vurderingen hvis dere skriver en begrunnelse', NONE_YET],
    warnings: ['fraradet', 'dpia'],
  },
  {
    name: 'frarådet tjenesteområde med begrunnelse sies rett ut, men vurderingen går videre',
    section: with_(['tjenesteomrade', 'ja', 'Rusomsorgen vil bare informere om åpningstider.'], ...F_ALL),
    basis: 'f',
    conclusion: ['KS fraråder sosiale medier i dette tjenesteområdet', 'begrunnet skriftlig'],
    warnings: ['fraradet'],
  },
  {
    name: 'bruk som ligner saksbehandling gir advarsel og viser til forvaltningsloven',
    section: with_(['bruk', 'saksbehandling'], ...F_ALL),
    basis: 'f',
    conclusion: ['ikke støtter bruk som ligner saksbehandling'],
    warnings: ['saksbehandling'],
    articles: ['forvaltningsloven'],
  },
  {
    name: 'sårbare grupper flagges og føres videre til risikovurderingen',
    section: with_(['malgruppe', 'ja', 'Barn og unge'], ...F_ALL),
    basis: 'f',
    conclusion: ['bokstav f'],
    warnings: ['sarbare'],
    todo: ['sårbare grupper, i risikovurderingen'],
  },
  {
    name: 'leverandør i tredjeland uten adekvansbeslutning',
    section: with_(...F_ALL, ['leverandor', 'tredjeland'], ['overforingsgrunnlag', 'ikke-funnet']),
    basis: 'f',
    conclusion: ['mangler i tillegg et gyldig overføringsgrunnlag (art. 44–49)'],
    warnings: ['tredjeland'],
    articles: ['art. 44–49'],
    todo: ['Finn et gyldig overføringsgrunnlag (art. 44–49).', 'lover eller praksis i mottakerlandet', 'supplerende tiltakene og garantiene'],
  },
  {
    name: 'ordning for felles behandlingsansvar mangler',
    section: with_(...F_ALL, ['felles-ansvar', 'nei'], ['informasjonsplikt', 'nei']),
    basis: 'f',
    conclusion: ['bokstav f'],
    warnings: ['felles-ansvar'],
    articles: ['art. 26'],
    todo: ['ordning for felles behandlingsansvar', 'mer av informasjonsplikten'],
  },
  {
    name: 'arkivplikten og innsynsretten nevnes alltid',
    section: with_(...F_ALL, ['arkiv', 'nei']),
    basis: 'f',
    conclusion: ['bokstav f'],
    warnings: ['arkiv-innsyn'],
    articles: ['arkivlova', 'offentleglova'],
    todo: ['arkiveres og journalføres'],
  },
  {
    name: 'DPIA anbefales selv når den er gjennomført, og står som gjenstående ellers',
    section: with_(...F_ALL, ['dpia', 'pagar']),
    basis: 'f',
    conclusion: ['bokstav f'],
    warnings: ['dpia'],
    articles: ['art. 35'],
    todo: ['Gjennomfør personvernkonsekvensvurderingen (art. 35)'],
  },
];

describe('behandlingsgrunnlag: nøkkelstiene gir veilederens utfall', () => {
  it.each(CASES)('$name', (c) => {
    const e = evaluate(c.section);
    expect(e.basis).toBe(c.basis);
    for (const part of c.conclusion) expect(e.conclusion).toContain(part);
    for (const id of c.warnings ?? []) expect(warningIds(e)).toContain(id);
    const articles = e.warnings.flatMap((w) => w.articles);
    for (const a of c.articles ?? []) expect(articles).toContain(a);
    for (const t of c.todo ?? []) expect(e.todo.some((x) => x.includes(t)), `${t} i ${JSON.stringify(e.todo)}`).toBe(true);
  });
});

describe('behandlingsgrunnlag: enkeltregler', () => {
  it('er ufullstendig uten svar, og anbefaler likevel DPIA', () => {
    const e = evaluate({ answers: {} });
    expect(e.status).toBe('ufullstendig');
    expect(e.basis).toBeNull();
    expect(e.conclusion).toContain('Ikke noe behandlingsgrunnlag er tilgjengelig ennå');
    expect(warningIds(e)).toContain('dpia');
    expect(e.complete).toBe(false);
  });

  it('ignorerer svar på skjulte spørsmål og ukjente verdier', () => {
    const e = evaluate(with_(['rolle', 'kommunikasjon'], ['e-nodvendig', 'ja', 'x'], ['e-supplerende', 'navngitt', 'y']));
    expect(e.basis).toBeNull();
    expect(e.points.some((p) => p.question.includes('supplerende'))).toBe(false);
    const odd = evaluate(with_(['rolle', 'finnes-ikke']));
    expect(odd.status).toBe('ufullstendig');
    expect(odd.todo).toContain('Svar på spørsmålet «Kommunens rolle».');
  });

  it('endret svar gir nytt resultat', () => {
    const before = with_(E_ROLE, E_NEED, ['e-supplerende', 'navngitt', 'Lov § 1']);
    expect(evaluate(before).basis).toBe('e');
    const after = { answers: { ...before.answers, rolle: { value: 'kommunikasjon', justification: '' } } };
    expect(evaluate(after).basis).toBeNull();
    expect(evaluate({ answers: { ...after.answers, ...answersOf(F_ALL) } }).basis).toBe('f');
  });

  it('stopper bare på det blokkerende steget uten begrunnelse', () => {
    const q = QUESTION_BY_ID.get('tjenesteomrade')!;
    expect(stepError(q, {})).toContain('Velg ett av svarene');
    expect(stepError(q, answersOf([['tjenesteomrade', 'ja', ' ']]))).toContain('Skriv en begrunnelse');
    expect(stepError(q, answersOf([['tjenesteomrade', 'ja', 'Fordi …']]))).toBeNull();
    const f = QUESTION_BY_ID.get('f-interesse')!;
    expect(stepError(f, answersOf([['f-interesse', 'ja', '']]))).toBeNull();
  });

  it('rapporten er rene data med punkter, advarsler og artikler', () => {
    const report = legalBasisReport(with_(...F_ALL, ['malgruppe', 'ja', 'Barn og unge']));
    expect(Object.keys(report).sort()).toEqual(['basis', 'conclusion', 'points', 'todo', 'vulnerableGroups', 'warnings']);
    expect(report.basis).toBe('f');
    expect(report.vulnerableGroups).toBe(true);
    expect(report.points).toContainEqual({
      question: 'Vil kanalen rette seg mot eller nå sårbare grupper?',
      answer: 'Ja',
      justification: 'Barn og unge',
    });
    expect(report.warnings.every((w) => Object.keys(w).sort().join() === 'articles,text')).toBe(true);
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it.each([
    ['art. 6 nr. 3', 'gdpr/artikkel-6/'],
    ['art. 6 nr. 1 andre ledd', 'gdpr/artikkel-6/'],
    ['art. 44–49', 'gdpr/artikkel-44/'],
    ['art. 35', 'gdpr/artikkel-35/'],
    ['arkivlova', 'lover/arkivlova/'],
    ['offentleglova', 'lover/offentleglova/'],
    ['forvaltningsloven', 'lover/forvaltningsloven/'],
    ['ukjent lov', null],
  ])('kilden %s lenker til %s', (ref, path) => {
    expect(sourcePath(ref)).toBe(path);
  });

  it('setter sammen lenker under en underkatalog', () => {
    expect(withBase('/', 'gdpr/artikkel-6/')).toBe('/gdpr/artikkel-6/');
    expect(withBase('/personvern/some', 'lover/arkivlova/')).toBe('/personvern/some/lover/arkivlova/');
    expect(withBase('/personvern/some/', 'verktoy/risikovurdering/')).toBe('/personvern/some/verktoy/risikovurdering/');
  });

  it('hvert spørsmål har unike svar-id-er og bare kjente kilder', () => {
    for (const q of QUESTIONS) {
      expect(new Set(q.options.map((o) => o.id)).size).toBe(q.options.length);
      for (const s of q.sources) expect(sourcePath(s)).not.toBeNull();
      for (const c of q.when ?? []) expect(QUESTIONS.findIndex((x) => x.id === c.q)).toBeLessThan(QUESTIONS.indexOf(q));
    }
  });
});
