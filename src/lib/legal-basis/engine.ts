/**
 * The reasoning of the legal-basis helper: which questions are shown for a set
 * of answers, whether a step may be left, and the outcome the answers point to
 * (basis, conclusion, warnings with the sources they cite, what must still be
 * documented). Pure functions over the assessment's `legalBasis` section.
 */
import { pathWithBase } from '../paths';
import type { LegalBasisSection } from '../model/schema';
import { ART35_TRIGGER, KS_DPIA_VIEW } from '../decisions/texts';
import { QUESTIONS, QUESTION_BY_ID, type Question, type SourceRef } from './questions';
import { recogniseProvision } from './provision';

type Basis = 'e' | 'f';
export type Answers = LegalBasisSection['answers'];
export type Answer = Answers[string];

/** How sure a statement is: whose view it is, and whether it is contested. */
type Mark = "KS' syn" | 'omstridt' | 'Datatilsynet har uttalt';

interface Warning {
  id: string;
  /** The question whose step shows this warning. */
  question: string;
  text: string;
  articles: SourceRef[];
  /** Whose view this is and whether it is contested; none means the rule of law itself. */
  marks?: readonly Mark[];
}

/** Where the supplementary legal basis for bokstav e stands (art. 6 nr. 3). */
export interface SupplementaryCheck {
  state: 'ikke-relevant' | 'ikke-avklart' | 'avklart' | 'avvist';
  /** «Ikke avklart: …», «Avklart: kommuneloven § 4-1 …». */
  text: string;
}

/**
 * - `stoppet`: the service area is one KS advises against, and no justification is written.
 * - `ufullstendig`: the questions that decide the basis are not all answered.
 * - `e` / `f`: the answers point to that basis.
 * - `ingen`: the answers are given, but no basis is available (yet).
 */
type Status = 'stoppet' | 'ufullstendig' | 'e' | 'f' | 'ingen';

export interface Evaluation {
  status: Status;
  basis: Basis | null;
  conclusion: string;
  warnings: Warning[];
  todo: string[];
  vulnerableGroups: boolean;
  points: { question: string; answer: string; justification: string }[];
  /** Every shown question has an answer. */
  complete: boolean;
  /** How sure the conclusion is: whose view it rests on, and whether that is contested. */
  marks: Mark[];
  /** The supplementary legal basis for bokstav e and its checks. */
  supplementary: SupplementaryCheck;
}

const blank = (s: string | undefined) => !s || s.trim() === '';

/** The answer to a question, or undefined when none is given or the value is not one of its options. */
export function answerOf(answers: Answers, questionId: string): Answer | undefined {
  const q = QUESTION_BY_ID.get(questionId);
  const a = answers[questionId];
  if (!q || !a || !q.options.some((o) => o.id === a.value)) return undefined;
  return a;
}

const valueOf = (answers: Answers, questionId: string) => answerOf(answers, questionId)?.value;

/** Whether the question is shown for these answers. */
export function isVisible(q: Question, answers: Answers): boolean {
  const holds = (c: { q: string; in: string[] }) => {
    const value = valueOf(answers, c.q);
    return value !== undefined && c.in.includes(value);
  };
  return (q.when ?? []).every(holds) && (!q.whenAny || q.whenAny.some((group) => group.every(holds)));
}

/**
 * Whether a written justification says something: at least five words. A bare
 * «ja», «ok» or «se over» does not count where the question asks for a real
 * assessment (the balancing test for children, why communication is not a task).
 */
function isSubstantive(text: string | undefined): boolean {
  return (text ?? '').split(/[^\p{L}\p{N}§-]+/u).filter((w) => w.length > 0).length >= 5;
}

/** Whether the written justification is enough for the chosen option. */
function justificationOk(q: Question, a: Answer): boolean {
  if (!needsJustification(q, a.value)) return true;
  return (q.substantiveFor ?? []).includes(a.value) ? isSubstantive(a.justification) : !blank(a.justification);
}

/** The questions shown for these answers, in order. */
export function visibleQuestions(answers: Answers): Question[] {
  return QUESTIONS.filter((q) => isVisible(q, answers));
}

/** Whether the chosen option needs a written justification for the answer to count. */
export function needsJustification(q: Question, value: string | undefined): boolean {
  return value !== undefined && (q.justificationRequiredFor ?? []).includes(value);
}

/** Answered, and justified where the chosen option requires it. */
export function isComplete(q: Question, answers: Answers): boolean {
  const a = answerOf(answers, q.id);
  return a !== undefined && justificationOk(q, a);
}

/**
 * Why the user cannot leave this step yet, or null when they can. A step needs
 * an answer; a blocking step also needs its required justification.
 */
export function stepError(q: Question, answers: Answers): string | null {
  const a = answerOf(answers, q.id);
  if (!a) return 'Velg ett av svarene før du går videre.';
  if (q.blocking && !justificationOk(q, a)) return q.blocking;
  return null;
}

/** The label of the chosen option. */
export function optionLabel(q: Question, value: string): string {
  return q.options.find((o) => o.id === value)?.label ?? '';
}

const ALWAYS: Warning[] = [
  {
    id: 'arkiv-innsyn',
    question: 'arkiv',
    text:
      'Alle kommunale enheter har arkivplikt. Arkivverdige dokumenter skal journalføres etter kommunens rutiner, og hver enhet må vurdere om og hvordan kommunikasjonen i sosiale medier skal arkiveres. Det som er journalført, er som utgangspunkt et offentlig saksdokument som det kan kreves innsyn i.',
    articles: ['arkivlova', 'offentleglova'],
  },
  {
    id: 'dpia',
    question: 'dpia',
    text:
      `${ART35_TRIGGER} ${KS_DPIA_VIEW}`,
    articles: ['art. 35 nr. 1'],
    marks: ["KS' syn"],
  },
];

const W = {
  fraradet: {
    id: 'fraradet',
    question: 'tjenesteomrade',
    text:
      'KS fraråder sosiale medier i tjenesteområder der risikoen er høy for at svært personlige opplysninger om innbyggerne blir delt, for eksempel rusomsorg og barnevern. Vil dere likevel fortsette, må dere begrunne det skriftlig.',
    articles: [],
    marks: ["KS' syn"],
  },
  saksbehandling: {
    id: 'saksbehandling',
    question: 'bruk',
    text:
      'Veilederen støtter ikke bruk av sosiale medier til noe som ligner saksbehandling eller dialog om enkeltsaker. Sosiale medier bør bare brukes til ren informasjonsvirksomhet. Blir kommunikasjonen saksbehandling, gjelder reglene i forvaltningsloven.',
    articles: ['forvaltningsloven'],
  },
  debatt: {
    id: 'debatt',
    question: 'bruk',
    text:
      'Veilederen anbefaler sosiale medier bare for ren informasjonsvirksomhet, ikke for debatt og meningsutveksling. Vær svært forsiktige hvis det som kommuniseres, ikke kan regnes som ren informasjonsvirksomhet.',
    articles: [],
  },
  sarbare: {
    id: 'sarbare',
    question: 'malgruppe',
    text:
      'Kanalen kan nå sårbare grupper. Strengere regler kan gjelde for kommunikasjon med dem. Ta dette med i risikovurderingen. Bygger dere på bokstav f, veier barns interesser særlig tungt i avveiingen (art. 6 nr. 1 bokstav f).',
    articles: ['art. 6 nr. 1 bokstav f'],
  },
  eForsiktig: {
    id: 'e-supplerende',
    question: 'e-supplerende',
    text:
      'Bokstav e alene er ikke nok: art. 6 nr. 3 krever et supplerende rettsgrunnlag i annen lov, og det må være klart nok. Vær forsiktige med å bygge bruk av sosiale medier på bokstav e.',
    articles: ['art. 6 nr. 1 bokstav e', 'art. 6 nr. 3'],
  },
  fUnntak: {
    id: 'f-unntak',
    question: 'f-oppgave',
    text:
      'KS mener at valget av kommunikasjonsplattform følger av kommunikasjonsstrategien og ikke av myndighetsutøvelse, slik at kommunen kan bygge på en interesseavveiing etter bokstav f. Dette er omstridt. Loven (art. 6 nr. 1 andre ledd) stenger bokstav f for offentlige myndigheter når de utfører oppgavene sine, og det er videre enn myndighetsutøvelse. Bokstav f kan derfor bare brukes for kommunikasjon dere skriftlig har begrunnet at ikke er en del av kommunens oppgaver.',
    articles: ['art. 6 nr. 1 andre ledd', 'art. 6 nr. 1 bokstav f'],
    marks: ["KS' syn", 'omstridt'],
  },
  eRute: {
    id: 'e-rute',
    question: 'f-oppgave',
    text:
      'Er kommunikasjonen en del av kommunens oppgaver, er veien bokstav e. Kommuneloven § 4-1 (plikten til å informere aktivt om kommunens virksomhet) er en mulig kandidat som supplerende rettsgrunnlag. Kommunen må selv vurdere om bestemmelsen dekker formålet og er klar og forutsigbar nok (art. 6 nr. 3).',
    articles: ['art. 6 nr. 1 bokstav e', 'art. 6 nr. 3', 'kommuneloven'],
  },
  arbeidsgiver: {
    id: 'arbeidsgiver',
    question: 'rolle',
    text:
      'Behandling kommunen gjør som arbeidsgiver, bygger som regel på bokstav b (for å oppfylle arbeidsavtalen) eller bokstav c (for å oppfylle en rettslig forpliktelse). Veiviseren prøver bokstav f for bruk av sosiale medier som ikke følger av arbeidsavtalen eller en lovpålagt plikt. Vurder først om bokstav b eller c dekker behandlingen.',
    articles: ['art. 6 nr. 1 bokstav b', 'art. 6 nr. 1 bokstav c', 'art. 6 nr. 1 bokstav f'],
  },
  tredjeland: {
    id: 'tredjeland',
    question: 'leverandor',
    text:
      'Leverandøren behandler opplysningene i et land utenfor EU/EØS uten adekvansbeslutning. I tillegg til behandlingsgrunnlaget trengs et gyldig overføringsgrunnlag. Kommunen bør også sikre at lover eller praksis i mottakerlandet ikke svekker vernet, og det kreves supplerende tiltak og garantier som sikrer et vern på EU/EØS-nivå. Har landet regler som åpner for behandling de registrerte vanskelig kan forutse, trengs i tillegg en egen forholdsmessighetsvurdering.',
    articles: ['art. 44–49'],
  },
  leverandorUkjent: {
    id: 'leverandor-ukjent',
    question: 'leverandor',
    text:
      'Dere vet ikke hvor leverandøren behandler opplysningene. Behandles de i et land utenfor EU/EØS uten adekvansbeslutning, trengs et overføringsgrunnlag i tillegg til behandlingsgrunnlaget.',
    articles: ['art. 44–49'],
  },
  fellesAnsvar: {
    id: 'felles-ansvar',
    question: 'felles-ansvar',
    text:
      'Som felles behandlingsansvarlige skal kommunen og leverandøren fastsette ansvarsfordelingen i en ordning. Begge har et overordnet ansvar selv om ansvaret er fordelt. KS anbefaler at kommunen tar mer ansvar enn sin del, særlig for informasjonen til innbyggerne.',
    articles: ['art. 26'],
  },
} satisfies Record<string, Warning>;

const NONE_YET = 'Foreløpig er ikke noe behandlingsgrunnlag på plass.';

/** The outcome the answers point to. Answers to questions that are not shown are ignored. */
/** The section as stored; `supplementaryBasis` may be left out (then nothing is filled in). */
export type SectionInput = Pick<LegalBasisSection, 'answers'> & Partial<Pick<LegalBasisSection, 'supplementaryBasis'>>;

export function evaluate(section: SectionInput): Evaluation {
  const answers = section.answers;
  const visible = visibleQuestions(answers);
  const get = (id: string) => (visible.some((q) => q.id === id) ? answerOf(answers, id) : undefined);
  const val = (id: string) => get(id)?.value;
  const justified = (id: string) => !blank(get(id)?.justification);
  const q = (id: string) => QUESTION_BY_ID.get(id)!;

  const points = visible.flatMap((question) => {
    const a = get(question.id);
    return a ? [{ question: question.title, answer: optionLabel(question, a.value), justification: a.justification.trim() }] : [];
  });
  const complete = visible.every((question) => get(question.id) !== undefined);
  const vulnerableGroups = val('malgruppe') === 'ja';
  const warnings: Warning[] = [];
  const todo: string[] = [];

  // The service area: KS advises against; continuing needs a written justification.
  if (val('tjenesteomrade') === 'ja') {
    warnings.push(W.fraradet);
    if (!justified('tjenesteomrade')) {
      return {
        status: 'stoppet',
        basis: null,
        conclusion: `KS fraråder sosiale medier i dette tjenesteområdet. Dere kan bare fortsette vurderingen hvis dere skriver en begrunnelse. ${NONE_YET}`,
        warnings: [...warnings, ...ALWAYS],
        todo: ['Skriv en begrunnelse for å bruke sosiale medier i et tjenesteområde KS fraråder, eller la være å bruke kanalen.'],
        vulnerableGroups,
        points,
        complete: false,
        marks: ["KS' syn"],
        supplementary: { state: 'ikke-relevant', text: '' },
      };
    }
  }

  // Generic gaps: unanswered questions and missing required justifications.
  for (const question of visible) {
    const a = get(question.id);
    if (!a) todo.push(`Svar på spørsmålet «${question.short}».`);
    else if (!justificationOk(question, a)) todo.push(`Skriv begrunnelsen for «${question.short}»${(question.substantiveFor ?? []).includes(a.value) ? ' (et kort «ja» er ikke nok)' : ''}.`);
  }

  if (val('bruk') === 'saksbehandling') warnings.push(W.saksbehandling);
  if (val('bruk') === 'debatt') warnings.push(W.debatt);
  if (vulnerableGroups) {
    warnings.push(W.sarbare);
    todo.push('Ta med at kanalen kan nå sårbare grupper, i risikovurderingen.');
  }

  // The role decides which basis can apply.
  let status: Status = 'ufullstendig';
  let basis: Basis | null = null;
  const marks: Mark[] = [];
  let supplementary: SupplementaryCheck = { state: 'ikke-relevant', text: '' };
  let conclusion = `Ikke noe behandlingsgrunnlag er tilgjengelig ennå. Svar på spørsmålene om kommunens rolle og vilkårene for grunnlaget.`;
  const role = val('rolle');
  const task = val('f-oppgave');
  const ePath = role === 'myndighet' || (role === 'kommunikasjon' && task === 'oppgave');
  const fPath = role === 'arbeidsgiver' || (role === 'kommunikasjon' && task === 'ikke-oppgave' && isComplete(q('f-oppgave'), answers));
  if (role === 'kommunikasjon') {
    warnings.push(W.fUnntak, W.eRute);
    if (task === 'ikke-oppgave' && !isComplete(q('f-oppgave'), answers)) {
      status = 'ingen';
      conclusion = `Bokstav f er ikke tilgjengelig før dere har begrunnet skriftlig hvorfor denne kommunikasjonen ikke er en del av kommunens oppgaver (art. 6 nr. 1 andre ledd). ${NONE_YET}`;
      todo.push('Begrunn hvorfor kommunikasjonen ikke er en del av kommunens oppgaver, eller bruk bokstav e-veien.');
    }
  }
  if (role === 'usikker') {
    status = 'ingen';
    conclusion = `Kommunens rolle er ikke avklart, og behandlingsgrunnlaget avhenger av rollen. ${NONE_YET}`;
    todo.push('Avklar i hvilken rolle kommunen bruker kanalen.');
  } else if (ePath) {
    warnings.push(W.eForsiktig);
    const necessary = val('e-nodvendig');
    const found = val('e-supplerende');
    if (necessary === 'nei') {
      status = 'ingen';
      conclusion = `Dere har svart at behandlingen ikke er nødvendig for en oppgave i allmennhetens interesse eller for myndighetsutøvelse. Da kan bokstav e ikke brukes. ${NONE_YET}`;
      todo.push('Avklar kommunens rolle og formålet med kanalen på nytt før dere velger behandlingsgrunnlag.');
    } else if (necessary === 'ja' && !justified('e-nodvendig')) {
      status = 'ingen';
      conclusion = `Bokstav e er ikke tilgjengelig før dere har begrunnet at behandlingen er nødvendig for oppgaven. ${NONE_YET}`;
    } else if (necessary === 'ja' && found === 'ikke-funnet') {
      status = 'ingen';
      supplementary = { state: 'ikke-avklart', text: 'Ikke avklart: dere har ikke funnet et supplerende rettsgrunnlag.' };
      conclusion = `Bokstav e er ikke tilgjengelig uten et supplerende rettsgrunnlag (art. 6 nr. 3). ${NONE_YET}`;
      todo.push('Finn et supplerende rettsgrunnlag i annen lov (art. 6 nr. 3), eller vurder rollen på nytt.');
    } else if (necessary === 'ja' && found === 'navngitt') {
      supplementary = checkSupplementary(section.supplementaryBasis);
      if (supplementary.state === 'avklart') {
        status = 'e';
        basis = 'e';
        conclusion = `Svarene peker mot art. 6 nr. 1 bokstav e (oppgave i allmennhetens interesse eller utøvelse av offentlig myndighet), sammen med det supplerende rettsgrunnlaget ${provisionText(section.supplementaryBasis)}, som dere har vurdert at dekker formålet og er klart og forutsigbart nok.`;
      } else {
        status = 'ingen';
        conclusion = `Bokstav e er ikke tilgjengelig ennå. ${supplementary.text} ${NONE_YET}`;
        todo.push('Fyll ut det supplerende rettsgrunnlaget (lov og paragraf) og svar på om det dekker formålet og er klart og forutsigbart nok (art. 6 nr. 3).');
      }
    }
  } else if (fPath) {
    if (role === 'arbeidsgiver') warnings.push(W.arbeidsgiver);
    const conditions = ['f-interesse', 'f-nodvendig', 'f-avveiing', ...(visible.some((x) => x.id === 'f-barn') ? ['f-barn'] : [])];
    const failed = conditions.find((id) => val(id) === 'nei' || val(id) === 'veier-ikke');
    const answeredAll = conditions.every((id) => val(id) !== undefined);
    const okAll = conditions.every((id) => get(id) !== undefined && isComplete(q(id), answers));
    if (failed) {
      status = 'ingen';
      conclusion = `Vilkåret «${q(failed).short}» er ikke oppfylt, og alle vilkårene må være oppfylt. Da kan bokstav f ikke brukes. ${NONE_YET}`;
    } else if (answeredAll && okAll) {
      status = 'f';
      basis = 'f';
      conclusion =
        'Svarene peker mot art. 6 nr. 1 bokstav f (berettiget interesse): vilkårene er besvart med ja og begrunnet.';
      if (role === 'kommunikasjon') {
        marks.push("KS' syn", 'omstridt');
        conclusion +=
          ' Dette bygger på KS\' syn at kommunikasjonen ikke er en del av kommunens oppgaver, og det synet er omstridt. Begrunnelsen dere har skrevet, må holde.';
      }
    } else if (answeredAll || conditions.some((id) => get(id) !== undefined && !isComplete(q(id), answers))) {
      status = 'ingen';
      conclusion = `Bokstav f er ikke tilgjengelig før alle vilkårene er besvart med ja og begrunnet${conditions.includes('f-barn') ? ', også vurderingen av barn og sårbare grupper' : ''}. ${NONE_YET}`;
    }
  }

  if (val('tjenesteomrade') === 'ja') {
    conclusion = `KS fraråder sosiale medier i dette tjenesteområdet; dere har begrunnet skriftlig hvorfor dere likevel fortsetter. ${conclusion}`;
  }
  if (val('bruk') === 'saksbehandling') {
    conclusion += ' Merk at veilederen ikke støtter bruk som ligner saksbehandling.';
  } else if (val('bruk') === 'debatt') {
    conclusion += ' Merk at veilederen anbefaler sosiale medier bare for ren informasjonsvirksomhet.';
  }

  if (val('arkiv') === 'nei') todo.push('Vurder om og hvordan kommunikasjonen i kanalen skal arkiveres og journalføres.');

  const provider = val('leverandor');
  if (provider === 'tredjeland') {
    warnings.push(W.tredjeland);
    if (val('overforingsgrunnlag') === 'ikke-funnet') todo.push('Finn et gyldig overføringsgrunnlag (art. 44–49).');
    todo.push('Vurder om lover eller praksis i mottakerlandet svekker vernet i praksis, og om det trengs en egen forholdsmessighetsvurdering.');
    todo.push('Beskriv de supplerende tiltakene og garantiene som skal sikre et vern på EU/EØS-nivå.');
    if (!(val('overforingsgrunnlag') === 'navngitt' && justified('overforingsgrunnlag'))) {
      conclusion += ' Overføringen ut av EU/EØS mangler i tillegg et gyldig overføringsgrunnlag (art. 44–49).';
    }
  } else if (provider === 'ukjent') {
    warnings.push(W.leverandorUkjent);
    todo.push('Finn ut hvor leverandøren behandler opplysningene, og om landet har adekvansbeslutning.');
  }

  const joint = val('felles-ansvar');
  if (joint === 'nei' || joint === 'usikker') {
    warnings.push(W.fellesAnsvar);
    todo.push(
      joint === 'nei'
        ? 'Få på plass en ordning for felles behandlingsansvar med leverandøren (art. 26).'
        : 'Finn ut om det finnes en ordning for felles behandlingsansvar med leverandøren (art. 26).',
    );
  }
  if (val('informasjonsplikt') === 'nei') todo.push('Bestem hvordan kommunen tar på seg mer av informasjonsplikten overfor innbyggerne.');

  const dpia = val('dpia');
  if (dpia !== 'gjennomfort') todo.push('Gjennomfør personvernkonsekvensvurderingen (art. 35); bruk risikovurderingen.');

  return {
    status,
    basis,
    conclusion,
    warnings: [...warnings, ...ALWAYS],
    todo,
    vulnerableGroups,
    points,
    complete,
    marks,
    supplementary,
  };
}

/** «kommuneloven § 4-1», or '' when nothing is written. */
function provisionText(b: SectionInput['supplementaryBasis']): string {
  return `${b?.act.trim() ?? ''} ${b?.section.trim() ?? ''}`.trim();
}

/**
 * The supplementary legal basis tested, not just named (art. 6 nr. 3): a
 * recognisable act and section, and both checks answered «ja».
 */
export function checkSupplementary(b: SectionInput['supplementaryBasis']): SupplementaryCheck {
  const recognised = recogniseProvision(provisionText(b));
  if (!recognised.ok) return { state: 'ikke-avklart', text: `Ikke avklart: ${recognised.reason}` };
  const name = `${recognised.act} ${recognised.section}`;
  if (b!.coversPurpose === 'nei') return { state: 'avvist', text: `Dere har svart at ${name} ikke dekker formålet. Da kan den ikke være supplerende rettsgrunnlag.` };
  if (b!.clearAndForeseeable === 'nei') return { state: 'avvist', text: `Dere har svart at ${name} ikke er klar og forutsigbar nok. Da kan den ikke være supplerende rettsgrunnlag.` };
  const open = [
    b!.coversPurpose !== 'ja' ? 'om bestemmelsen dekker formålet' : null,
    b!.clearAndForeseeable !== 'ja' ? 'om den er klar og forutsigbar nok' : null,
  ].filter(Boolean);
  if (open.length > 0) return { state: 'ikke-avklart', text: `Ikke avklart: svar på ${open.join(' og ')} (${name}).` };
  if (blank(b!.reasoning)) return { state: 'ikke-avklart', text: `Ikke avklart: skriv kort hvorfor ${name} dekker formålet og er klar nok.` };
  return { state: 'avklart', text: `Avklart: ${name} dekker formålet og er klar og forutsigbar nok, etter kommunens egen vurdering.` };
}

/** Plain data for the report and the exports. */
export interface LegalBasisReport {
  conclusion: string;
  basis: Basis | null;
  points: { question: string; answer: string; justification: string }[];
  warnings: { text: string; articles: string[] }[];
  todo: string[];
  vulnerableGroups: boolean;
  marks: Mark[];
  supplementary: SupplementaryCheck;
}

export function legalBasisReport(section: SectionInput): LegalBasisReport {
  const e = evaluate(section);
  return {
    conclusion: e.conclusion,
    basis: e.basis,
    points: e.points,
    warnings: e.warnings.map((w) => ({ text: w.marks?.length ? `(${w.marks.join(', ')}) ${w.text}` : w.text, articles: [...w.articles] })),
    todo: e.todo,
    vulnerableGroups: e.vulnerableGroups,
    marks: e.marks,
    supplementary: e.supplementary,
  };
}

const LAWS = new Set(['arkivlova', 'offentleglova', 'forvaltningsloven', 'personopplysningsloven', 'kommuneloven']);

/**
 * The register page of a source, relative to the site's base: "art. 6 nr. 3" →
 * "gdpr/artikkel-6/", "art. 44–49" → "gdpr/artikkel-44/", "arkivlova" → "lover/arkivlova/".
 */
export function sourcePath(ref: SourceRef): string | null {
  const article = /^art\.\s*(\d+)/.exec(ref);
  if (article) return `gdpr/artikkel-${article[1]}/`;
  return LAWS.has(ref) ? `lover/${ref}/` : null;
}

/** Joins the site's base (with or without a trailing slash) and a relative path (src/lib/paths.ts). */
export const withBase = (base: string, path: string): string => pathWithBase(path, base);
