import { describe, it, expect } from 'vitest';
import { emptyAssessment, type PriorConsultation } from '../../src/lib/model/schema';
import {
  buildRound,
  draftFrom,
  emptyDraft,
  roundDraftFromText,
  roundDraftToText,
  roundRecordedMessage,
  ROUND_FIELD_ORDER,
  validateDraft,
} from '../../src/lib/decisions/round';
import { correctedBy } from '../../src/lib/decisions/facts';
import {
  buildConsultation,
  CONSULTATION_FIELD_ORDER,
  consultationHeading,
  consultationRecordedMessage,
  emptyConsultationDraft,
} from '../../src/lib/decisions/consultation';

const a = emptyAssessment(
  { id: 'v-1', title: 'Facebook', platform: 'Facebook', unit: 'Kultur', owner: '' },
  new Date('2026-11-22T10:00:00Z'),
);
let n = 0;
const opts = { now: new Date('2026-11-22T10:00:00Z'), newId: (p: string) => `${p}-${++n}` };
const filled = {
  ...emptyDraft('2026-11-20'),
  body: 'Formannskapet',
  outcome: 'betinget' as const,
  conditionsText: 'Rutine for moderering\nPersonvernerklæring',
  justification: 'Stor nytte.',
  presentedBy: 'Kari',
  actionPlan: 'Plan',
  dpoAdvice: 'Råd',
  dpoFollowed: false,
  dpoReason: 'Grunn',
  dataSubjectViews: 'Synspunkter',
  strongWish: true,
};

describe('skjemaet for en beslutningsrunde', () => {
  it('fyller en rettelse med alle opplysningene i runden den retter', () => {
    const first = buildRound(filled, a, opts);
    const draft = draftFrom(first);
    expect(draft).toEqual({ ...filled, corrects: first.id, correctionReason: '', openConditionsStatement: '' });
    // A correction needs a reason; with one, it can be recorded.
    expect(Object.keys(validateDraft(draft, [first]))).toEqual(['correctionReason']);
    expect(validateDraft({ ...draft, correctionReason: 'Feil dato.' }, [first])).toEqual({});
  });

  it('har alle feltene i rekkefølgen de vises i', () => {
    expect([...ROUND_FIELD_ORDER].sort()).toEqual(Object.keys(emptyDraft()).sort());
    expect([...CONSULTATION_FIELD_ORDER].sort()).toEqual(Object.keys(emptyConsultationDraft()).sort());
  });

  it('sier hva som ble registrert, og hvilke runder som retter en runde', () => {
    const first = buildRound(filled, a, opts);
    const second = buildRound({ ...filled, outcome: 'godkjent' }, a, opts);
    const fix = buildRound({ ...draftFrom(first), correctionReason: 'Feil organ.' }, a, opts);
    expect(roundRecordedMessage(first, 1, [])).toBe('Runde 1 er registrert: Betinget godkjent.');
    expect(roundRecordedMessage(fix, 3, [first, second])).toBe('Runde 3 er registrert som rettelse av runde 1.');
    expect(correctedBy(first, [first, second, fix])).toEqual([3]);
    expect(correctedBy(second, [first, second, fix])).toEqual([]);
  });
});

describe('loggen over forhåndsdrøfting', () => {
  it('gir hver oppføring en overskrift og en melding når den er registrert', () => {
    const asked: PriorConsultation = buildConsultation(
      { ...emptyConsultationDraft(), requestedDate: '2026-11-01' },
      { ...opts, roundId: null },
    );
    const answer = buildConsultation(
      {
        ...emptyConsultationDraft(),
        requestedDate: '2026-11-01',
        answerDate: '2026-11-20',
        adviceSummary: 'Råd',
        corrects: asked.id,
        correctionReason: 'Svar.',
      },
      { ...opts, roundId: null },
    );
    const log = [asked, answer];
    expect(consultationHeading(asked, 0, log)).toBe('Oppføring 1: bedt om 1. november 2026, ikke besvart');
    expect(consultationHeading(answer, 1, log)).toBe(
      'Oppføring 2: bedt om 1. november 2026, svar 20. november 2026 (fullfører oppføring 1)',
    );
    expect(consultationRecordedMessage(asked)).toBe('Forespørselen om forhåndsdrøfting (1. november 2026) er registrert.');
    expect(consultationRecordedMessage(answer)).toBe(
      'Svaret fra Datatilsynet (20. november 2026) er registrert i loggen over forhåndsdrøfting.',
    );
  });
});

describe('utkastet av rundeskjemaet', () => {
  it('blir tekst og tilbake uten å miste noe', () => {
    for (const draft of [
      emptyDraft('2026-11-22'),
      filled,
      { ...filled, dpoFollowed: true, strongWish: null, outcome: 'ikke-godkjent' as const },
    ]) {
      const text = roundDraftToText(draft);
      expect(Object.values(text).every((v) => typeof v === 'string')).toBe(true);
      expect(roundDraftFromText(text)).toEqual(draft);
    }
  });

  it('gjør en ukjent beslutning eller et ukjent valg om til «ikke valgt»', () => {
    const text = { ...roundDraftToText(filled), outcome: 'kanskje', dpoFollowed: 'true', strongWish: 'NEI' };
    expect(roundDraftFromText(text)).toMatchObject({ outcome: '', dpoFollowed: null, strongWish: null });
  });
});
