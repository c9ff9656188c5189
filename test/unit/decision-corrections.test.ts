import { describe, it, expect } from 'vitest';
import { rootOf } from '../../src/lib/decisions/corrections';

const log = (entries: [string, string | null][]) => new Map(entries.map(([id, corrects]) => [id, { id, corrects }]));

describe('rettelser i logger som bare føyes til', () => {
  it('følger kjeden tilbake til den første oppføringen', () => {
    const byId = log([
      ['a', null],
      ['b', 'a'],
      ['c', 'b'],
    ]);
    expect(rootOf(byId.get('c')!, byId).id).toBe('a');
    expect(rootOf(byId.get('a')!, byId).id).toBe('a');
  });
  it('stopper ved en id som mangler og ved en sløyfe', () => {
    const missing = log([['b', 'borte']]);
    expect(rootOf(missing.get('b')!, missing).id).toBe('b');
    const cycle = log([
      ['a', 'c'],
      ['b', 'a'],
      ['c', 'b'],
    ]);
    expect(['a', 'b', 'c']).toContain(rootOf(cycle.get('c')!, cycle).id);
    expect(rootOf(cycle.get('c')!, cycle).id).toBe('a');
  });
});
