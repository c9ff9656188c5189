/**
 * The JSON Schema (draft-07) of the exported file, generated from the model's
 * schemas (schema.ts) so the published description can never drift from what
 * the app accepts. Runs at build time only.
 */
import { toJsonSchema } from './to-json-schema';
import { FORMAT, FORMAT_VERSION, workspaceFile } from './schema';
import v1Schema from './published/arbeidsomrade-v1.schema.json';
import v2Schema from './published/arbeidsomrade-v2.schema.json';
import v3Schema from './published/arbeidsomrade-v3.schema.json';
import v4Schema from './published/arbeidsomrade-v4.schema.json';

/** Where the schema of the current version is published, relative to the site's base. */
export const SCHEMA_PATH = 'dataformat/arbeidsomrade.schema.json';
/** Where the schema of one version is published, relative to the site's base (never changes once published). */
export const versionedSchemaPath = (version: number) => `dataformat/arbeidsomrade-v${version}.schema.json`;

/**
 * The schemas of earlier versions, frozen as they were published (the models
 * they were generated from have moved on). When FORMAT_VERSION goes up, save
 * the current version's generated schema as published/arbeidsomrade-vN.schema.json
 * and add it here, so its published file never changes.
 */
const FROZEN: Readonly<Record<number, Record<string, unknown>>> = {
  1: v1Schema,
  2: v2Schema,
  3: v3Schema,
  4: v4Schema,
};

/** Every published version's schema, oldest first: the frozen ones and the current one. */
export function publishedSchemas(): { version: number; path: string; schema: Record<string, unknown> }[] {
  const versions = Array.from({ length: FORMAT_VERSION }, (_, i) => i + 1);
  return versions.map((version) => ({
    version,
    path: versionedSchemaPath(version),
    schema: version === FORMAT_VERSION ? workspaceJsonSchema() : FROZEN[version],
  }));
}

export function workspaceJsonSchema(): Record<string, unknown> {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: `SoMe-veilederen: arbeidsområde (${FORMAT}, versjon ${FORMAT_VERSION})`,
    description:
      'Filen SoMe-veilederen eksporterer: vurderinger (én plattform for én enhet) og kommunens kontoregister. ' +
      'Generert fra datamodellen i src/lib/model/schema.ts.',
    ...toJsonSchema(workspaceFile),
  };
}
