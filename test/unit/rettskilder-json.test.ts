import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { loadRegister, loadStructure } from '../../src/plugins/rettskilder-data';
import { registerJson, registerJsonSchema } from '../../src/lib/rettskilder/json';

const entries = loadRegister();
const structure = loadStructure();
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validate = ajv.compile(registerJsonSchema());

/** The published JSON as plain data, so a test can break it in ways its type would not allow. */
type Item = Record<string, unknown>;
type LooseJson = { articles: Item[]; laws: Item[]; cases: (Item & { sources: Item[] })[] };

describe('/rettskilder.json', () => {
  it('is valid against its published JSON Schema, at the root and under a sub-path', () => {
    for (const base of ['/', '/personvern/some/']) {
      const json: unknown = JSON.parse(JSON.stringify(registerJson(entries, structure, base)));
      expect(validate(json), ajv.errorsText(validate.errors)).toBe(true);
    }
  });

  it('gives number, heading, chapter, status, summary and url for each article', () => {
    const json = registerJson(entries, structure, '/personvern/some/');
    const a45 = json.articles.find((a) => a.number === 45)!;
    expect(a45).toMatchObject({
      heading: 'Overføringer på grunnlag av en beslutning om tilstrekkelig beskyttelsesnivå',
      chapter: { number: 'V', heading: structure.chapters[4].heading, url: '/personvern/some/gdpr/kapittel-v/' },
      status: 'i-kraft',
      relevantForMunicipality: true,
      url: '/personvern/some/gdpr/artikkel-45/',
    });
    expect(a45.summary.length).toBeGreaterThan(20);
    expect(json.articles.find((a) => a.number === 17)?.section?.number ?? 'III.3').toBe('III.3');
    expect(json.laws.map((l) => l.id)).toContain('lover/arkivlova');
    expect(json.cases.find((c) => c.id === 'dommer/t-553-23')).toMatchObject({ number: 'T-553/23', court: 'Retten', date: '2025-09-03' });
  });

  it.each([
    [
      'an unknown status',
      (j: LooseJson) => {
        j.articles[0].status = 'gjeldende';
      },
    ],
    [
      'an article number out of range',
      (j: LooseJson) => {
        j.articles[0].number = 120;
      },
    ],
    [
      'a missing heading',
      (j: LooseJson) => {
        delete j.articles[0].heading;
      },
    ],
    [
      'an extra field',
      (j: LooseJson) => {
        j.laws[0].extra = 1;
      },
    ],
    [
      'an off-site page url',
      (j: LooseJson) => {
        j.cases[0].url = 'https://example.com/';
      },
    ],
    [
      'a source that is not https',
      (j: LooseJson) => {
        j.cases[0].sources[0].url = 'http://curia.europa.eu/';
      },
    ],
    [
      'a bad date',
      (j: LooseJson) => {
        j.cases[0].date = '2023-13-01';
      },
    ],
  ])('rejects %s', (_what, change) => {
    const json = JSON.parse(JSON.stringify(registerJson(entries, structure))) as LooseJson;
    change(json);
    expect(validate(json)).toBe(false);
  });
});
