import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { workspaceJsonSchema } from '../../src/lib/model/json-schema';
import { FORMAT_VERSION } from '../../src/lib/model/schema';

const fixtures = join(import.meta.dirname, '../fixtures');
const validate = (() => {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(workspaceJsonSchema());
})();
const load = (path: string): unknown => JSON.parse(readFileSync(join(fixtures, path), 'utf8').replace(/^\uFEFF/, ''));

describe('det publiserte JSON Schema', () => {
  it('har tittel, draft-07 og formatets navn og versjon som konstanter', () => {
    const schema = workspaceJsonSchema();
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.title).toContain(`some-veilederen/arbeidsomrade, versjon ${FORMAT_VERSION}`);
    expect(schema.properties).toMatchObject({ format: { const: 'some-veilederen/arbeidsomrade' }, version: { const: FORMAT_VERSION } });
  });

  it('godkjenner en ekte eksport', () => {
    expect(validate(load('workspace-valid.json')), JSON.stringify(validate.errors)).toBe(true);
    expect(validate(load('good-imports/html-og-skript.json'))).toBe(true);
  });

  it.each([
    ['bad-imports/11-nyere-versjon.json', '/version'],
    ['bad-imports/16-sannsynlighet-over-5.json', '/assessments/0/risks/0/likelihood'],
    ['bad-imports/18-mangler-tittel.json', '/assessments/0'],
    ['bad-imports/22-ugyldig-tidspunkt.json', '/assessments/0/updatedAt'],
    ['bad-imports/23-ukjent-personvernmal.json', '/assessments/0/risks/0/goal'],
    ['bad-imports/27-ukjent-innlogging.json', '/accounts/0/login'],
  ])('avviser %s', (file, path) => {
    expect(validate(load(file))).toBe(false);
    expect(validate.errors?.map((e) => e.instancePath)).toContain(path);
  });
});
