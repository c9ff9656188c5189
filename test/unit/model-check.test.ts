import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import * as v from '../../src/lib/model/check';
import { assessment, isoDateTime, optionalDate, workspaceFile, type WorkspaceFile } from '../../src/lib/model/schema';
import { workspaceJsonSchema } from '../../src/lib/model/json-schema';
import { findShapeProblem, stripBom } from '../../src/lib/workspace/safe-json';
import { fieldProblem, problemText } from '../../src/lib/workspace/issues';

const problem = <T>(schema: v.Schema<T>, value: unknown) => {
  const result = v.check(schema, value);
  if (result.ok) throw new Error(`godtok ${JSON.stringify(value)}`);
  return result.problem;
};

describe('validatoren (check.ts)', () => {
  const item = v.object({
    id: v.matching(/^[a-z]+$/, 'Ugyldig id.'),
    name: v.string(5, 'For langt navn.'),
    score: v.nullable(v.integer(1, 5)),
    done: v.boolean,
    kind: v.picklist(['a', 'b'], 'Ukjent type.'),
    note: v.optional(v.string(10, 'For lang merknad.')),
  });
  const list = v.object({
    format: v.literal('x'),
    items: v.array(item, 2),
    tags: v.record(v.matching(/^[a-z]+$/, 'Ugyldig nøkkel.'), v.boolean),
  });
  const good = { id: 'en', name: 'Navn', score: 3, done: false, kind: 'a' };

  it('godtar gyldige data og gir en ny verdi med bare feltene skjemaet kjenner', () => {
    const input = { format: 'x', items: [{ ...good, extra: 'bort' }], tags: { ok: true }, other: 1 };
    const before = structuredClone(input);
    const result = v.check(list, input);
    expect(result).toEqual({ ok: true, value: { format: 'x', items: [good], tags: { ok: true } } });
    expect(input).toEqual(before);
    if (result.ok) expect(result.value.items[0]).not.toBe(input.items[0]);
  });

  it('gir de delene som er gyldige som de står, tilbake som de samme objektene, og nye der noe er tatt bort', () => {
    const first = { ...good };
    const second = { ...good, id: 'to' };
    const input = { format: 'x', items: [first, second], tags: { ok: true } };
    const same = v.check(list, input);
    // Valid as it stands: the same object all the way down, so an unchanged part keeps its identity.
    expect(same.ok && same.value).toBe(input);
    // An edit as the store makes it: a new list with one new item; the other item stays the same object.
    const edited = { ...input, items: [first, { ...second, name: 'Nytt' }] };
    const after = v.check(list, edited);
    expect(after.ok && after.value).toBe(edited);
    expect(after.ok && after.value.items[0]).toBe(first);
    // An unknown field deep down: new objects on the way to it, the rest shared.
    const extra = { ...input, items: [first, { ...second, extra: 1 }] };
    const cleaned = v.check(list, extra);
    expect(cleaned.ok && cleaned.value).not.toBe(extra);
    expect(cleaned.ok && cleaned.value.items).not.toBe(extra.items);
    expect(cleaned.ok && cleaned.value.items[1]).toEqual(second);
    expect(cleaned.ok && cleaned.value.items[0]).toBe(first);
    expect(cleaned.ok && cleaned.value.tags).toBe(input.tags);
    // An optional field that is present but undefined is left out, so the object is new.
    const withUndefined = { ...good, note: undefined };
    const noNote = v.check(item, withUndefined);
    expect(noNote.ok && noNote.value).not.toBe(withUndefined);
    expect(noNote.ok && 'note' in noNote.value).toBe(false);
    // An object that is not a plain object is copied into one.
    const odd = Object.assign(Object.create({ inherited: 1 }) as object, good);
    const plain = v.check(item, odd);
    expect(plain.ok && Object.getPrototypeOf(plain.value)).toBe(Object.prototype);
  });

  it('et valgfritt felt kan mangle (og blir da ikke lagt til), men sjekkes når det finnes', () => {
    const result = v.check(item, good);
    expect(result.ok && 'note' in result.value).toBe(false);
    expect(v.check(item, { ...good, note: 'kort' })).toEqual({ ok: true, value: { ...good, note: 'kort' } });
    expect(problem(item, { ...good, note: 'altfor lang merknad' })).toEqual({ path: ['note'], message: 'For lang merknad.' });
  });

  it.each([
    ['et felt mangler', { ...good, name: undefined }, ['name'], 'Feltet mangler.'],
    ['tekst er et tall', { ...good, name: 3 }, ['name'], 'Må være tekst (fant 3).'],
    ['for lang tekst', { ...good, name: 'sekstegn' }, ['name'], 'For langt navn.'],
    ['tekst som ikke passer mønsteret', { ...good, id: 'EN' }, ['id'], 'Ugyldig id.'],
    ['tall er tekst', { ...good, score: 'høy' }, ['score'], 'Må være et tall (fant "høy").'],
    ['desimaltall', { ...good, score: 2.5 }, ['score'], 'Må være et heltall.'],
    ['under laveste verdi', { ...good, score: 0 }, ['score'], 'Lavest 1.'],
    ['over høyeste verdi', { ...good, score: 6 }, ['score'], 'Høyest 5.'],
    ['uendelig', { ...good, score: Infinity }, ['score'], 'Må være et tall (fant Infinity).'],
    ['sann/usann er tekst', { ...good, done: 'ja' }, ['done'], 'Må være sann eller usann (fant "ja").'],
    ['ukjent valg', { ...good, kind: 'c' }, ['kind'], 'Ukjent type.'],
    ['objekt er en liste', [good], [], 'Må være et objekt (fant en liste).'],
    ['objekt er null', null, [], 'Må være et objekt (fant null).'],
  ])('sier hva som er feil og hvor: %s', (_, value, path, message) => {
    expect(problem(item, value)).toEqual({ path, message });
  });

  it('viser lange tekster forkortet i meldingen', () => {
    expect(problem(item, { ...good, score: 'x'.repeat(100) }).message).toBe(`Må være et tall (fant "${'x'.repeat(40)}…").`);
  });

  it('lister, konstanter og oppslag: første feil med sti', () => {
    const base = { format: 'x', items: [good], tags: {} };
    expect(problem(list, { ...base, format: 'y' })).toEqual({ path: ['format'], message: 'Har feil verdi (fant "y", forventet "x").' });
    expect(problem(list, { ...base, items: {} })).toEqual({ path: ['items'], message: 'Må være en liste (fant et objekt).' });
    expect(problem(list, { ...base, items: [good, good, good] })).toEqual({
      path: ['items'],
      message: 'Listen har for mange elementer (3, høyst 2).',
    });
    expect(problem(list, { ...base, items: [good, { ...good, kind: 'z' }] })).toEqual({
      path: ['items', 1, 'kind'],
      message: 'Ukjent type.',
    });
    expect(problem(list, { ...base, tags: { OK: true } })).toEqual({ path: ['tags', 'OK'], message: 'Ugyldig nøkkel.' });
    expect(problem(list, { ...base, tags: { ok: 1 } })).toEqual({ path: ['tags', 'ok'], message: 'Må være sann eller usann (fant 1).' });
  });

  it('godtar aldri nøkler som kan endre prototypen, heller ikke i oppslag', () => {
    const open = v.record(v.matching(/^\w+$/, 'Ugyldig nøkkel.'), v.boolean);
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      expect(problem(open, JSON.parse(`{"${key}": true}`))).toEqual({ path: [key], message: `Nøkkelen «${key}» er ikke tillatt.` });
    }
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });

  it('problemet med sti og feltnavn på norsk, også for nøkler som finnes på alle objekter', () => {
    const found = fieldProblem({
      path: ['assessments', 0, 'checklists', 'constructor'],
      message: 'Nøkkelen «constructor» er ikke tillatt.',
    });
    expect(found).toEqual({
      path: 'assessments[0].checklists.constructor',
      where: 'vurdering 1 › sjekklister › «constructor»',
      message: 'Nøkkelen «constructor» er ikke tillatt.',
    });
    expect(problemText(found)).toBe(
      'Feil i assessments[0].checklists.constructor (vurdering 1 › sjekklister › «constructor»): Nøkkelen «constructor» er ikke tillatt.',
    );
    expect(problemText(fieldProblem({ path: [], message: 'Må være et objekt (fant null).' }))).toBe('Må være et objekt (fant null).');
  });

  it('leser ikke felter fra prototypen', () => {
    const withToString = v.object({ toString: v.string(10, 'For lang.') });
    expect(problem(withToString, {})).toEqual({ path: ['toString'], message: 'Feltet mangler.' });
  });

  it('godtar de samme tidspunktene og datoene som formatet alltid har godtatt', () => {
    for (const ok of [
      '2026-11-23T10:00:00.000Z',
      '2026-11-23T10:00:00Z',
      '2026-11-23 10:00:00Z',
      '2026-11-23T10:00:00+01:00',
      '2026-11-23T10:00:00+0100',
      '2026-11-23T23:59:59.123456789Z',
    ]) {
      expect(v.is(isoDateTime, ok), ok).toBe(true);
    }
    for (const bad of ['2026-11-23', '2026-13-01T10:00:00Z', '2026-11-23T24:00:00Z', '2026-11-23T10:00Z', '2026-11-23T10:00:00', 'i går']) {
      expect(v.is(isoDateTime, bad), bad).toBe(false);
    }
    for (const ok of ['', '2026-11-23', '2026-02-01']) expect(v.is(optionalDate, ok), ok).toBe(true);
    for (const bad of ['23.11.2026', '2026-11-32', '2026-00-10', ' ']) expect(v.is(optionalDate, bad), bad).toBe(false);
  });

  // Loose on purpose: it catches a pathology (e.g. quadratic checking), not a slow neighbour on the machine; budgets live in the bench.
  it('er rask nok: en vurdering med 2 000 risikoer sjekkes på under 1 s', () => {
    const risk = {
      id: 'r',
      scenarioId: null,
      title: 'T',
      goal: 'apenhet',
      description: '',
      likelihood: 3,
      consequence: 4,
      justification: '',
      measures: [{ id: 'm', text: 'Tiltak', owner: '', deadline: '2027-01-01', status: 'planlagt' }],
      residualLikelihood: 2,
      residualConsequence: 2,
      nowLikelihood: null,
      nowConsequence: null,
      residualJustification: '',
    };
    const valid = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/workspace-valid.json'), 'utf8')) as WorkspaceFile;
    const big = { ...valid.assessments[0], risks: Array.from({ length: 2000 }, (_, i) => ({ ...risk, id: `r${i}` })) };
    const start = performance.now();
    expect(v.check(assessment, big).ok).toBe(true);
    expect(performance.now() - start).toBeLessThan(1000);
  });
});

/**
 * The published JSON Schema is generated from the same schemas. Whatever a
 * file is, the app and a JSON Schema validator must agree on whether it is
 * valid (files with keys that could change a prototype are refused before
 * validation, so they are left out).
 */
describe('validatoren og det publiserte JSON Schema er enige', () => {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const schemaValid = ajv.compile(workspaceJsonSchema());
  const fixtures = join(import.meta.dirname, '../fixtures');
  const files = [
    'workspace-valid.json',
    ...['good-imports', 'bad-imports'].flatMap((dir) => readdirSync(join(fixtures, dir)).map((f) => join(dir, f))),
  ];
  const parsed = files.flatMap((file) => {
    try {
      const value: unknown = JSON.parse(stripBom(readFileSync(join(fixtures, file), 'utf8')));
      return findShapeProblem(value) ? [] : [[file, value] as const];
    } catch {
      return [];
    }
  });

  it.each(parsed)('%s', (_, value) => {
    expect(v.check(workspaceFile, value).ok).toBe(schemaValid(value));
  });

  it('også for 300 tilfeldige endringer av en gyldig fil', () => {
    const valid = JSON.parse(readFileSync(join(fixtures, 'workspace-valid.json'), 'utf8')) as WorkspaceFile;
    // A small deterministic generator, so a failure can be reproduced.
    let seed = 20261124;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const replacements: unknown[] = [null, 0, 7, -1, 2.5, '', 'x', 'ja', true, false, [], {}, 'x'.repeat(600), '2026-11-23', undefined];
    const paths = (value: unknown, path: (string | number)[] = []): (string | number)[][] =>
      value !== null && typeof value === 'object'
        ? [path, ...Object.entries(value).flatMap(([k, child]) => paths(child, [...path, Array.isArray(value) ? Number(k) : k]))]
        : [path];
    const all = paths(valid).filter((p) => p.length > 0);
    let invalid = 0;
    for (let i = 0; i < 300; i++) {
      const copy = structuredClone(valid);
      const path = all[random(all.length)];
      const parent = path
        .slice(0, -1)
        .reduce((node: Record<string | number, unknown>, key) => node[key] as Record<string | number, unknown>, copy);
      const replacement = replacements[random(replacements.length)];
      if (replacement === undefined) delete parent[path.at(-1)!];
      else parent[path.at(-1)!] = structuredClone(replacement);
      const ours = v.check(workspaceFile, copy).ok;
      expect(ours, `${path.join('.')} = ${JSON.stringify(replacement)}`).toBe(schemaValid(copy));
      if (!ours) invalid++;
    }
    // The mutations reach both outcomes.
    expect(invalid).toBeGreaterThan(100);
    expect(invalid).toBeLessThan(300);
  });
});
