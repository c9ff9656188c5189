/**
 * The JSON Schema of the exported file, generated from the valibot schema so
 * the published description can never drift from what the app accepts.
 */
import { toJsonSchema } from '@valibot/to-json-schema';
import { FORMAT, FORMAT_VERSION, workspaceFile } from './schema';

/** Where the schema is published, relative to the site's base. */
export const SCHEMA_PATH = 'dataformat/arbeidsomrade.schema.json';

export function workspaceJsonSchema(): Record<string, unknown> {
  const generated = toJsonSchema(workspaceFile, { errorMode: 'throw' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema: $schema ?? 'http://json-schema.org/draft-07/schema#',
    title: `SoMe-veilederen: arbeidsområde (${FORMAT}, versjon ${FORMAT_VERSION})`,
    description:
      'Filen SoMe-veilederen eksporterer: vurderinger (én plattform for én enhet) og kommunens kontoregister. ' +
      'Generert fra datamodellen i src/lib/model/schema.ts.',
    ...rest,
  };
}
