/**
 * The wording of the legal-basis helper's questions: what each question asks,
 * its help and option labels, and the sources it is about. The reasoning follows
 * chapters 1, 2, 5 and 6 of KS's guide and its front matter. The structure (ids,
 * options, conditions, justification rules) is in question-rules.ts; QUESTIONS
 * joins the two. Pure data: no DOM, no storage.
 */
import { RULES, type QuestionRule } from './question-rules';

/** A reference to a legal source, written the Norwegian way ("art. 6 nr. 3", "arkivlova"). */
export type SourceRef = string;

interface Option {
  id: string;
  label: string;
}

interface QuestionText {
  /** Short name, used in the progress list and the report. */
  short: string;
  /** The question itself (the legend of the radio group). */
  title: string;
  /** Plain-language explanation shown above the options. */
  help: string[];
  /** The label of each option, by option id (every id of the question's rule). */
  options: Record<string, string>;
  /** The label of the justification field. */
  justificationLabel: string;
  /** When set, the user cannot go on before a required justification is written; this says why. */
  blocking?: string;
  /** Aids shown with the question (e.g. the guide's balancing factors). */
  aids?: { heading: string; items: string[] };
  /** Legal sources the question is about; linked to the register. */
  sources: SourceRef[];
  /** A link to another tool, shown with the question. */
  toolLink?: { text: string; path: string };
}

export interface Question extends QuestionRule, Omit<QuestionText, 'options'> {
  options: Option[];
}

const YES_NO_LABELS = { ja: 'Ja', nei: 'Nei' };

/** The wording of each question, by question id (every id of RULES). */
export const QUESTION_TEXTS: Readonly<Record<string, QuestionText>> = {
  tjenesteomrade: {
    short: 'Tjenesteområde',
    title: 'Skal kanalen brukes i et tjenesteområde der innbyggerne trolig vil dele svært personlige opplysninger?',
    help: [
      'Veilederen nevner rusomsorg og barnevern som eksempler. KS fraråder sosiale medier i slike tjenesteområder, fordi risikoen er høy for at svært personlige opplysninger om innbyggerne blir delt.',
    ],
    options: { nei: 'Nei, ikke et slikt tjenesteområde', ja: 'Ja, et tjenesteområde der KS fraråder sosiale medier' },
    justificationLabel: 'Begrunnelse (påkrevd hvis dere vil fortsette i et tjenesteområde KS fraråder)',
    blocking: 'KS fraråder sosiale medier i dette tjenesteområdet. Skriv en begrunnelse hvis dere likevel vil fortsette.',
    sources: [],
  },
  bruk: {
    short: 'Hva kanalen skal brukes til',
    title: 'Hva skal kanalen brukes til?',
    help: [
      'Veilederen anbefaler sosiale medier bare for ren informasjonsvirksomhet, for eksempel informasjon om tjenester, arrangementer og frister. Den støtter ikke bruk som ligner saksbehandling eller dialog om enkeltsaker, og heller ikke debatt og meningsutveksling.',
    ],
    options: {
      informasjon: 'Ren informasjonsvirksomhet',
      saksbehandling: 'Noe som ligner saksbehandling eller dialog om enkeltsaker',
      debatt: 'Debatt og meningsutveksling',
    },
    justificationLabel: 'Beskriv kort hva kanalen skal brukes til (valgfritt)',
    sources: ['forvaltningsloven'],
  },
  malgruppe: {
    short: 'Sårbare grupper',
    title: 'Vil kanalen rette seg mot eller nå sårbare grupper?',
    help: [
      'Sårbare grupper er for eksempel barn og unge, pasienter, brukere av sosiale tjenester og asylsøkere. Strengere regler kan gjelde for kommunikasjon med dem, og de kan ha vanskeligere for å forstå hvordan plattformen behandler opplysningene deres.',
    ],
    options: YES_NO_LABELS,
    justificationLabel: 'Hvilke grupper, og hvorfor (valgfritt)',
    sources: [],
  },
  rolle: {
    short: 'Kommunens rolle',
    title: 'I hvilken rolle bruker kommunen kanalen?',
    help: [
      'Hvilket behandlingsgrunnlag som passer, avhenger av rollen. Grunnlaget må være på plass før behandlingen starter (art. 6 nr. 1).',
      'Det meste kommunen gjør, er utøvelse av offentlig myndighet, men ikke alt. Arbeidsgiverrollen er ett eksempel på en rolle som ikke er myndighetsutøvelse.',
    ],
    options: {
      myndighet: 'Som offentlig myndighet eller for å utføre en oppgave i allmennhetens interesse',
      kommunikasjon: 'Som del av kommunens kommunikasjonsstrategi, ikke som myndighetsutøvelse',
      arbeidsgiver: 'Som arbeidsgiver',
      usikker: 'Vi har ikke avklart rollen ennå',
    },
    justificationLabel: 'Begrunnelse for rollen (valgfritt)',
    sources: ['art. 6 nr. 1 bokstav e', 'art. 6 nr. 1 bokstav f'],
  },
  'f-oppgave': {
    short: 'Del av kommunens oppgaver?',
    title: 'Er denne kommunikasjonen en del av kommunens oppgaver?',
    help: [
      'Etter art. 6 nr. 1 andre ledd kan offentlige myndigheter ikke bygge på bokstav f for behandling de gjør når de utfører oppgavene sine. Det gjelder alle oppgavene, ikke bare myndighetsutøvelse.',
      "KS mener at valget av kommunikasjonsplattform følger av kommunikasjonsstrategien og ikke av myndighetsutøvelse, og at kommunen derfor kan bruke bokstav f. Dette er KS' syn, og det er omstridt: kommunen har plikt til å informere aktivt om sin egen virksomhet (kommuneloven § 4-1), og informasjon til innbyggerne kan da være en av kommunens oppgaver.",
      'Vil dere bygge på bokstav f, må dere begrunne skriftlig hvorfor nettopp denne kommunikasjonen ikke er en del av kommunens oppgaver. Ellers er veien bokstav e, med kommuneloven § 4-1 som mulig supplerende rettsgrunnlag. Dere må da selv vurdere om bestemmelsen dekker formålet og er klar nok.',
    ],
    options: {
      oppgave: 'Ja, den er en del av kommunens oppgaver. Vurder bokstav e, for eksempel med kommuneloven § 4-1',
      'ikke-oppgave': 'Nei, og vi begrunner skriftlig hvorfor den ikke er det',
    },
    justificationLabel: 'Hvorfor er denne kommunikasjonen ikke en del av kommunens oppgaver? (påkrevd for bokstav f)',
    blocking: 'Skriv hvorfor denne kommunikasjonen ikke er en del av kommunens oppgaver, eller velg bokstav e-veien.',
    sources: ['art. 6 nr. 1 andre ledd', 'art. 6 nr. 1 bokstav e', 'art. 6 nr. 1 bokstav f', 'kommuneloven'],
  },
  'e-nodvendig': {
    short: 'Nødvendig for oppgaven',
    title: 'Er behandlingen nødvendig for å utføre en oppgave i allmennhetens interesse eller for å utøve offentlig myndighet?',
    help: [
      'Det som er i allmennhetens interesse, er ikke nødvendigvis noe kommunen har plikt til å gjøre. Å kommunisere med innbyggerne i sosiale medier kan være i allmennhetens interesse.',
    ],
    options: YES_NO_LABELS,
    justificationLabel: 'Begrunnelse (påkrevd ved ja)',
    sources: ['art. 6 nr. 1 bokstav e'],
  },
  'e-supplerende': {
    short: 'Supplerende rettsgrunnlag',
    title: 'Har dere funnet et supplerende rettsgrunnlag i annen lov?',
    help: [
      'Det er ikke nok å vise til art. 6 nr. 1 bokstav e alene. Art. 6 nr. 3 krever et supplerende rettsgrunnlag i annen lov, og kommunen må finne det selv. Rettsgrunnlaget må være klart nok, og dere bør være forsiktige med å bygge bruk av sosiale medier på bokstav e.',
      'En mulig kandidat er kommuneloven § 4-1 om plikten til å informere aktivt om kommunens virksomhet. Skriv loven og paragrafen, og svar på om bestemmelsen dekker dette formålet og er klar og forutsigbar nok. Til dere har svart, står grunnlaget som ikke avklart.',
    ],
    options: { navngitt: 'Ja, vi har funnet et supplerende rettsgrunnlag', 'ikke-funnet': 'Nei, vi har ikke funnet noe' },
    justificationLabel: 'Merknad (valgfritt; loven, paragrafen og kontrollene fyller dere ut under)',
    sources: ['art. 6 nr. 3', 'kommuneloven'],
  },
  'f-interesse': {
    short: 'Berettiget interesse',
    title: 'Har kommunen en berettiget interesse i behandlingen?',
    help: [
      'Bokstav f har tre vilkår som alle må være oppfylt: en berettiget interesse, at behandlingen er nødvendig for å nå den, og at interessen veier tyngre enn de registrertes personvern. Begrunn hvert vilkår.',
    ],
    options: YES_NO_LABELS,
    justificationLabel: 'Begrunnelse (påkrevd ved ja)',
    aids: {
      heading: 'Dette kan inngå i kommunens interesse',
      items: [
        'Å nå innbyggerne med relevant informasjon.',
        'Å skape lokalt engasjement om tjenester og demokratiske prosesser.',
        'Informasjonsplikten går lenger enn å gjøre informasjon passivt tilgjengelig.',
      ],
    },
    sources: ['art. 6 nr. 1 bokstav f'],
  },
  'f-nodvendig': {
    short: 'Nødvendig for interessen',
    title: 'Er behandlingen nødvendig for å ivareta interessen?',
    help: ['Begrunn hvorfor kommunen trenger å behandle opplysningene i sosiale medier for å ivareta interessen.'],
    options: YES_NO_LABELS,
    justificationLabel: 'Begrunnelse (påkrevd ved ja)',
    aids: {
      heading: 'Dette kan inngå i vurderingen',
      items: [
        'Sosiale medier har en særlig evne til å skape engasjement og nå mange.',
        'Sosiale medier skal ikke være en eksklusiv kanal, men en del av en helhetlig kommunikasjonsstrategi.',
      ],
    },
    sources: ['art. 6 nr. 1 bokstav f'],
  },
  'f-avveiing': {
    short: 'Interesseavveining',
    title: 'Veier kommunens interesse tyngre enn de registrertes personvern?',
    help: [
      'Dette er interesseavveiningen. Datatilsynet har veiledning om hvilke momenter som inngår. Punktene under er momenter veilederen nevner.',
    ],
    options: YES_NO_LABELS,
    justificationLabel: 'Begrunnelse for avveiingen (påkrevd ved ja)',
    aids: {
      heading: 'Momenter i avveiingen',
      items: [
        'Interessen er å nå innbyggerne med relevant informasjon og skape lokalt engasjement om tjenester og demokratiske prosesser.',
        'Sosiale medier har en særlig evne til å skape engasjement og nå mange.',
        'Informasjonsplikten går lenger enn å gjøre informasjon passivt tilgjengelig.',
        'Kommunen skal legge til rette for lokaldemokrati og samfunnsengasjement med aktiv deltakelse.',
        'Sosiale medier skal ikke være en eksklusiv kanal, men en del av en helhetlig kommunikasjonsstrategi.',
        'Kommunen behandler ikke opplysningene for kommersielle formål.',
      ],
    },
    sources: ['art. 6 nr. 1 bokstav f'],
  },
  'f-barn': {
    short: 'Barn og sårbare grupper i avveiingen',
    title: 'Hvordan veier hensynet til barn og andre sårbare grupper i avveiingen?',
    help: [
      'Art. 6 nr. 1 bokstav f sier at de registrertes interesser veier særlig tungt når den registrerte er et barn. Dere har svart at kanalen kan nå barn eller andre sårbare grupper. Beskriv hvordan dere har vurdert dem særskilt: hvem de er, hva plattformen gjør med opplysningene deres, og hvorfor kommunens interesse likevel veier tyngst.',
    ],
    options: {
      vurdert: 'Vi har vurdert dem særskilt, og interessen veier likevel tyngst',
      'veier-ikke': 'Nei, hensynet til dem veier tyngst',
    },
    justificationLabel: 'Vurderingen av barn og sårbare grupper (påkrevd; et kort «ja» er ikke nok)',
    sources: ['art. 6 nr. 1 bokstav f'],
  },
  arkiv: {
    short: 'Arkiv og innsyn',
    title: 'Har enheten vurdert om og hvordan kommunikasjonen i kanalen skal arkiveres?',
    help: [
      'Alle kommunale enheter har arkivplikt, og arkivverdige dokumenter skal journalføres etter kommunens rutiner. Det som er journalført, er som utgangspunkt et offentlig saksdokument som det kan kreves innsyn i.',
    ],
    options: YES_NO_LABELS,
    justificationLabel: 'Hvordan arkiveres og journalføres kommunikasjonen (valgfritt)',
    sources: ['arkivlova', 'offentleglova'],
  },
  leverandor: {
    short: 'Hvor leverandøren er',
    title: 'Hvor behandler leverandøren av plattformen opplysningene?',
    help: [
      'De fleste leverandørene er utenlandske, ofte amerikanske eller kinesiske. Europakommisjonen har en liste over land utenfor EU/EØS som har et godkjent beskyttelsesnivå (adekvansbeslutning).',
    ],
    options: {
      eos: 'I EU/EØS',
      adekvat: 'Utenfor EU/EØS, i et land med adekvansbeslutning',
      tredjeland: 'Utenfor EU/EØS, i et land uten adekvansbeslutning',
      ukjent: 'Vi vet ikke ennå',
    },
    justificationLabel: 'Hvilket land, og hvor dere fant opplysningen (valgfritt)',
    sources: ['art. 44–49'],
  },
  overforingsgrunnlag: {
    short: 'Overføringsgrunnlag',
    title: 'Har dere et gyldig overføringsgrunnlag for overføringen?',
    help: [
      'Overføring til et land utenfor EU/EØS uten adekvansbeslutning krever et gyldig overføringsgrunnlag etter art. 44–49, i tillegg til behandlingsgrunnlaget.',
    ],
    options: { navngitt: 'Ja, vi har et overføringsgrunnlag', 'ikke-funnet': 'Nei, ikke ennå' },
    justificationLabel: 'Navngi overføringsgrunnlaget og bestemmelsen det bygger på',
    sources: ['art. 44–49'],
  },
  'felles-ansvar': {
    short: 'Felles behandlingsansvar',
    title: 'Er det på plass en ordning for det felles behandlingsansvaret med leverandøren?',
    help: [
      'Veilederen legger til grunn at kommunen og leverandøren er felles behandlingsansvarlige. Da skal de fastsette ansvarsfordelingen i en ordning (art. 26). Det er ingen formkrav til ordningen. Det viktigste er åpenhet: informasjon til de registrerte og innsyn.',
    ],
    options: { ja: 'Ja', nei: 'Nei', usikker: 'Vi vet ikke' },
    justificationLabel: 'Hvor ordningen finnes, eller hva dere vet (valgfritt)',
    sources: ['art. 26'],
  },
  informasjonsplikt: {
    short: 'Informasjon til innbyggerne',
    title: 'Har dere bestemt hvordan kommunen tar på seg mer av informasjonsplikten?',
    help: [
      'Det viktigste er at de registrerte får informasjonen de trenger, i en tilgjengelig og forståelig form, ikke hvem som gir den. KS anbefaler at kommunen tar mer ansvar enn sin del, for eksempel ved å forklare de problematiske sidene ved plattformens forretningsmodell og gi innbyggerne tips om hvordan de kan begrense profilering.',
    ],
    options: { ja: 'Ja, vi har bestemt det', nei: 'Nei, ikke ennå' },
    justificationLabel: 'Beskriv hva kommunen gjør (påkrevd ved ja)',
    sources: ['art. 26'],
  },
  dpia: {
    short: 'Personvernkonsekvensvurdering',
    title: 'Hvor langt har dere kommet med personvernkonsekvensvurderingen (DPIA)?',
    help: [
      'KS anbefaler at kommunen gjennomfører en personvernkonsekvensvurdering (art. 35), uansett hva svarene over peker mot. Risikovurderingen i dette verktøyet hjelper dere med den.',
    ],
    options: { gjennomfort: 'Gjennomført', pagar: 'Påbegynt', 'ikke-startet': 'Ikke startet' },
    justificationLabel: 'Merknad (valgfritt)',
    sources: ['art. 35'],
    toolLink: { text: 'Gå til risikovurderingen', path: 'verktoy/risikovurdering/' },
  },
};

/** The questions in order: each rule with its wording. */
export const QUESTIONS: readonly Question[] = RULES.map((rule) => {
  const text = QUESTION_TEXTS[rule.id];
  return { ...rule, ...text, options: rule.optionIds.map((id) => ({ id, label: text.options[id] })) };
});

export const QUESTION_BY_ID: ReadonlyMap<string, Question> = new Map(QUESTIONS.map((q) => [q.id, q]));
