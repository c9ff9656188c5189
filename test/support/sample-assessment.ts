/** A filled-in assessment shared by the report's unit and browser tests. */
import { emptyAssessment, type Assessment } from '../../src/lib/model/schema';

export function sampleAssessment(): Assessment {
  const a = emptyAssessment({ id: 'v-1', title: 'Facebook – Kulturetaten', platform: 'Facebook', unit: 'Kulturetaten', owner: 'Ola Normann' }, new Date('2026-11-20T09:00:00Z'));
  return {
    ...a,
    description: { purpose: 'Informere innbyggerne om kulturtilbud.', nature: 'Kommentarer og likerklikk.', scope: '', context: 'Unge brukere.' },
    legalBasis: { answers: { oppgave: { value: 'ja', justification: 'Kommuneloven § 4-1 om aktiv informasjon.' } } },
    risks: [
      { id: 'r1', scenarioId: null, title: 'Sensitive opplysninger i kommentarer', goal: 'apenhet', description: '', likelihood: 4, consequence: 4, justification: 'Erfaring fra andre kommuner.', measures: [{ id: 'm1', text: 'Moderere kommentarfeltet daglig', owner: 'Redaksjonen', deadline: '2026-12-01', status: 'planlagt' }], residualLikelihood: 3, residualConsequence: 4 },
      { id: 'r2', scenarioId: null, title: 'Uklare algoritmer', goal: 'medbestemmelse', description: '', likelihood: 2, consequence: 2, justification: '', measures: [], residualLikelihood: null, residualConsequence: null },
    ],
    checklists: { informasjon: { i1: { answer: 'ja', comment: '' }, i2: { answer: 'nei', comment: 'Mangler personvernerklæring.' } } },
    decisions: [
      { id: 'b1', recordedAt: '2026-11-21T10:00:00.000Z', date: '2026-11-21', body: 'Kommunedirektørens ledergruppe', outcome: 'betinget', conditions: [{ id: 'c1', text: 'Rutine for moderering' }], justification: 'Nytten er stor, men kommentarene må følges opp.', presentedBy: 'Kari Nordmann', residualRisk: { lav: 1, middels: 0, hoy: 1, highest: 12, unassessed: 0, withoutResidual: 1 }, actionPlan: 'Rutine innen 1. desember.', dpoAdvice: 'Slå av kommentarer.', dpoFollowed: false, dpoReason: 'Dialog er formålet.', dataSubjectViews: '', strongWish: true, corrects: null, correctionReason: '', fingerprint: 'fnv1a64:0000000000000000' },
    ],
    conditionStatus: { c1: { met: true, note: 'Vedtatt 25. november.' } },
  };
}

