import { describe, it, expect } from 'vitest';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bandAt, cellsThatMove, isHighBand, residualIsHigh, textColourFor, validateMethod } from '../../src/lib/risk/method';
import { CLASSIC_METHOD, DEFAULT_METHOD, copyMethod } from '../../src/lib/risk/method-presets';
import { methodFileName, methodFileText, methodJsonSchema, parseMethodFile } from '../../src/lib/risk/method-file';
import { bandOf } from '../../src/lib/risk/scoring';

const cells = [1, 2, 3, 4, 5].flatMap((l) => [1, 2, 3, 4, 5].map((c) => [l, c] as const));

describe('de ferdige metodene', () => {
  it('er gyldige', () => {
    expect(validateMethod(DEFAULT_METHOD)).toEqual({ ok: true, method: DEFAULT_METHOD });
    expect(validateMethod(CLASSIC_METHOD)).toEqual({ ok: true, method: CLASSIC_METHOD });
  });

  // Every cell of the classic method is today's band of likelihood × consequence (lav 1–4, middels 5–9, høy 10–25).
  it.each(cells)('klassisk: sannsynlighet %i, konsekvens %i har samme nivå som produktet', (l, c) => {
    expect(bandAt(CLASSIC_METHOD, l, c)!.id).toBe(bandOf(l * c));
  });

  const expected: Record<string, string> = {
    // likelihood: consequence 1..5
    1: 'lav lav lav middels middels',
    2: 'lav lav middels hoy hoy',
    3: 'lav middels middels hoy hoy',
    4: 'lav middels hoy hoy hoy',
    5: 'lav middels hoy hoy hoy',
  };
  it.each(cells)('standard: sannsynlighet %i, konsekvens %i', (l, c) => {
    expect(bandAt(DEFAULT_METHOD, l, c)!.id).toBe(expected[l].split(' ')[c - 1]);
  });

  it('standard: høyeste konsekvens er aldri lav og er høy fra sannsynlighet 2', () => {
    for (let l = 1; l <= 5; l++) {
      expect(bandAt(DEFAULT_METHOD, l, 5)!.id).not.toBe('lav');
      expect(bandAt(DEFAULT_METHOD, l, 5)!.id === 'hoy').toBe(l >= 2);
    }
  });

  it('standard vekter konsekvens: S2 K4 er høy, S4 K2 er middels; 1 × 5 er ikke lenger lav eller middels bare av produktet', () => {
    expect(bandAt(DEFAULT_METHOD, 2, 4)!.id).toBe('hoy');
    expect(bandAt(DEFAULT_METHOD, 4, 2)!.id).toBe('middels');
    expect(bandAt(CLASSIC_METHOD, 2, 4)!.id).toBe('middels');
  });

  it('høy for art. 36 kommer fra metoden, ikke fra et tall', () => {
    expect(residualIsHigh(DEFAULT_METHOD, 2, 4)).toBe(true);
    expect(residualIsHigh(CLASSIC_METHOD, 2, 4)).toBe(false);
    expect(residualIsHigh(DEFAULT_METHOD, null, 4)).toBe(false);
    const fourBands = copyMethod(CLASSIC_METHOD);
    fourBands.bands.push({ id: 'kritisk', name: 'Kritisk', colour: '#b00020', pattern: 'ruter', criterion: 'Stopp.' });
    fourBands.matrix[4][4] = 'kritisk';
    expect(isHighBand(fourBands, 'kritisk')).toBe(true);
    expect(isHighBand(fourBands, 'middels')).toBe(false);
    fourBands.highBand = 'kritisk';
    expect(residualIsHigh(fourBands, 4, 4)).toBe(false);
    expect(residualIsHigh(fourBands, 5, 5)).toBe(true);
  });

  it('utenfor matrisen gir ingen nivå', () => {
    expect(bandAt(DEFAULT_METHOD, 6, 1)).toBeNull();
    expect(bandAt(DEFAULT_METHOD, 0, 1)).toBeNull();
  });

  it('viser hvilke ruter som endrer nivå fra klassisk til standard', () => {
    const moved = cellsThatMove(CLASSIC_METHOD, DEFAULT_METHOD);
    expect(moved).toContainEqual({ likelihood: 2, consequence: 4, from: 'Middels', to: 'Høy' });
    expect(moved.some((m) => m.likelihood === 1 && m.consequence === 5)).toBe(false);
    expect(cellsThatMove(CLASSIC_METHOD, CLASSIC_METHOD)).toEqual([]);
  });

  it('fiksturene (test/fixtures/metoder.json, brukt av make-imports.mjs) er de ferdige metodene slik de er nå', () => {
    const saved: unknown = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/metoder.json'), 'utf8'));
    expect(saved).toEqual({ standard: DEFAULT_METHOD, klassisk: CLASSIC_METHOD });
  });

  it('velger lesbar tekstfarge', () => {
    expect(textColourFor('#f7c8c4')).toBe('#111111');
    expect(textColourFor('#1a237e')).toBe('#ffffff');
  });
});

const file = (mutate: (m: Record<string, unknown>) => void, outer?: (f: Record<string, unknown>) => void) => {
  const f = JSON.parse(methodFileText(DEFAULT_METHOD, new Date('2026-11-30T12:00:00Z'))) as { method: Record<string, unknown> } & Record<
    string,
    unknown
  >;
  mutate(f.method);
  outer?.(f);
  return JSON.stringify(f);
};

describe('import av en metodefil', () => {
  it('leser en eksportert fil tilbake', () => {
    const result = parseMethodFile(methodFileText(DEFAULT_METHOD, new Date()));
    expect(result).toEqual({ ok: true, method: DEFAULT_METHOD });
  });

  const bad: [string, string, RegExp][] = [
    ['ikke JSON', '{"format": ', /ikke gyldig JSON/],
    ['en liste', '[]', /forventet et JSON-objekt/],
    [
      'feil format',
      file(
        () => {},
        (f) => (f.format = 'noe-annet'),
      ),
      /ikke en risikometode fra SoMe-veilederen/,
    ],
    [
      'ukjent versjon',
      file(
        () => {},
        (f) => (f.version = 2),
      ),
      /versjon av metodeformatet/,
    ],
    [
      'to trinn',
      file((m) => {
        (m.likelihood as unknown[]).splice(2);
        (m.matrix as unknown[]).splice(2);
      }),
      /Sannsynlighetsskalaen må ha fra 3 til 6 trinn \(fant 2\)/,
    ],
    [
      'sju trinn',
      file((m) => {
        const c = m.consequence as unknown[];
        c.push(c[0], c[0]);
      }),
      /Listen har for mange elementer|fra 3 til 6 trinn/,
    ],
    [
      'ett nivå',
      file((m) => {
        m.bands = [(m.bands as unknown[])[0]];
      }),
      /fra 2 til 5 nivåer \(fant 1\)/,
    ],
    [
      'ukjent nivå i matrisen',
      file((m) => {
        (m.matrix as string[][])[2][3] = 'ekstrem';
      }),
      /sannsynlighet 3, konsekvens 4 viser til et ukjent nivå/,
    ],
    [
      'for kort rad',
      file((m) => {
        (m.matrix as string[][])[0].pop();
      }),
      /rad for sannsynlighet 1 må ha én rute per konsekvenstrinn/,
    ],
    [
      'ugyldig farge',
      file((m) => {
        (m.bands as { colour: string }[])[1].colour = 'gul';
      }),
      /bands › nr\. 2 › colour: Ugyldig farge/,
    ],
    [
      'to like nivåer',
      file((m) => {
        (m.bands as { id: string }[])[1].id = 'lav';
      }),
      /«lav» finnes to ganger/,
    ],
    [
      'ukjent høyt nivå',
      file((m) => {
        m.highBand = 'rod';
      }),
      /regnes som høyt \(«rod»\), finnes ikke/,
    ],
    [
      'trinn uten navn',
      file((m) => {
        (m.likelihood as { name: string }[])[0].name = ' ';
      }),
      /trinn 1 mangler navn/,
    ],
    [
      'mangler akseptkriterium',
      file((m) => {
        delete (m.bands as Record<string, unknown>[])[0].criterion;
      }),
      /criterion: Feltet mangler/,
    ],
    ['for stor', ' '.repeat(200_001), /for stor/],
  ];
  it.each(bad)('avviser %s med en norsk melding og endrer ingenting', (_, text, message) => {
    const before = structuredClone(DEFAULT_METHOD);
    const result = parseMethodFile(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toMatch(message);
      expect(result.message).toMatch(/Ingenting ble endret\.$/);
    }
    expect(DEFAULT_METHOD).toEqual(before);
  });
});

describe('JSON Schema for metodefilen', () => {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(methodJsonSchema());

  it('godkjenner begge ferdige metoder', () => {
    for (const m of [DEFAULT_METHOD, CLASSIC_METHOD]) {
      expect(validate(JSON.parse(methodFileText(m, new Date()))), JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it.each([
    [
      'format',
      file(
        () => {},
        (f) => (f.format = 'x'),
      ),
      '/format',
    ],
    [
      'for få trinn',
      file((m) => {
        (m.likelihood as unknown[]).splice(2);
      }),
      '/method/likelihood',
    ],
    [
      'ett nivå',
      file((m) => {
        m.bands = [(m.bands as unknown[])[0]];
      }),
      '/method/bands',
    ],
    [
      'farge',
      file((m) => {
        (m.bands as { colour: string }[])[0].colour = 'rød';
      }),
      '/method/bands/0/colour',
    ],
    [
      'mønster',
      file((m) => {
        (m.bands as { pattern: string }[])[0].pattern = 'blomster';
      }),
      '/method/bands/0/pattern',
    ],
  ])('avviser %s, som validatoren', (_, text, path) => {
    expect(validate(JSON.parse(text))).toBe(false);
    expect(validate.errors?.map((e) => e.instancePath)).toContain(path);
    expect(parseMethodFile(text).ok).toBe(false);
  });
});

describe('navnet på metodefilen', () => {
  it('har metodens navn uten æ, ø og å, og dagen filen ble lastet ned', () => {
    expect(methodFileName('Bærum kommunes metode', new Date('2026-11-30T12:00:00Z'))).toBe(
      'risikometode-baerum-kommunes-metode-2026-11-30.json',
    );
  });
  it('heter «kommunen» når metoden ikke har noe navn som kan brukes', () => {
    expect(methodFileName('  ', new Date('2026-11-30T12:00:00Z'))).toBe('risikometode-kommunen-2026-11-30.json');
  });
});
