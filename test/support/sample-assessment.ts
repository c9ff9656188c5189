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
      { id: 'formal', question: 'Har dere beskrevet formålet?', why: 'Formålet styrer hva som er nødvendig.', link: '/veileder/2-systematisk-beskrivelse/', articles: [] },
      { id: 'funksjoner', question: 'Har dere listet opp funksjonene dere bruker?', why: 'Hver funksjon behandler opplysninger.', link: '/veileder/2-systematisk-beskrivelse/', articles: [] },
      { id: 'omfang', question: 'Har dere anslått omfanget?', why: 'Omfanget påvirker risikoen.', link: '/veileder/2-systematisk-beskrivelse/', articles: [] },
    ],
  },
];

export function sampleAssessment(): Assessment {
  const a = emptyAssessment({ id: 'v-1', title: 'Facebook – Kulturetaten', platform: 'Facebook', unit: 'Kulturetaten', owner: 'Ola Normann' }, new Date('2026-11-20T09:00:00Z'));
  return {
    ...a,
    description: { ...a.description, purpose: 'Informere innbyggerne om kulturtilbud.', nature: 'Kommentarer og likerklikk.', scope: '', context: 'Unge brukere.' },
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
      { id: 'r1', scenarioId: null, title: 'Sensitive opplysninger i kommentarer', goal: 'apenhet', description: '', likelihood: 4, consequence: 4, justification: 'Erfaring fra andre kommuner.', measures: [{ id: 'm1', text: 'Moderere kommentarfeltet daglig', owner: 'Redaksjonen', deadline: '2026-12-01', status: 'planlagt' }], residualLikelihood: 3, residualConsequence: 4 },
      { id: 'r2', scenarioId: null, title: 'Uklare algoritmer', goal: 'medbestemmelse', description: '', likelihood: 2, consequence: 2, justification: '', measures: [], residualLikelihood: null, residualConsequence: null },
    ],
    checklists: { 'systematisk-beskrivelse': { formal: { answer: 'ja', comment: '' }, funksjoner: { answer: 'nei', comment: 'Mangler oversikt over funksjonene.' } } },
    decisions: [
      { id: 'b1', recordedAt: '2026-11-21T10:00:00.000Z', date: '2026-11-21', body: 'Kommunedirektørens ledergruppe', outcome: 'betinget', conditions: [{ id: 'c1', text: 'Rutine for moderering' }], justification: 'Nytten er stor, men kommentarene må følges opp.', presentedBy: 'Kari Nordmann', residualRisk: { lav: 1, middels: 0, hoy: 1, highest: 12, unassessed: 0, withoutResidual: 1 }, actionPlan: 'Rutine innen 1. desember.', dpoAdvice: 'Slå av kommentarer.', dpoFollowed: false, dpoReason: 'Dialog er formålet.', dataSubjectViews: '', strongWish: true, corrects: null, correctionReason: '', fingerprint: 'fnv1a64:0000000000000000', openConditionsStatement: '' },
    ],
    conditionStatus: { c1: { met: true, note: 'Vedtatt 25. november.' } },
  };
}

