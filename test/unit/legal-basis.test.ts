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
import { emptySupplementaryBasis, type SupplementaryBasis } from '../../src/lib/model/schema';

/** A justification that says something (five words or more). */
const J = 'Skriftlig begrunnelse med nok innhold her';
/** A bare «ja»: not blank, but not enough where a real assessment is asked for. */
const BARE = 'ja';
type Step = [questionId: string, value: string, justification?: string];
const answersOf = (steps: Step[]): Answers =>
  Object.fromEntries(steps.map(([q, value, justification = '']) => [q, { value, justification }]));

/** The supplementary legal basis variants a path through «navngitt» is tried with. */
const SUPP: Record<string, SupplementaryBasis> = {
  'vet ikke': { ...emptySupplementaryBasis(), act: 'vet ikke' },
  'kl § 4-1 kontrollert': {
    act: 'kommuneloven',
    section: '§ 4-1',
    coversPurpose: 'ja',
    clearAndForeseeable: 'ja',
    reasoning: 'Plikten til å informere aktivt dekker informasjon om tjenestene.',
  },
};

interface Path {
  steps: Step[];
  answers: Answers;
  supplementaryBasis: SupplementaryBasis;
  supp: string;
  /** Ended early on a blocking step whose required justification is missing. */
  stopped: boolean;
}

/**
 * Every path the graph allows: at each shown question every option, and where
 * the option needs a justification, both with and without one (and with a bare
 * «ja» where a real assessment is asked for). A blocking step without its
 * justification ends the path. A path that names a supplementary legal basis is
 * tried with each variant in SUPP.
 */
function allPaths(): Path[] {
  const out: Path[] = [];
  const finish = (steps: Step[], stopped: boolean) => {
    const answers = answersOf(steps);
    const variants =
      answers['e-supplerende']?.value === 'navngitt' && visibleQuestions(answers).some((q) => q.id === 'e-supplerende')
        ? Object.keys(SUPP)
        : ['tom'];
    for (const supp of variants) out.push({ steps, answers, stopped, supp, supplementaryBasis: SUPP[supp] ?? emptySupplementaryBasis() });
  };
  const walk = (index: number, steps: Step[]) => {
    const answers = answersOf(steps);
    if (index === QUESTIONS.length) {
      finish(steps, false);
      return;
    }
    const q = QUESTIONS[index];
    if (!visibleQuestions(answers).includes(q)) {
      walk(index + 1, steps);
      return;
    }
    for (const option of q.options) {
      const variants = !needsJustification(q, option.id)
        ? ['']
        : (q.substantiveFor ?? []).includes(option.id)
          ? q.blocking
            ? [J, BARE, '']
            : [J, BARE]
          : [J, ''];
      for (const justification of variants) {
        const next: Step[] = [...steps, [q.id, option.id, justification]];
        if (stepError(q, answersOf(next))) finish(next, true);
        else walk(index + 1, next);
      }
    }
  };
  walk(0, []);
  return out;
}

const paths = allPaths();
/** Answered `value`; with `justified`, also whether the justification is the full one (J). */
const has = (p: Path, q: string, value: string, justified?: boolean) => {
  const a = p.answers[q];
  if (!a || a.value !== value) return false;
  return justified === undefined || (a.justification === J) === justified;
};
const warningIds = (e: Evaluation) => e.warnings.map((w) => w.id);
const NONE_YET = 'Foreløpig er ikke noe behandlingsgrunnlag på plass.';

describe('behandlingsgrunnlag: alle stier gjennom spørsmålene', () => {
  it('finner alle stier grafen tillater', () => {
    // Bokstav e-grenen: e-nødvendig (ja+b, ja uten, nei); ved ja: supplerende (navngitt × 2 varianter, ikke funnet) → 3 + 3 + 1 = 7.
    // Bokstav f-grenen uten sårbare grupper: interesse, nødvendig, avveiing (ja+b, ja uten, nei) → 1 + 2 × (1 + 2 × 3) = 15.
    // Med sårbare grupper kommer «barn og sårbare grupper» (vurdert+b, vurdert med bare «ja», veier ikke) etter nødvendig:
    // avveiing 3 × 3 = 9 → nødvendig 2 × 9 + 1 = 19 → interesse 2 × 19 + 1 = 39.
    // Roller: myndighet (e) + kommunikasjon (oppgave → e; ikke oppgave + begrunnelse → f) + arbeidsgiver (f) + usikker.
    const roles = (f: number) => 7 + (7 + f) + f + 1;
    const rest = 2 * 6 * 3 * 3 * 3; // arkiv × leverandør × felles ansvar × informasjonsplikt × DPIA
    // tjenesteomrade (nei, ja+begrunnelse) × bruk 3 × (målgruppe nei + ja) × resten, pluss stiene som stopper:
    // tjenesteområde ja uten begrunnelse (1), og «ikke en del av oppgavene» med bare «ja» eller uten begrunnelse
    // (2 × 3 × 2 × 2 = 24).
    expect(paths.length).toBe(2 * 3 * (roles(15) + roles(39)) * rest + 1 + 24);
    expect(paths.filter((p) => p.stopped)).toHaveLength(25);
  });

  it('hver sti ender i et definert utfall som følger veilederen', () => {
    // Plain checks collected per path (150 000 expect-kall would be far too slow); one assertion at the end.
    const failures: string[] = [];
    const statuses = new Set<string>();
    for (const p of paths) {
      const e = evaluate({ answers: p.answers, supplementaryBasis: p.supplementaryBasis });
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
      // Art. 35 nr. 1 (high risk) triggers a DPIA; art. 26 does not. KS's recommendation is marked as KS's.
      check(e.warnings.find((w) => w.id === 'dpia')?.articles.join() === 'art. 35 nr. 1', 'DPIA-anbefaling');
      check(e.warnings.find((w) => w.id === 'dpia')?.marks?.join() === "KS' syn", "DPIA: KS' syn");
      check(e.warnings.find((w) => w.id === 'arkiv-innsyn')?.articles.join() === 'arkivlova,offentleglova', 'arkiv og innsyn');
      check(
        e.warnings.every((w) => w.articles.every((a) => sourcePath(a) !== null)),
        'ukjent kilde',
      );

      const ePath = has(p, 'rolle', 'myndighet') || (has(p, 'rolle', 'kommunikasjon') && has(p, 'f-oppgave', 'oppgave'));
      const fPath = has(p, 'rolle', 'arbeidsgiver') || (has(p, 'rolle', 'kommunikasjon') && has(p, 'f-oppgave', 'ikke-oppgave', true));
      const eAvailable =
        ePath && has(p, 'e-nodvendig', 'ja', true) && has(p, 'e-supplerende', 'navngitt') && p.supp === 'kl § 4-1 kontrollert';
      check((e.basis === 'e') === eAvailable, 'bokstav e');
      const fAvailable =
        fPath &&
        has(p, 'f-interesse', 'ja', true) &&
        has(p, 'f-nodvendig', 'ja', true) &&
        has(p, 'f-avveiing', 'ja', true) &&
        (has(p, 'malgruppe', 'nei') || has(p, 'f-barn', 'vurdert', true));
      check((e.basis === 'f') === fAvailable, 'bokstav f');
      if (has(p, 'e-nodvendig', 'ja', true) && has(p, 'e-supplerende', 'ikke-funnet')) {
        check(e.conclusion.includes('ikke tilgjengelig uten et supplerende rettsgrunnlag (art. 6 nr. 3)'), 'e uten supplerende');
      }
      // The supplementary basis is tested, not just named: «vet ikke» is never accepted.
      if (has(p, 'e-nodvendig', 'ja', true) && has(p, 'e-supplerende', 'navngitt') && p.supp === 'vet ikke') {
        check(e.supplementary.state === 'ikke-avklart' && e.conclusion.includes('Ikke avklart'), '«vet ikke» som supplerende grunnlag');
      }
      // Bokstav f through «kommunikasjonsstrategi» rests on KS's contested view, and says so.
      if (e.basis === 'f' && has(p, 'rolle', 'kommunikasjon'))
        check(e.marks.join() === "KS' syn,omstridt" && e.conclusion.includes('omstridt'), 'f via kommunikasjon merket');
      if (e.basis === 'f' && has(p, 'rolle', 'arbeidsgiver')) check(e.marks.length === 0, 'f som arbeidsgiver umerket');

      const advised = has(p, 'tjenesteomrade', 'ja');
      check(e.conclusion.startsWith('KS fraråder sosiale medier i dette tjenesteområdet') === advised, 'frarådet sagt rett ut');
      check(ids.includes('fraradet') === advised, 'frarådet-advarsel');
      if (p.stopped) {
        if (has(p, 'f-oppgave', 'ikke-oppgave')) {
          // «Not a task» without a real justification: no bokstav f, and the helper says why.
          check(
            e.status === 'ingen' && e.conclusion.includes('ikke er en del av kommunens oppgaver'),
            'stoppet uten begrunnelse for «ikke oppgave»',
          );
        } else check(e.status === 'stoppet', 'stoppet');
        continue;
      }
      check(ids.includes('saksbehandling') === has(p, 'bruk', 'saksbehandling'), 'saksbehandling');
      check(e.vulnerableGroups === has(p, 'malgruppe', 'ja'), 'sårbare grupper');
      check(e.todo.some((t) => t.includes('sårbare grupper')) === has(p, 'malgruppe', 'ja'), 'sårbare grupper til risiko');
      check(ids.includes('arbeidsgiver') === has(p, 'rolle', 'arbeidsgiver'), 'arbeidsgiverrollen');
      check(!(has(p, 'rolle', 'arbeidsgiver') && e.basis === 'e'), 'arbeidsgiver med bokstav e');
      check(ids.includes('f-unntak') === has(p, 'rolle', 'kommunikasjon'), 'andre ledd og KS-synet');
      check(ids.includes('e-rute') === has(p, 'rolle', 'kommunikasjon'), 'bokstav e-veien med kommuneloven § 4-1');
      check(
        e.warnings.find((w) => w.id === 'f-unntak')?.marks?.join() === (has(p, 'rolle', 'kommunikasjon') ? "KS' syn,omstridt" : undefined),
        'KS-synet merket omstridt',
      );
      check(ids.includes('e-supplerende') === ePath, 'forsiktighet med bokstav e');
      check(ids.includes('tredjeland') === has(p, 'leverandor', 'tredjeland'), 'tredjeland');
      check(ids.includes('felles-ansvar') === !has(p, 'felles-ansvar', 'ja'), 'art. 26-ordning');
      check(e.todo.some((t) => t.includes('art. 35')) === !has(p, 'dpia', 'gjennomfort'), 'DPIA som gjenstående');
    }
    expect(failures).toEqual([]);
    expect([...statuses].sort()).toEqual(['e', 'f', 'ingen', 'stoppet']);
  }, 300_000);
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
const KL_41 = SUPP['kl § 4-1 kontrollert'];
const withBasis = (b: SupplementaryBasis, ...steps: Step[]) => ({ ...with_(...steps), supplementaryBasis: b });
const F_ALL: Step[] = [
  ['rolle', 'kommunikasjon'],
  ['f-oppgave', 'ikke-oppgave', 'Kampanjen om sommerjobb er markedsføring, ikke en lovpålagt oppgave for kommunen.'],
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
    name: '(e) med kommuneloven § 4-1 og begge kontrollene besvart ja gir bokstav e',
    section: withBasis(KL_41, E_ROLE, E_NEED, ['e-supplerende', 'navngitt']),
    basis: 'e',
    conclusion: ['art. 6 nr. 1 bokstav e', 'kommuneloven § 4-1', 'dekker formålet og er klart og forutsigbart nok'],
    warnings: ['e-supplerende'],
    articles: ['art. 6 nr. 3'],
  },
  {
    name: '(e) med «vet ikke» som supplerende rettsgrunnlag: ikke avklart',
    section: withBasis({ ...KL_41, act: 'vet ikke', section: '' }, E_ROLE, E_NEED, ['e-supplerende', 'navngitt']),
    basis: null,
    conclusion: ['Ikke avklart', NONE_YET],
    todo: ['Fyll ut det supplerende rettsgrunnlaget (lov og paragraf)'],
  },
  {
    name: '(e) med lov og paragraf, men kontrollene ikke besvart: ikke avklart',
    section: withBasis({ ...KL_41, coversPurpose: null }, E_ROLE, E_NEED, ['e-supplerende', 'navngitt']),
    basis: null,
    conclusion: ['Ikke avklart: svar på om bestemmelsen dekker formålet', NONE_YET],
  },
  {
    name: '(e) når bestemmelsen ikke er klar nok: avvist',
    section: withBasis({ ...KL_41, clearAndForeseeable: 'nei' }, E_ROLE, E_NEED, ['e-supplerende', 'navngitt']),
    basis: null,
    conclusion: ['ikke er klar og forutsigbar nok', NONE_YET],
  },
  {
    name: "«kommunikasjonsstrategi» uten begrunnelse: KS' syn merket omstridt, bokstav e-veien vist, ingen bokstav f",
    section: with_(...F_ALL, ['f-oppgave', 'ikke-oppgave', 'ja']),
    basis: null,
    conclusion: ['ikke er en del av kommunens oppgaver (art. 6 nr. 1 andre ledd)', NONE_YET],
    warnings: ['f-unntak', 'e-rute'],
    articles: ['art. 6 nr. 1 andre ledd', 'kommuneloven', 'art. 6 nr. 3'],
  },
  {
    name: '«kommunikasjonsstrategi», men en del av oppgavene: bokstav e med kommuneloven § 4-1',
    section: withBasis(KL_41, ['rolle', 'kommunikasjon'], ['f-oppgave', 'oppgave'], E_NEED, ['e-supplerende', 'navngitt']),
    basis: 'e',
    conclusion: ['kommuneloven § 4-1'],
    warnings: ['e-rute', 'e-supplerende'],
  },
  {
    name: '(e) uten supplerende rettsgrunnlag: bokstav e er ikke tilgjengelig, ingenting ennå',
    section: with_(E_ROLE, E_NEED, ['e-supplerende', 'ikke-funnet']),
    basis: null,
    conclusion: ['ikke tilgjengelig uten et supplerende rettsgrunnlag (art. 6 nr. 3)', NONE_YET],
    todo: ['Finn et supplerende rettsgrunnlag i annen lov (art. 6 nr. 3)'],
  },
  {
    name: '(e) med «funnet» men uten lov og paragraf: ikke avklart',
    section: with_(E_ROLE, E_NEED, ['e-supplerende', 'navngitt', 'Lov om … § …']),
    basis: null,
    conclusion: ['Ikke avklart: Skriv loven og paragrafen', NONE_YET],
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
    conclusion: ['art. 6 nr. 1 bokstav f', "KS' syn", 'omstridt'],
    warnings: ['f-unntak'],
    articles: ['art. 6 nr. 1 andre ledd'],
  },
  {
    name: '(f) med ett vilkår uten begrunnelse',
    section: with_(...F_ALL, ['f-nodvendig', 'ja', '']),
    basis: null,
    conclusion: ['før alle vilkårene er besvart med ja og begrunnet', NONE_YET],
    todo: ['Skriv begrunnelsen for «Nødvendig for interessen».'],
  },
  {
    name: '(f) der avveiingen faller ut mot kommunen',
    section: with_(...F_ALL, ['f-avveiing', 'nei']),
    basis: null,
    conclusion: ['«Interesseavveining» er ikke oppfylt', NONE_YET],
  },
  {
    name: 'arbeidsgiverrollen: bokstav b eller c som regel, bokstav f prøves',
    section: with_(['rolle', 'arbeidsgiver'], ...F_ALL.slice(2)),
    basis: 'f',
    conclusion: ['bokstav f'],
    warnings: ['arbeidsgiver'],
    articles: ['art. 6 nr. 1 bokstav b', 'art. 6 nr. 1 bokstav c'],
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
    name: 'sårbare grupper flagges, føres videre til risikovurderingen og vurderes særskilt i avveiingen',
    section: with_(['malgruppe', 'ja', 'Barn og unge'], ...F_ALL, [
      'f-barn',
      'vurdert',
      'Ungdom over 13 år; vi legger ikke ut bilder av barn og slår av meldinger.',
    ]),
    basis: 'f',
    conclusion: ['bokstav f'],
    warnings: ['sarbare'],
    todo: ['sårbare grupper, i risikovurderingen'],
  },
  {
    name: 'barn i avveiingen: et bart «ja» er ikke nok',
    section: with_(['malgruppe', 'ja', 'Barn og unge'], ...F_ALL, ['f-barn', 'vurdert', 'ja']),
    basis: null,
    conclusion: ['også vurderingen av barn og sårbare grupper', NONE_YET],
    todo: ['et kort «ja» er ikke nok'],
  },
  {
    name: 'barn i avveiingen: spørsmålet kommer ikke uten sårbare grupper',
    section: with_(...F_ALL, ['f-barn', 'veier-ikke']),
    basis: 'f',
    conclusion: ['bokstav f'],
  },
  {
    name: 'leverandør i tredjeland uten adekvansbeslutning',
    section: with_(...F_ALL, ['leverandor', 'tredjeland'], ['overforingsgrunnlag', 'ikke-funnet']),
    basis: 'f',
    conclusion: ['mangler i tillegg et gyldig overføringsgrunnlag (art. 44–49)'],
    warnings: ['tredjeland'],
    articles: ['art. 44–49'],
    todo: [
      'Finn et gyldig overføringsgrunnlag (art. 44–49).',
      'lover eller praksis i mottakerlandet',
      'supplerende tiltakene og garantiene',
    ],
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
    articles: ['art. 35 nr. 1'],
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
    for (const t of c.todo ?? [])
      expect(
        e.todo.some((x) => x.includes(t)),
        `${t} i ${JSON.stringify(e.todo)}`,
      ).toBe(true);
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
    const before = withBasis(KL_41, E_ROLE, E_NEED, ['e-supplerende', 'navngitt']);
    expect(evaluate(before).basis).toBe('e');
    const after = { ...before, answers: { ...before.answers, rolle: { value: 'kommunikasjon', justification: '' } } };
    expect(evaluate(after).basis).toBeNull();
    expect(evaluate({ ...after, answers: { ...after.answers, ...answersOf(F_ALL) } }).basis).toBe('f');
  });

  it('«helse- og sosialtjenester» står ikke blant områdene KS fraråder; veilederens eksempler gjør', () => {
    const help = QUESTION_BY_ID.get('tjenesteomrade')!.help.join(' ');
    expect(help).not.toMatch(/helse- og sosialtjenester/);
    expect(help).toMatch(/rusomsorg og barnevern/);
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
    const report = legalBasisReport(
      with_(...F_ALL, ['malgruppe', 'ja', 'Barn og unge'], ['f-barn', 'vurdert', 'Vi har vurdert barn under 13 år særskilt.']),
    );
    expect(Object.keys(report).sort()).toEqual([
      'basis',
      'conclusion',
      'marks',
      'points',
      'supplementary',
      'todo',
      'vulnerableGroups',
      'warnings',
    ]);
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
