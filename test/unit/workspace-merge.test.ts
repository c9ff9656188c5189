import { describe, it, expect } from 'vitest';
import { mergeThreeWay, rebaseOnto } from '../../src/lib/workspace/merge';
import { applicableFields, draftKey, parseDraft } from '../../src/lib/workspace/drafts';

describe('fletting av to fanenes endringer', () => {
  const base = {
    title: 'A',
    updatedAt: '1',
    ethics: { conclusion: '', themes: { lov: { present: '', absent: '' } } },
    risks: [
      { id: 'r1', title: 'R1' },
      { id: 'r2', title: 'R2' },
    ],
  };

  it('tar med begge endringene når de gjelder hvert sitt felt', () => {
    const mine = { ...base, updatedAt: '2', ethics: { ...base.ethics, conclusion: 'Magefølelsen sier ja.' } };
    const theirs = { ...base, updatedAt: '3', ethics: { ...base.ethics, themes: { lov: { present: 'Hjemmel finnes', absent: '' } } } };
    const merged = mergeThreeWay(base, mine, theirs);
    expect(merged.conflicts).toEqual([]);
    expect(merged.value.ethics).toEqual({
      conclusion: 'Magefølelsen sier ja.',
      themes: { lov: { present: 'Hjemmel finnes', absent: '' } },
    });
  });

  it('beholder den lagrede teksten og melder konflikt når begge endret samme felt', () => {
    const mine = { ...base, title: 'Min' };
    const theirs = { ...base, title: 'Deres' };
    expect(mergeThreeWay(base, mine, theirs)).toEqual({ value: theirs, conflicts: ['title'] });
  });

  it('fletter lister med id element for element: to faner som endrer hver sin risiko, og en som legger til', () => {
    const mine = {
      ...base,
      risks: [
        { id: 'r1', title: 'R1 endret' },
        { id: 'r2', title: 'R2' },
        { id: 'r3', title: 'Ny' },
      ],
    };
    const theirs = {
      ...base,
      risks: [
        { id: 'r1', title: 'R1' },
        { id: 'r2', title: 'R2 endret' },
      ],
    };
    const merged = mergeThreeWay(base, mine, theirs);
    expect(merged.conflicts).toEqual([]);
    expect(merged.value.risks).toEqual([
      { id: 'r1', title: 'R1 endret' },
      { id: 'r2', title: 'R2 endret' },
      { id: 'r3', title: 'Ny' },
    ]);
  });

  it('sletter ikke en risiko den andre fanen har endret', () => {
    const mine = { ...base, risks: [{ id: 'r2', title: 'R2' }] };
    const theirs = {
      ...base,
      risks: [
        { id: 'r1', title: 'R1 endret' },
        { id: 'r2', title: 'R2' },
      ],
    };
    const merged = mergeThreeWay(base, mine, theirs);
    expect(merged.value.risks).toEqual(theirs.risks);
    expect(merged.conflicts).toEqual(['risks[r1]']);
  });
});

describe('utkast', () => {
  it('lager versjonerte nøkler bare av trygge navn', () => {
    expect(draftKey('risiko', 'r-1')).toBe('some-veilederen:v1:utkast:risiko:r-1');
    expect(draftKey('risiko', 'a:b')).toBeNull();
  });

  it('godtar bare gyldige utkast', () => {
    expect(parseDraft('{"at":"2026-11-30T10:00:00.000Z","fields":{"title":"Hei"},"base":{"title":""}}')).toEqual({
      at: '2026-11-30T10:00:00.000Z',
      fields: { title: 'Hei' },
      base: { title: '' },
    });
    for (const bad of [
      '{',
      'null',
      '[]',
      '{"at":"i går","fields":{},"base":{}}',
      '{"at":"2026-11-30T10:00:00.000Z","fields":{"t":1},"base":{}}',
      '{"at":"2026-11-30T10:00:00.000Z","fields":{"__proto__":"x"},"base":{}}',
    ]) {
      expect(parseDraft(bad), bad).toBeNull();
    }
  });

  it('setter bare inn tekst som ble skrevet over det som fortsatt er lagret', () => {
    const draft = {
      at: '2026-11-30T10:00:00.000Z',
      fields: { a: 'ny a', b: 'ny b', c: 'lik' },
      base: { a: 'gammel', b: 'gammel', c: 'lik' },
    };
    expect(applicableFields(draft, { a: 'gammel', b: 'endret et annet sted', c: 'lik' })).toEqual({ a: 'ny a' });
  });
});

describe('en annen fane som skrev fra en kopi uten denne fanens siste lagring', () => {
  const before = { updatedAt: '1', themes: { lov: 'Færre kanale', moral: '' }, risks: [{ id: 'r1', title: 'R1' }] };
  const after = {
    updatedAt: '2',
    themes: { lov: 'Færre kanaler å', moral: '' },
    risks: [
      { id: 'r1', title: 'R1' },
      { id: 'r2', title: 'Ny' },
    ],
  };

  it('setter denne fanens tekst og nye risiko tilbake, og beholder den andre fanens endring', () => {
    const stale = { updatedAt: '3', themes: { lov: 'Færre kanale', moral: 'Innbyggerne' }, risks: [{ id: 'r1', title: 'R1' }] };
    expect(rebaseOnto([before], after, stale)).toEqual({
      updatedAt: '3',
      themes: { lov: 'Færre kanaler å', moral: 'Innbyggerne' },
      risks: [
        { id: 'r1', title: 'R1' },
        { id: 'r2', title: 'Ny' },
      ],
    });
  });

  it('tar verdien som den er når den allerede har med alt denne fanen lagret', () => {
    const seen = { ...after, updatedAt: '3', themes: { ...after.themes, moral: 'Innbyggerne' } };
    expect(rebaseOnto([before], after, seen)).toBeNull();
  });

  it('finner kopien den andre fanen skrev fra, også når den mangler flere av denne fanens lagringer', () => {
    const first = { ...before, themes: { lov: 'Færre', moral: '' } };
    const stale = { ...first, updatedAt: '3', themes: { lov: 'Færre', moral: 'Innbyggerne' } };
    expect(rebaseOnto([first, before], after, stale)).toMatchObject({ themes: { lov: 'Færre kanaler å', moral: 'Innbyggerne' } });
  });

  it('tar ikke en senere lagring uten endring som kopien den andre fanen skrev fra', () => {
    // This tab saved 'Færre kanale', then 'Færre kanaler å', then the same again (leaving the field).
    const stale = { ...before, updatedAt: '4', themes: { lov: 'Færre kanale', moral: 'Innbyggerne' } };
    expect(rebaseOnto([{ ...before, themes: { lov: '', moral: '' } }, before, after], after, stale)).toMatchObject({
      themes: { lov: 'Færre kanaler å', moral: 'Innbyggerne' },
    });
  });

  it('lar den andre fanens endring av det samme feltet vinne', () => {
    const changed = { ...after, updatedAt: '3', themes: { lov: 'Helt annen tekst', moral: '' } };
    expect(rebaseOnto([before], after, changed)).toBeNull();
  });
});
