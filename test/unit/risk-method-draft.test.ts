import { describe, it, expect } from 'vitest';
import { methodFromDraft, cycleCell, updateStep, updateBand } from '../../src/lib/risk/method-edit';
import { CLASSIC_METHOD, DEFAULT_METHOD, copyMethod } from '../../src/lib/risk/method-presets';

describe('methodFromDraft: det ulagrede utkastet på metodesiden (src/lib/risk/method-edit.ts)', () => {
  it('gir tilbake et endret utkast uendret', () => {
    const edited = cycleCell({ ...copyMethod(DEFAULT_METHOD), name: 'Vår metode' }, 1, 5);
    expect(methodFromDraft(JSON.stringify(edited))).toEqual(edited);
  });

  it('godtar tomme navn som ennå skrives, siden lagringen sier fra om dem', () => {
    let m = { ...copyMethod(CLASSIC_METHOD), name: '' };
    m = updateStep(m, 'likelihood', 0, { name: ' ' });
    m = updateBand(m, m.bands[0].id, { name: '' });
    expect(methodFromDraft(JSON.stringify(m))).toEqual(m);
  });

  it('avviser det som ikke er en metode siden kan tegne', () => {
    const m = copyMethod(DEFAULT_METHOD);
    expect(methodFromDraft('{"name":')).toBeNull();
    expect(methodFromDraft('null')).toBeNull();
    expect(methodFromDraft(JSON.stringify({ ...m, bands: 'ingen' }))).toBeNull();
    // A matrix that does not fit the scales, and a cell with an unknown band.
    expect(methodFromDraft(JSON.stringify({ ...m, matrix: m.matrix.slice(1) }))).toBeNull();
    expect(
      methodFromDraft(JSON.stringify({ ...m, matrix: m.matrix.map((row, i) => (i === 0 ? ['ukjent', ...row.slice(1)] : row)) })),
    ).toBeNull();
    expect(methodFromDraft(JSON.stringify({ ...m, highBand: 'ukjent' }))).toBeNull();
  });
});
