/**
 * The questions of the legal-basis helper ("behandlingsgrunnlag-veiviser") as
 * data: ids, options, when a question is shown, and which answers need a
 * written justification. The reasoning follows chapters 1, 2, 5 and 6 of KS's
 * guide and its front matter. Pure data: no DOM, no storage.
 */

/** A reference to a legal source, written the Norwegian way ("art. 6 nr. 3", "arkivlova"). */
export type SourceRef = string;

interface Option {
  id: string;
  label: string;
}

/** Shown only when the answer to question `q` is one of `in`. All conditions must hold. */
interface Condition {
  q: string;
  in: string[];
}

export interface Question {
  id: string;
  /** Short name, used in the progress list and the report. */
  short: string;
  /** The question itself (the legend of the radio group). */
  title: string;
  /** Plain-language explanation shown above the options. */
  help: string[];
  options: Option[];
  /** Shown only when every condition holds. */
  when?: Condition[];
  /** In addition to `when`: shown only when every condition of at least one group holds. */
  whenAny?: Condition[][];
  /** Justifications too short to say anything (a bare «ja») do not count for these options. */
  substantiveFor?: string[];
  /** Options whose answer counts only with a written justification. */
  justificationRequiredFor?: string[];
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

const YES_NO: Option[] = [
  { id: 'ja', label: 'Ja' },
  { id: 'nei', label: 'Nei' },
];

export const QUESTIONS: readonly Question[] = [
  {
    id: 'tjenesteomrade',
    short: 'Tjenesteområde',
    title: 'Skal kanalen brukes i et tjenesteområde der innbyggerne trolig vil dele svært personlige opplysninger?',
    help: [
      'Veilederen nevner rusomsorg og barnevern som eksempler. KS fraråder sosiale medier i slike tjenesteområder, fordi risikoen er høy for at svært personlige opplysninger om innbyggerne blir delt.',
    ],
    options: [
      { id: 'nei', label: 'Nei, ikke et slikt tjenesteområde' },
      { id: 'ja', label: 'Ja, et tjenesteområde der KS fraråder sosiale medier' },
    ],
    justificationRequiredFor: ['ja'],
    justificationLabel: 'Begrunnelse (påkrevd hvis dere vil fortsette i et tjenesteområde KS fraråder)',
    blocking: 'KS fraråder sosiale medier i dette tjenesteområdet. Skriv en begrunnelse hvis dere likevel vil fortsette.',
    sources: [],
  },
  {
    id: 'bruk',
    short: 'Hva kanalen skal brukes til',
    title: 'Hva skal kanalen brukes til?',
    help: [
      'Veilederen anbefaler sosiale medier bare for ren informasjonsvirksomhet, for eksempel informasjon om tjenester, arrangementer og frister. Den støtter ikke bruk som ligner saksbehandling eller dialog om enkeltsaker, og heller ikke debatt og meningsutveksling.',
    ],
    options: [
      { id: 'informasjon', label: 'Ren informasjonsvirksomhet' },
      { id: 'saksbehandling', label: 'Noe som ligner saksbehandling eller dialog om enkeltsaker' },
      { id: 'debatt', label: 'Debatt og meningsutveksling' },
    ],
    justificationLabel: 'Beskriv kort hva kanalen skal brukes til (valgfritt)',
    sources: ['forvaltningsloven'],
  },
  {
    id: 'malgruppe',
    short: 'Sårbare grupper',
    title: 'Vil kanalen rette seg mot eller nå sårbare grupper?',
    help: [
      'Sårbare grupper er for eksempel barn og unge, pasienter, brukere av sosiale tjenester og asylsøkere. Strengere regler kan gjelde for kommunikasjon med dem, og de kan ha vanskeligere for å forstå hvordan plattformen behandler opplysningene deres.',
    ],
    options: YES_NO,
    justificationLabel: 'Hvilke grupper, og hvorfor (valgfritt)',
    sources: [],
  },
  {
    id: 'rolle',
    short: 'Kommunens rolle',
    title: 'I hvilken rolle bruker kommunen kanalen?',
    help: [
      'Hvilket behandlingsgrunnlag som passer, avhenger av rollen. Grunnlaget må være på plass før behandlingen starter (art. 6 nr. 1).',
      'Det meste kommunen gjør, er utøvelse av offentlig myndighet, men ikke alt. Arbeidsgiverrollen er ett eksempel på en rolle som ikke er myndighetsutøvelse.',
    ],
    options: [
      { id: 'myndighet', label: 'Som offentlig myndighet eller for å utføre en oppgave i allmennhetens interesse' },
      { id: 'kommunikasjon', label: 'Som del av kommunens kommunikasjonsstrategi, ikke som myndighetsutøvelse' },
      { id: 'arbeidsgiver', label: 'Som arbeidsgiver' },
      { id: 'usikker', label: 'Vi har ikke avklart rollen ennå' },
    ],
    justificationLabel: 'Begrunnelse for rollen (valgfritt)',
    sources: ['art. 6 nr. 1 bokstav e', 'art. 6 nr. 1 bokstav f'],
  },
  {
    id: 'f-oppgave',
    short: 'Del av kommunens oppgaver?',
    title: 'Er denne kommunikasjonen en del av kommunens oppgaver?',
    help: [
      'Etter art. 6 nr. 1 andre ledd kan offentlige myndigheter ikke bygge på bokstav f for behandling de gjør når de utfører oppgavene sine. Det gjelder alle oppgavene, ikke bare myndighetsutøvelse.',
      "KS mener at valget av kommunikasjonsplattform følger av kommunikasjonsstrategien og ikke av myndighetsutøvelse, og at kommunen derfor kan bruke bokstav f. Dette er KS' syn, og det er omstridt: kommunen har plikt til å informere aktivt om sin egen virksomhet (kommuneloven § 4-1), og informasjon til innbyggerne kan da være en av kommunens oppgaver.",
      'Vil dere bygge på bokstav f, må dere begrunne skriftlig hvorfor nettopp denne kommunikasjonen ikke er en del av kommunens oppgaver. Ellers er veien bokstav e, med kommuneloven § 4-1 som mulig supplerende rettsgrunnlag. Dere må da selv vurdere om bestemmelsen dekker formålet og er klar nok.',
    ],
    options: [
      { id: 'oppgave', label: 'Ja, den er en del av kommunens oppgaver. Vurder bokstav e, for eksempel med kommuneloven § 4-1' },
      { id: 'ikke-oppgave', label: 'Nei, og vi begrunner skriftlig hvorfor den ikke er det' },
    ],
    when: [{ q: 'rolle', in: ['kommunikasjon'] }],
    justificationRequiredFor: ['ikke-oppgave'],
    substantiveFor: ['ikke-oppgave'],
    justificationLabel: 'Hvorfor er denne kommunikasjonen ikke en del av kommunens oppgaver? (påkrevd for bokstav f)',
    blocking: 'Skriv hvorfor denne kommunikasjonen ikke er en del av kommunens oppgaver, eller velg bokstav e-veien.',
    sources: ['art. 6 nr. 1 andre ledd', 'art. 6 nr. 1 bokstav e', 'art. 6 nr. 1 bokstav f', 'kommuneloven'],
  },
  {
    id: 'e-nodvendig',
    short: 'Nødvendig for oppgaven',
    title: 'Er behandlingen nødvendig for å utføre en oppgave i allmennhetens interesse eller for å utøve offentlig myndighet?',
    help: [
      'Det som er i allmennhetens interesse, er ikke nødvendigvis noe kommunen har plikt til å gjøre. Å kommunisere med innbyggerne i sosiale medier kan være i allmennhetens interesse.',
    ],
    options: YES_NO,
    whenAny: [
      [{ q: 'rolle', in: ['myndighet'] }],
      [
        { q: 'rolle', in: ['kommunikasjon'] },
        { q: 'f-oppgave', in: ['oppgave'] },
      ],
    ],
    justificationRequiredFor: ['ja'],
    justificationLabel: 'Begrunnelse (påkrevd ved ja)',
    sources: ['art. 6 nr. 1 bokstav e'],
  },
  {
    id: 'e-supplerende',
    short: 'Supplerende rettsgrunnlag',
    title: 'Har dere funnet et supplerende rettsgrunnlag i annen lov?',
    help: [
      'Det er ikke nok å vise til art. 6 nr. 1 bokstav e alene. Art. 6 nr. 3 krever et supplerende rettsgrunnlag i annen lov, og kommunen må finne det selv. Rettsgrunnlaget må være klart nok, og dere bør være forsiktige med å bygge bruk av sosiale medier på bokstav e.',
      'En mulig kandidat er kommuneloven § 4-1 om plikten til å informere aktivt om kommunens virksomhet. Skriv loven og paragrafen, og svar på om bestemmelsen dekker dette formålet og er klar og forutsigbar nok. Til dere har svart, står grunnlaget som ikke avklart.',
    ],
    options: [
      { id: 'navngitt', label: 'Ja, vi har funnet et supplerende rettsgrunnlag' },
      { id: 'ikke-funnet', label: 'Nei, vi har ikke funnet noe' },
    ],
    whenAny: [
      [{ q: 'rolle', in: ['myndighet'] }],
      [
        { q: 'rolle', in: ['kommunikasjon'] },
        { q: 'f-oppgave', in: ['oppgave'] },
      ],
    ],
    when: [{ q: 'e-nodvendig', in: ['ja'] }],
    justificationLabel: 'Merknad (valgfritt; loven, paragrafen og kontrollene fyller dere ut under)',
    sources: ['art. 6 nr. 3', 'kommuneloven'],
  },
  {
    id: 'f-interesse',
    short: 'Berettiget interesse',
    title: 'Har kommunen en berettiget interesse i behandlingen?',
    help: [
      'Bokstav f har tre vilkår som alle må være oppfylt: en berettiget interesse, at behandlingen er nødvendig for å nå den, og at interessen veier tyngre enn de registrertes personvern. Begrunn hvert vilkår.',
    ],
    options: YES_NO,
    whenAny: [
      [{ q: 'rolle', in: ['arbeidsgiver'] }],
      [
        { q: 'rolle', in: ['kommunikasjon'] },
        { q: 'f-oppgave', in: ['ikke-oppgave'] },
      ],
    ],
    justificationRequiredFor: ['ja'],
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
  {
    id: 'f-nodvendig',
    short: 'Nødvendig for interessen',
    title: 'Er behandlingen nødvendig for å ivareta interessen?',
    help: ['Begrunn hvorfor kommunen trenger å behandle opplysningene i sosiale medier for å ivareta interessen.'],
    options: YES_NO,
    whenAny: [
      [{ q: 'rolle', in: ['arbeidsgiver'] }],
      [
        { q: 'rolle', in: ['kommunikasjon'] },
        { q: 'f-oppgave', in: ['ikke-oppgave'] },
      ],
    ],
    when: [{ q: 'f-interesse', in: ['ja'] }],
    justificationRequiredFor: ['ja'],
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
  {
    id: 'f-avveiing',
    short: 'Interesseavveining',
    title: 'Veier kommunens interesse tyngre enn de registrertes personvern?',
    help: [
      'Dette er interesseavveiningen. Datatilsynet har veiledning om hvilke momenter som inngår. Punktene under er momenter veilederen nevner.',
    ],
    options: YES_NO,
    whenAny: [
      [{ q: 'rolle', in: ['arbeidsgiver'] }],
      [
        { q: 'rolle', in: ['kommunikasjon'] },
        { q: 'f-oppgave', in: ['ikke-oppgave'] },
      ],
    ],
    when: [
      { q: 'f-interesse', in: ['ja'] },
      { q: 'f-nodvendig', in: ['ja'] },
    ],
    justificationRequiredFor: ['ja'],
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
  {
    id: 'f-barn',
    short: 'Barn og sårbare grupper i avveiingen',
    title: 'Hvordan veier hensynet til barn og andre sårbare grupper i avveiingen?',
    help: [
      'Art. 6 nr. 1 bokstav f sier at de registrertes interesser veier særlig tungt når den registrerte er et barn. Dere har svart at kanalen kan nå barn eller andre sårbare grupper. Beskriv hvordan dere har vurdert dem særskilt: hvem de er, hva plattformen gjør med opplysningene deres, og hvorfor kommunens interesse likevel veier tyngst.',
    ],
    options: [
      { id: 'vurdert', label: 'Vi har vurdert dem særskilt, og interessen veier likevel tyngst' },
      { id: 'veier-ikke', label: 'Nei, hensynet til dem veier tyngst' },
    ],
    when: [
      { q: 'malgruppe', in: ['ja'] },
      { q: 'f-interesse', in: ['ja'] },
      { q: 'f-nodvendig', in: ['ja'] },
    ],
    whenAny: [
      [{ q: 'rolle', in: ['arbeidsgiver'] }],
      [
        { q: 'rolle', in: ['kommunikasjon'] },
        { q: 'f-oppgave', in: ['ikke-oppgave'] },
      ],
    ],
    justificationRequiredFor: ['vurdert'],
    substantiveFor: ['vurdert'],
    justificationLabel: 'Vurderingen av barn og sårbare grupper (påkrevd; et kort «ja» er ikke nok)',
    sources: ['art. 6 nr. 1 bokstav f'],
  },
  {
    id: 'arkiv',
    short: 'Arkiv og innsyn',
    title: 'Har enheten vurdert om og hvordan kommunikasjonen i kanalen skal arkiveres?',
    help: [
      'Alle kommunale enheter har arkivplikt, og arkivverdige dokumenter skal journalføres etter kommunens rutiner. Det som er journalført, er som utgangspunkt et offentlig saksdokument som det kan kreves innsyn i.',
    ],
    options: YES_NO,
    justificationLabel: 'Hvordan arkiveres og journalføres kommunikasjonen (valgfritt)',
    sources: ['arkivlova', 'offentleglova'],
  },
  {
    id: 'leverandor',
    short: 'Hvor leverandøren er',
    title: 'Hvor behandler leverandøren av plattformen opplysningene?',
    help: [
      'De fleste leverandørene er utenlandske, ofte amerikanske eller kinesiske. Europakommisjonen har en liste over land utenfor EU/EØS som har et godkjent beskyttelsesnivå (adekvansbeslutning).',
    ],
    options: [
      { id: 'eos', label: 'I EU/EØS' },
      { id: 'adekvat', label: 'Utenfor EU/EØS, i et land med adekvansbeslutning' },
      { id: 'tredjeland', label: 'Utenfor EU/EØS, i et land uten adekvansbeslutning' },
      { id: 'ukjent', label: 'Vi vet ikke ennå' },
    ],
    justificationLabel: 'Hvilket land, og hvor dere fant opplysningen (valgfritt)',
    sources: ['art. 44–49'],
  },
  {
    id: 'overforingsgrunnlag',
    short: 'Overføringsgrunnlag',
    title: 'Har dere et gyldig overføringsgrunnlag for overføringen?',
    help: [
      'Overføring til et land utenfor EU/EØS uten adekvansbeslutning krever et gyldig overføringsgrunnlag etter art. 44–49, i tillegg til behandlingsgrunnlaget.',
    ],
    options: [
      { id: 'navngitt', label: 'Ja, vi har et overføringsgrunnlag' },
      { id: 'ikke-funnet', label: 'Nei, ikke ennå' },
    ],
    when: [{ q: 'leverandor', in: ['tredjeland'] }],
    justificationRequiredFor: ['navngitt'],
    justificationLabel: 'Navngi overføringsgrunnlaget og bestemmelsen det bygger på',
    sources: ['art. 44–49'],
  },
  {
    id: 'felles-ansvar',
    short: 'Felles behandlingsansvar',
    title: 'Er det på plass en ordning for det felles behandlingsansvaret med leverandøren?',
    help: [
      'Veilederen legger til grunn at kommunen og leverandøren er felles behandlingsansvarlige. Da skal de fastsette ansvarsfordelingen i en ordning (art. 26). Det er ingen formkrav til ordningen. Det viktigste er åpenhet: informasjon til de registrerte og innsyn.',
    ],
    options: [
      { id: 'ja', label: 'Ja' },
      { id: 'nei', label: 'Nei' },
      { id: 'usikker', label: 'Vi vet ikke' },
    ],
    justificationLabel: 'Hvor ordningen finnes, eller hva dere vet (valgfritt)',
    sources: ['art. 26'],
  },
  {
    id: 'informasjonsplikt',
    short: 'Informasjon til innbyggerne',
    title: 'Har dere bestemt hvordan kommunen tar på seg mer av informasjonsplikten?',
    help: [
      'Det viktigste er at de registrerte får informasjonen de trenger, i en tilgjengelig og forståelig form, ikke hvem som gir den. KS anbefaler at kommunen tar mer ansvar enn sin del, for eksempel ved å forklare de problematiske sidene ved plattformens forretningsmodell og gi innbyggerne tips om hvordan de kan begrense profilering.',
    ],
    options: [
      { id: 'ja', label: 'Ja, vi har bestemt det' },
      { id: 'nei', label: 'Nei, ikke ennå' },
    ],
    justificationRequiredFor: ['ja'],
    justificationLabel: 'Beskriv hva kommunen gjør (påkrevd ved ja)',
    sources: ['art. 26'],
  },
  {
    id: 'dpia',
    short: 'Personvernkonsekvensvurdering',
    title: 'Hvor langt har dere kommet med personvernkonsekvensvurderingen (DPIA)?',
    help: [
      'KS anbefaler at kommunen gjennomfører en personvernkonsekvensvurdering (art. 35), uansett hva svarene over peker mot. Risikovurderingen i dette verktøyet hjelper dere med den.',
    ],
    options: [
      { id: 'gjennomfort', label: 'Gjennomført' },
      { id: 'pagar', label: 'Påbegynt' },
      { id: 'ikke-startet', label: 'Ikke startet' },
    ],
    justificationLabel: 'Merknad (valgfritt)',
    sources: ['art. 35'],
    toolLink: { text: 'Gå til risikovurderingen', path: 'verktoy/risikovurdering/' },
  },
];

export const QUESTION_BY_ID: ReadonlyMap<string, Question> = new Map(QUESTIONS.map((q) => [q.id, q]));
