import { describe, it, expect } from 'vitest';
import { join } from 'node:path';
import { emptyAssessment } from '../../src/lib/model/schema';
import type { Checklist } from '../../src/lib/checklists';
import { check } from '../../src/lib/model/check';
import {
  emptyConsultation,
  emptyDescriptionDetails,
  emptyNecessity,
  emptyScreening,
  emptySignOff,
  screeningSection,
  necessitySection,
  consultationSection,
  signOffSection,
} from '../../src/lib/dpia/sections';
import { CRITERIA, screeningOutcome, setCriterion } from '../../src/lib/dpia/screening';
import { DESCRIPTION_TEXTS, FEATURES, LIST_TEXTS, dataFlow } from '../../src/lib/dpia/description';
import { assessmentPath, nextStep, STEPS, type DpiaAssessment } from '../../src/lib/dpia/path';
import { defaultNextReview, dueForReview, reviewState } from '../../src/lib/dpia/review';
import { diffSections, sectionFingerprints } from '../../src/lib/dpia/section-prints';
import { FIELDS, linkedAnswers, setAlternative } from '../../src/lib/dpia/necessity';
import { addConsultation, missingParties, removeConsultation, updateConsultation } from '../../src/lib/dpia/consultation';

const base = (): DpiaAssessment => ({
  ...emptyAssessment(
    { id: 'a1', title: 'Instagram – Biblioteket', platform: 'Instagram', unit: 'Biblioteket', owner: '' },
    new Date('2026-11-30T10:00:00Z'),
  ),
  description: { purpose: '', nature: '', scope: '', context: '', ...emptyDescriptionDetails() },
  screening: emptyScreening(),
  necessity: emptyNecessity(),
  consultation: emptyConsultation(),
  signOff: emptySignOff(),
});

const answerAll = (answer: 'ja' | 'nei', yes: string[] = []) => {
  let s = emptyScreening();
  for (const c of CRITERIA) s = setCriterion(s, c.id, { answer: yes.includes(c.id) ? 'ja' : answer });
  return s;
};

describe('screening', () => {
  it('har de ni kriteriene fra WP248', () => {
    expect(CRITERIA).toHaveLength(9);
    expect(new Set(CRITERIA.map((c) => c.id)).size).toBe(9);
  });
  it('to eller flere oppfylte kriterier: påkrevd etter tommelfingerregelen i WP248', () => {
    const o = screeningOutcome(answerAll('nei', ['evaluering', 'sarbare']));
    expect(o.indication).toBe('pakrevd-tommelfinger');
    expect(o.suggested).toBe('pakrevd');
    expect(o.text).toMatch(/WP248/);
  });
  it('ett oppfylt kriterium: vurder, og KS anbefaler uansett', () => {
    const o = screeningOutcome(answerAll('nei', ['stor-skala']));
    expect(o.indication).toBe('vurder');
    expect(o.suggested).toBe('anbefalt');
    expect(o.text).toMatch(/KS anbefaler/);
  });
  it('ingen kriterier: ikke nødvendigvis påkrevd, men må begrunnes; KS anbefaler', () => {
    const o = screeningOutcome(answerAll('nei'));
    expect(o.indication).toBe('ingen-kriterier');
    expect(o.text).toMatch(/begrunne/);
    expect(o.text).toMatch(/KS anbefaler/);
  });
  it('ubesvarte kriterier gir ingen konklusjon før to er oppfylt', () => {
    expect(screeningOutcome(setCriterion(emptyScreening(), 'evaluering', { answer: 'ja' })).indication).toBe('ubesvart');
    expect(screeningOutcome(emptyScreening()).suggested).toBeNull();
  });
  it('Datatilsynets liste gjør DPIA påkrevd uansett kriteriene', () => {
    const o = screeningOutcome({ ...answerAll('nei'), datatilsynetList: { answer: 'ja', note: '' } });
    expect(o.indication).toBe('datatilsynets-liste');
    expect(o.suggested).toBe('pakrevd');
  });
  it('krever begrunnelse for resultatet, og sier fra når «ikke påkrevd» strider mot svarene', () => {
    const s = { ...answerAll('nei', ['evaluering', 'ny-teknologi']), result: 'ikke-pakrevd' as const };
    const o = screeningOutcome(s);
    expect(o.problems).toHaveLength(2);
    expect(screeningOutcome({ ...s, result: 'pakrevd', reasoning: 'To kriterier.' }).problems).toEqual([]);
  });
  it('usikre svar gir «vurder»', () => {
    expect(screeningOutcome(answerAll('nei', [])).indication).toBe('ingen-kriterier');
    const s = setCriterion(answerAll('nei'), 'sammenstilling', { answer: 'usikker', note: 'vet ikke' });
    expect(screeningOutcome(s).indication).toBe('vurder');
    expect(s.criteria.sammenstilling).toEqual({ answer: 'usikker', note: 'vet ikke' });
  });
});

describe('dataflyt', () => {
  it('samler hva, hvor og hvem fra listene', () => {
    const flow = dataFlow({
      platform: 'Instagram',
      dataCategories: [
        { id: 'k1', name: 'Navn og profilbilde', special: false, note: '' },
        { id: 'k2', name: 'Helseopplysninger i kommentarer', special: true, note: '' },
      ],
      dataSubjects: [
        { id: 's1', name: 'Følgere', vulnerable: false, note: '' },
        { id: 's2', name: 'Barn og unge', vulnerable: true, note: '' },
      ],
      recipients: [{ id: 'r1', name: 'Planleggingsverktøyet', role: 'publisering', note: '' }],
      features: { kommentarer: { inUse: true, note: '' }, meldinger: { inUse: false, note: '' } },
      assets: [{ id: 'e1', kind: 'administrator', name: 'Kari', twoFactor: 'nei', note: '' }],
    });
    expect(flow.collected).toContain('Helseopplysninger i kommentarer (særlig kategori, art. 9)');
    expect(flow.collected.some((c) => c.startsWith('kommentarer'))).toBe(true);
    expect(flow.collected.some((c) => c.startsWith('direktemeldinger'))).toBe(false);
    expect(flow.collected).toContain('om: Følgere, Barn og unge');
    expect(flow.goesTo[0]).toMatch(/^Instagram/);
    expect(flow.goesTo).toContain('Planleggingsverktøyet (verktøy for planlegging og publisering)');
    expect(flow.seenBy[0]).toMatch(/alle som besøker siden/);
    expect(flow.seenBy).toContain('kommunens administratorer av siden: Kari');
    expect(flow.attention.join(' ')).toMatch(/Særlige kategorier: Helseopplysninger/);
    expect(flow.attention.join(' ')).toMatch(/Barn eller sårbare grupper: Barn og unge/);
    expect(flow.attention.join(' ')).toMatch(/Uten bekreftet tofaktorautentisering: Kari/);
    expect(flow.attention.join(' ')).toMatch(/Ikke besvart om funksjonen er i bruk/);
  });
  it('uten offentlige funksjoner er siden ikke «synlig for alle», og tomme navn hoppes over', () => {
    const features = Object.fromEntries(FEATURES.map((f) => [f.id, { inUse: false, note: '' }]));
    const flow = dataFlow({
      platform: '',
      dataCategories: [{ id: 'k', name: '  ', special: true, note: '' }],
      dataSubjects: [],
      recipients: [],
      features,
      assets: [],
    });
    expect(flow.seenBy.some((s) => s.startsWith('alle'))).toBe(false);
    expect(flow.collected).toEqual([]);
    expect(flow.goesTo[0]).toMatch(/^plattformen/);
    expect(flow.attention).toEqual(['Ingen kategorier av personopplysninger er ført opp ennå.']);
  });
});

describe('stien gjennom vurderingen', () => {
  it('har de åtte stegene i rekkefølge, og en ny vurdering er ikke påbegynt', () => {
    const path = assessmentPath(base());
    expect(path.map((s) => s.id)).toEqual([
      'screening',
      'beskrivelse',
      'behandlingsgrunnlag',
      'nodvendighet',
      'risiko',
      'medvirkning',
      'beslutning',
      'rapport',
    ]);
    expect(path.every((s) => s.state === 'ikke-pabegynt')).toBe(true);
    expect(nextStep(path)?.id).toBe('screening');
  });
  it('screening: påbegynt med ett svar, ferdig med resultat og begrunnelse', () => {
    const a = base();
    a.screening = setCriterion(a.screening, 'evaluering', { answer: 'ja' });
    expect(assessmentPath(a)[0].state).toBe('pabegynt');
    a.screening = { ...a.screening, result: 'pakrevd' };
    expect(assessmentPath(a)[0].state).toBe('pabegynt');
    a.screening = { ...a.screening, reasoning: 'KS anbefaler.' };
    expect(assessmentPath(a)[0].state).toBe('ferdig');
    expect(nextStep(assessmentPath(a), 'screening')?.id).toBe('beskrivelse');
  });
  it('beskrivelse: ferdig først når tekstene, listene og alle funksjonene er besvart', () => {
    const a = base();
    a.description = {
      ...a.description,
      purpose: 'p',
      nature: 'n',
      scope: 's',
      context: 'c',
      retention: 'r',
      dataCategories: [{ id: 'k', name: 'Navn', special: false, note: '' }],
      dataSubjects: [{ id: 's', name: 'Følgere', vulnerable: false, note: '' }],
    };
    expect(assessmentPath(a)[1].state).toBe('pabegynt');
    a.description.features = Object.fromEntries(FEATURES.map((f) => [f.id, { inUse: false, note: '' }]));
    expect(assessmentPath(a)[1].state).toBe('ferdig');
  });
  it('risiko: ferdig når hver risiko har sannsynlighet og konsekvens før og etter tiltak', () => {
    const a = base();
    const r = {
      id: 'r',
      scenarioId: null,
      title: 'x',
      goal: 'apenhet' as const,
      description: '',
      likelihood: 3,
      consequence: 3,
      justification: '',
      measures: [],
      residualLikelihood: null,
      residualConsequence: 2,
      nowLikelihood: null,
      nowConsequence: null,
      residualJustification: '',
    };
    a.risks = [r];
    expect(assessmentPath(a)[4].state).toBe('pabegynt');
    a.risks = [{ ...r, residualLikelihood: 2 }];
    expect(assessmentPath(a)[4].state).toBe('ferdig');
  });
  it('nødvendighet, medvirkning og beslutning følger definisjonene', () => {
    const a = base();
    a.necessity = { ...a.necessity, minimisation: 'm', retention: 'r', information: 'i', rights: 'r', jointControl: 'j', transfers: 't' };
    expect(assessmentPath(a)[3].state).toBe('pabegynt');
    a.necessity = setAlternative(a.necessity, 'nettsted', { chosen: true, reason: 'Vi bruker nettstedet også.' });
    expect(assessmentPath(a)[3].state).toBe('ferdig');
    a.consultation = addConsultation(a.consultation, { id: 'c', party: 'arkiv', who: '', date: '', summary: '', followUp: '' });
    expect(assessmentPath(a)[5].state).toBe('pabegynt');
    a.consultation = { ...updateConsultation(a.consultation, 'c', { summary: 'Arkivet ga råd.' }), dpoAdvice: 'Gjennomfør.' };
    expect(assessmentPath(a)[5].state).toBe('ferdig');
    a.signOff = { ...a.signOff, approverName: 'Ola', date: '2026-11-30', nextReview: '2027-11-30' };
    expect(assessmentPath(a)[6].state).toBe('pabegynt');
    expect(assessmentPath(a)[7].state).toBe('pabegynt');
  });
  it('nextStep hopper over ferdige steg og går rundt til starten', () => {
    const path = STEPS.map((s) => ({ ...s, state: s.id === 'screening' ? ('pabegynt' as const) : ('ferdig' as const) }));
    expect(nextStep(path, 'medvirkning')?.id).toBe('screening');
    expect(nextStep(path.map((s) => ({ ...s, state: 'ferdig' as const })))).toBeNull();
  });
});

describe('gjennomgang', () => {
  it('neste gjennomgang er tolv måneder etter godkjenningen som standard', () => {
    expect(defaultNextReview('2026-11-30')).toBe('2027-11-30');
    expect(defaultNextReview('2028-02-29')).toBe('2029-02-28');
    expect(defaultNextReview('')).toBe('');
  });
  it('forfalt, snart, planlagt og ikke satt', () => {
    expect(reviewState('2026-11-29', '2026-11-30')).toBe('forfalt');
    expect(reviewState('2026-11-30', '2026-11-30')).toBe('snart');
    expect(reviewState('2026-12-30', '2026-11-30')).toBe('snart');
    expect(reviewState('2026-12-31', '2026-11-30')).toBe('planlagt');
    expect(reviewState('', '2026-11-30')).toBe('ikke-satt');
  });
  it('lister forfalte og snart forfalte vurderinger, den eldste først', () => {
    const mk = (id: string, nextReview: string) => ({ id, signOff: { nextReview, reviewOwner: 'Kari' } });
    const due = dueForReview([mk('a', '2027-06-01'), mk('b', '2026-12-10'), mk('c', '2026-01-01'), mk('d', '')], '2026-11-30');
    expect(due.map((d) => [d.item.id, d.state])).toEqual([
      ['c', 'forfalt'],
      ['b', 'snart'],
    ]);
  });
});

describe('fingeravtrykk per del', () => {
  it('viser hvilke deler som er endret mellom to runder', () => {
    const a = base();
    const before = sectionFingerprints(a);
    const b = { ...a, screening: { ...a.screening, reasoning: 'Endret.' }, risks: [], updatedAt: '2027-01-01T00:00:00.000Z' };
    const diff = diffSections(before, sectionFingerprints(b));
    expect(diff).toMatchObject({ known: true, changed: [{ key: 'screening', label: 'Trenger vi en DPIA?' }] });
    expect(diffSections(before, sectionFingerprints(structuredClone(a)))).toMatchObject({ known: true, changed: [] });
    expect(diffSections(undefined, before)).toEqual({ known: false });
  });
});

describe('nødvendighet og medvirkning', () => {
  it('henter svarene fra veiviseren for behandlingsgrunnlag (bare synlige og besvarte spørsmål)', () => {
    const transfers = FIELDS.find((f) => f.key === 'transfers')!;
    const section = {
      answers: {
        leverandor: { value: 'tredjeland', justification: 'USA' },
        overforingsgrunnlag: { value: 'navngitt', justification: 'Rammeavtalen' },
      },
    };
    expect(linkedAnswers(section, transfers).map((x) => x.answer)).toEqual([
      'Utenfor EU/EØS, i et land uten adekvansbeslutning',
      'Ja, vi har et overføringsgrunnlag',
    ]);
    const eea = {
      answers: { leverandor: { value: 'eos', justification: '' }, overforingsgrunnlag: { value: 'navngitt', justification: 'x' } },
    };
    expect(linkedAnswers(eea, transfers)).toHaveLength(1);
    expect(linkedAnswers({ answers: {} }, transfers)).toEqual([]);
  });
  it('minner om personvernombudet og de registrerte, og fjerner en oppføring', () => {
    let c = addConsultation(emptyConsultation(), {
      id: 'x',
      party: 'personvernombud',
      who: 'Per',
      date: '2026-11-01',
      summary: 's',
      followUp: '',
    });
    expect(missingParties(c)).toEqual(['registrerte']);
    c = removeConsultation(c, 'x');
    expect(c.entries).toEqual([]);
  });
  it('de tomme delene er gyldige etter skjemaene, og en ukjent verdi gir norsk feil', () => {
    expect(check(screeningSection, emptyScreening()).ok).toBe(true);
    expect(check(necessitySection, emptyNecessity()).ok).toBe(true);
    expect(check(consultationSection, emptyConsultation()).ok).toBe(true);
    expect(check(signOffSection, emptySignOff()).ok).toBe(true);
    const bad = check(screeningSection, { ...emptyScreening(), result: 'kanskje' });
    expect(bad).toMatchObject({ ok: false, problem: { path: ['result'], message: 'Ukjent resultat av vurderingen.' } });
  });
});

describe('nødvendighet: svar fra sjekklistene', () => {
  it('hver henvisning i feltene finnes i sjekklistene under content/sjekklister/', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const yaml = await import('yaml');
    const { FIELDS, necessityChecklistRefs } = await import('../../src/lib/dpia/necessity');
    const dir = join(import.meta.dirname, '../../content/sjekklister');
    const lists = readdirSync(dir)
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => yaml.parse(readFileSync(join(dir, f), 'utf8')) as Checklist);
    const refs = necessityChecklistRefs(lists);
    const wanted = [...new Set(FIELDS.flatMap((f) => f.checklist))];
    expect(wanted.length).toBeGreaterThan(0);
    expect(refs.map((r) => `${r.listId}/${r.itemId}`).sort()).toEqual(wanted.sort());
    for (const r of refs) expect(r.question).toMatch(/\?$/);
  });

  it('viser svar og kommentar, og «Ikke besvart» for det som mangler', async () => {
    const { FIELDS, linkedChecklistAnswers } = await import('../../src/lib/dpia/necessity');
    const field = FIELDS.find((f) => f.key === 'transfers')!;
    const refs = [
      { listId: 'overforing', listTitle: 'Overføring', itemId: 'hvor', question: 'Hvor?' },
      { listId: 'overforing', listTitle: 'Overføring', itemId: 'overforingsgrunnlag', question: 'Grunnlag?' },
    ];
    const out = linkedChecklistAnswers({ overforing: { hvor: { answer: 'ja', comment: ' Irland og USA. ' } } }, refs, field);
    expect(out.map((x) => [x.itemId, x.answer, x.answered, x.comment])).toEqual([
      ['hvor', 'Ja', true, 'Irland og USA.'],
      ['overforingsgrunnlag', 'Ikke besvart', false, ''],
    ]);
  });
});

describe('tekstene i beskrivelsen', () => {
  it('de fire fritekstene spørres i rekkefølgen formål, art, omfang og sammenheng, hver med etikett og hjelpetekst', () => {
    expect(DESCRIPTION_TEXTS.map((t) => t.key)).toEqual(['purpose', 'nature', 'scope', 'context']);
    for (const t of DESCRIPTION_TEXTS) {
      expect(t.label.trim()).not.toBe('');
      expect(t.help.length).toBeGreaterThan(40);
    }
  });

  it('hver av de fire listene har sitt eget id-prefiks (feltene i skjemaet får unike id-er) og en hjelpetekst', () => {
    const lists = Object.values(LIST_TEXTS);
    expect(new Set(lists.map((l) => l.idPrefix)).size).toBe(4);
    expect(new Set(lists.map((l) => l.heading)).size).toBe(4);
    for (const l of lists) expect(l.help.trim()).not.toBe('');
  });
});
