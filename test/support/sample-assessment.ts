/** A filled-in assessment shared by the report's unit and browser tests. */
import { emptyAssessment, type Assessment } from '../../src/lib/model/schema';
import type { Checklist } from '../../src/lib/checklists';

/** A small checklist with the ids of the site's first list (the unit tests do not read YAML). */
export const sampleChecklists: Checklist[] = [
  {
    id: 'systematisk-beskrivelse',
    title: 'Systematisk beskrivelse av behandlingen',
    chapter: 'Kapittel 2',
    intro: 'Beskrivelsen skal vise at kommunen har oversikt.',
    items: [
      {
        id: 'formal',
        question: 'Har dere beskrevet formålet?',
        why: 'Formålet styrer hva som er nødvendig.',
        link: '/veileder/2-systematisk-beskrivelse/',
        articles: [],
      },
      {
        id: 'funksjoner',
        question: 'Har dere listet opp funksjonene dere bruker?',
        why: 'Hver funksjon behandler opplysninger.',
        link: '/veileder/2-systematisk-beskrivelse/',
        articles: [],
      },
      {
        id: 'omfang',
        question: 'Har dere anslått omfanget?',
        why: 'Omfanget påvirker risikoen.',
        link: '/veileder/2-systematisk-beskrivelse/',
        articles: [],
      },
    ],
  },
];

export function sampleAssessment(): Assessment {
  const a = emptyAssessment(
    { id: 'v-1', title: 'Facebook – Kulturetaten', platform: 'Facebook', unit: 'Kulturetaten', owner: 'Ola Normann' },
    new Date('2026-11-20T09:00:00Z'),
  );
  return {
    ...a,
    description: {
      ...a.description,
      purpose: 'Informere innbyggerne om kulturtilbud.',
      nature: 'Kommentarer og likerklikk.',
      scope: '',
      context: 'Unge brukere.',
    },
    legalBasis: {
      answers: {
        tjenesteomrade: { value: 'nei', justification: '' },
        bruk: { value: 'informasjon', justification: '' },
        malgruppe: { value: 'nei', justification: '' },
        rolle: { value: 'myndighet', justification: 'Kommuneloven § 4-1 om aktiv informasjon.' },
      },
      supplementaryBasis: a.legalBasis.supplementaryBasis,
    },
    risks: [
      {
        id: 'r1',
        scenarioId: null,
        title: 'Sensitive opplysninger i kommentarer',
        goal: 'apenhet',
        description: '',
        likelihood: 4,
        consequence: 4,
        justification: 'Erfaring fra andre kommuner.',
        measures: [{ id: 'm1', text: 'Moderere kommentarfeltet daglig', owner: 'Redaksjonen', deadline: '2026-12-01', status: 'planlagt' }],
        residualLikelihood: 3,
        residualConsequence: 4,
        nowLikelihood: null,
        nowConsequence: null,
        residualJustification: '',
      },
      {
        id: 'r2',
        scenarioId: null,
        title: 'Uklare algoritmer',
        goal: 'medbestemmelse',
        description: '',
        likelihood: 2,
        consequence: 2,
        justification: '',
        measures: [],
        residualLikelihood: null,
        residualConsequence: null,
        nowLikelihood: null,
        nowConsequence: null,
        residualJustification: '',
      },
    ],
    checklists: {
      'systematisk-beskrivelse': {
        formal: { answer: 'ja', comment: '' },
        funksjoner: { answer: 'nei', comment: 'Mangler oversikt over funksjonene.' },
      },
    },
    decisions: [
      {
        id: 'b1',
        recordedAt: '2026-11-21T10:00:00.000Z',
        date: '2026-11-21',
        body: 'Kommunedirektørens ledergruppe',
        outcome: 'betinget',
        conditions: [{ id: 'c1', text: 'Rutine for moderering' }],
        justification: 'Nytten er stor, men kommentarene må følges opp.',
        presentedBy: 'Kari Nordmann',
        residualRisk: { lav: 1, middels: 0, hoy: 1, highest: 12, unassessed: 0, withoutResidual: 1 },
        actionPlan: 'Rutine innen 1. desember.',
        dpoAdvice: 'Slå av kommentarer.',
        dpoFollowed: false,
        dpoReason: 'Dialog er formålet.',
        dataSubjectViews: '',
        strongWish: true,
        corrects: null,
        correctionReason: '',
        fingerprint: 'fnv1a64:0000000000000000',
        openConditionsStatement: '',
      },
    ],
    conditionStatus: { c1: { met: true, note: 'Vedtatt 25. november.' } },
  };
}

/** The sample assessment with every DPIA part of format version 3 filled in (screening to sign-off). */
export function fullAssessment(): Assessment {
  const a = sampleAssessment();
  return {
    ...a,
    municipality: 'Eksempel kommune',
    description: {
      ...a.description,
      scope: 'Om lag 4 000 følgere, mest fra kommunen.',
      dataCategories: [
        { id: 'k1', name: 'Navn og profilbilde', special: false, note: '' },
        { id: 'k2', name: 'Helseopplysninger i kommentarer', special: true, note: 'Kan forekomme.' },
      ],
      dataSubjects: [
        { id: 's1', name: 'Følgere', vulnerable: false, note: '' },
        { id: 's2', name: 'Ungdom under 18', vulnerable: true, note: '' },
      ],
      recipients: [{ id: 'm1', name: 'Meta', role: 'plattform', note: '' }],
      features: {
        sidestatistikk: { inUse: true, note: '' },
        piksel: { inUse: false, note: 'Ikke på kommunens nettsider.' },
        annonser: { inUse: false, note: '' },
        kommentarer: { inUse: true, note: '' },
        meldinger: { inUse: false, note: 'Slått av.' },
        direktesending: { inUse: false, note: '' },
      },
      retention: 'Innlegg arkiveres månedlig før noe slettes.',
      assets: [{ id: 'e1', kind: 'konto', name: 'Kulturetatens side', twoFactor: 'ja', note: '' }],
    },
    screening: {
      criteria: { 'sensitive-opplysninger': { answer: 'ja', note: 'Kommentarer.' }, sarbare: { answer: 'ja', note: 'Ungdom.' } },
      datatilsynetList: { answer: 'nei', note: '' },
      result: 'pakrevd',
      reasoning: 'To kriterier er oppfylt.',
    },
    necessity: {
      minimisation: 'Piksel og direktemeldinger er slått av.',
      retention: 'Kommentarer skjules etter ett år.',
      information: 'Personvernerklæringen ligger på kommunens nettsted.',
      rights: 'Krav om innsyn sendes til Meta og besvares av kommunen.',
      jointControl: 'Metas tillegg om felles behandlingsansvar gjelder.',
      transfers: 'Meta bruker standard personvernbestemmelser.',
      alternatives: {
        nettsted: { chosen: true, reason: 'Hovedkanalen for informasjon.' },
        nyhetsbrev: { chosen: false, reason: 'Når få.' },
      },
    },
    consultation: {
      entries: [
        {
          id: 'c1',
          party: 'personvernombud',
          who: 'Personvernombudet',
          date: '2026-11-10',
          summary: 'Gikk gjennom risikoene.',
          followUp: 'Tiltak lagt inn.',
        },
        {
          id: 'c2',
          party: 'registrerte',
          who: 'Ungdomsrådet',
          date: '2026-11-12',
          summary: 'Ønsker kanalen.',
          followUp: 'Tatt med i vurderingen.',
        },
      ],
      dpoAdvice: 'Slå av direktemeldinger og moderer kommentarene daglig.',
      dpoAdviceDate: '2026-11-15',
    },
    ethics: {
      themes: { lov: { present: 'Lovlig med tiltakene.', absent: 'Ingen risiko for brudd.' } },
      conclusion: 'Nytten for innbyggerne veier tyngst.',
      choice: 'til-stede',
    },
    signOff: {
      body: 'Kommunedirektørens ledergruppe',
      approverRole: 'Kommunedirektør',
      approverName: 'Kari Nordmann',
      date: '2026-11-21',
      dpoAdviceFollowed: true,
      dpoAdviceReason: '',
      measuresApprovedBy: 'Kommunedirektøren',
      residualRiskAcceptedBy: 'Kommunedirektøren',
      reviewOwner: 'Kommunikasjonssjefen',
      nextReview: '2027-11-21',
      reviewTriggers: 'Når Meta endrer vilkårene.',
    },
  };
}
