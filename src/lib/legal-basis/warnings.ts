/**
 * The warnings of the legal-basis helper, as data: the prose, the sources it
 * cites, and whose view it is. evaluate() picks them by the answers.
 */
import { ART35_TRIGGER, KS_DPIA_VIEW } from '../decisions/texts';
import type { SourceRef } from './questions';

/** How sure a statement is: whose view it is, and whether it is contested. */
export type Mark = "KS' syn" | 'omstridt' | 'Datatilsynet har uttalt';

export interface Warning {
  id: string;
  /** The question whose step shows this warning. */
  question: string;
  text: string;
  articles: SourceRef[];
  /** Whose view this is and whether it is contested; none means the rule of law itself. */
  marks?: readonly Mark[];
}

/** Shown for every set of answers. */
export const ALWAYS: Warning[] = [
  {
    id: 'arkiv-innsyn',
    question: 'arkiv',
    text: 'Alle kommunale enheter har arkivplikt. Arkivverdige dokumenter skal journalføres etter kommunens rutiner, og hver enhet må vurdere om og hvordan kommunikasjonen i sosiale medier skal arkiveres. Det som er journalført, er som utgangspunkt et offentlig saksdokument som det kan kreves innsyn i.',
    articles: ['arkivlova', 'offentleglova'],
  },
  {
    id: 'dpia',
    question: 'dpia',
    text: `${ART35_TRIGGER} ${KS_DPIA_VIEW}`,
    articles: ['art. 35 nr. 1'],
    marks: ["KS' syn"],
  },
];

/** Shown when the answers call for them. */
export const W = {
  fraradet: {
    id: 'fraradet',
    question: 'tjenesteomrade',
    text: 'KS fraråder sosiale medier i tjenesteområder der risikoen er høy for at svært personlige opplysninger om innbyggerne blir delt, for eksempel rusomsorg og barnevern. Vil dere likevel fortsette, må dere begrunne det skriftlig.',
    articles: [],
    marks: ["KS' syn"],
  },
  saksbehandling: {
    id: 'saksbehandling',
    question: 'bruk',
    text: 'Veilederen støtter ikke bruk av sosiale medier til noe som ligner saksbehandling eller dialog om enkeltsaker. Sosiale medier bør bare brukes til ren informasjonsvirksomhet. Blir kommunikasjonen saksbehandling, gjelder reglene i forvaltningsloven.',
    articles: ['forvaltningsloven'],
  },
  debatt: {
    id: 'debatt',
    question: 'bruk',
    text: 'Veilederen anbefaler sosiale medier bare for ren informasjonsvirksomhet, ikke for debatt og meningsutveksling. Vær svært forsiktige hvis det som kommuniseres, ikke kan regnes som ren informasjonsvirksomhet.',
    articles: [],
  },
  sarbare: {
    id: 'sarbare',
    question: 'malgruppe',
    text: 'Kanalen kan nå sårbare grupper. Strengere regler kan gjelde for kommunikasjon med dem. Ta dette med i risikovurderingen. Bygger dere på bokstav f, veier barns interesser særlig tungt i avveiingen (art. 6 nr. 1 bokstav f).',
    articles: ['art. 6 nr. 1 bokstav f'],
  },
  eForsiktig: {
    id: 'e-supplerende',
    question: 'e-supplerende',
    text: 'Bokstav e alene er ikke nok: art. 6 nr. 3 krever et supplerende rettsgrunnlag i annen lov, og det må være klart nok. Vær forsiktige med å bygge bruk av sosiale medier på bokstav e.',
    articles: ['art. 6 nr. 1 bokstav e', 'art. 6 nr. 3'],
  },
  fUnntak: {
    id: 'f-unntak',
    question: 'f-oppgave',
    text: 'KS mener at valget av kommunikasjonsplattform følger av kommunikasjonsstrategien og ikke av myndighetsutøvelse, slik at kommunen kan bygge på en interesseavveining etter bokstav f. Dette er omstridt. Loven (art. 6 nr. 1 andre ledd) stenger bokstav f for offentlige myndigheter når de utfører oppgavene sine, og det er videre enn myndighetsutøvelse. Bokstav f kan derfor bare brukes for kommunikasjon dere skriftlig har begrunnet at ikke er en del av kommunens oppgaver.',
    articles: ['art. 6 nr. 1 andre ledd', 'art. 6 nr. 1 bokstav f'],
    marks: ["KS' syn", 'omstridt'],
  },
  eRute: {
    id: 'e-rute',
    question: 'f-oppgave',
    text: 'Er kommunikasjonen en del av kommunens oppgaver, er veien bokstav e. Kommuneloven § 4-1 (plikten til å informere aktivt om kommunens virksomhet) er en mulig kandidat som supplerende rettsgrunnlag. Kommunen må selv vurdere om bestemmelsen dekker formålet og er klar og forutsigbar nok (art. 6 nr. 3).',
    articles: ['art. 6 nr. 1 bokstav e', 'art. 6 nr. 3', 'kommuneloven'],
  },
  arbeidsgiver: {
    id: 'arbeidsgiver',
    question: 'rolle',
    text: 'Behandling kommunen gjør som arbeidsgiver, bygger som regel på bokstav b (for å oppfylle arbeidsavtalen) eller bokstav c (for å oppfylle en rettslig forpliktelse). Veiviseren prøver bokstav f for bruk av sosiale medier som ikke følger av arbeidsavtalen eller en lovpålagt plikt. Vurder først om bokstav b eller c dekker behandlingen.',
    articles: ['art. 6 nr. 1 bokstav b', 'art. 6 nr. 1 bokstav c', 'art. 6 nr. 1 bokstav f'],
  },
  tredjeland: {
    id: 'tredjeland',
    question: 'leverandor',
    text: 'Leverandøren behandler opplysningene i et land utenfor EU/EØS uten adekvansbeslutning. I tillegg til behandlingsgrunnlaget trengs et gyldig overføringsgrunnlag. Kommunen bør også sikre at lover eller praksis i mottakerlandet ikke svekker vernet, og det kreves supplerende tiltak og garantier som sikrer et vern på EU/EØS-nivå. Har landet regler som åpner for behandling de registrerte vanskelig kan forutse, trengs i tillegg en egen forholdsmessighetsvurdering.',
    articles: ['art. 44–49'],
  },
  leverandorUkjent: {
    id: 'leverandor-ukjent',
    question: 'leverandor',
    text: 'Dere vet ikke hvor leverandøren behandler opplysningene. Behandles de i et land utenfor EU/EØS uten adekvansbeslutning, trengs et overføringsgrunnlag i tillegg til behandlingsgrunnlaget.',
    articles: ['art. 44–49'],
  },
  fellesAnsvar: {
    id: 'felles-ansvar',
    question: 'felles-ansvar',
    text: 'Som felles behandlingsansvarlige skal kommunen og leverandøren fastsette ansvarsfordelingen i en ordning. Begge har et overordnet ansvar selv om ansvaret er fordelt. KS anbefaler at kommunen tar mer ansvar enn sin del, særlig for informasjonen til innbyggerne.',
    articles: ['art. 26'],
  },
} satisfies Record<string, Warning>;
