/**
 * A risk method as its own small JSON file, so a municipality can share its
 * method with its units: export, import (all or nothing, Norwegian errors) and
 * the JSON Schema of the file. Pure TypeScript: no DOM, no storage.
 */
import * as v from '../model/check';
import { toJsonSchema } from '../model/to-json-schema';
import { slugify } from '../workspace/slug';
import {
  MAX_BANDS,
  MAX_STEPS,
  MIN_BANDS,
  MIN_STEPS,
  riskMethod,
  validateMethod,
  type MethodResult,
  type RiskMethod,
} from './method-schema';

const METHOD_FORMAT = 'some-veilederen/risikometode';
const METHOD_FILE_VERSION = 1;
/** The browser key of the municipality's default method: its own key, versioned by the method file's format. */
export const METHOD_STORAGE_KEY = `some-veilederen:risikometode:v${METHOD_FILE_VERSION}`;
/** A method file is small; anything bigger is not one. */
const MAX_METHOD_FILE_BYTES = 200_000;

const methodFile = v.object({
  format: v.literal(METHOD_FORMAT, `Filen er ikke en risikometode fra SoMe-veilederen (format må være «${METHOD_FORMAT}»).`),
  version: v.literal(
    METHOD_FILE_VERSION,
    `Filen har en versjon av metodeformatet som denne utgaven ikke kjenner (forventet ${METHOD_FILE_VERSION}).`,
  ),
  exportedAt: v.isoTimestamp('Ugyldig tidspunkt (forventet ISO 8601).'),
  method: riskMethod,
});

/** The name of a method's file: the method's name as a slug (or «kommunen») and the day, in UTC as the export time. */
export function methodFileName(name: string, now: Date): string {
  return `risikometode-${slugify(name, 60) || 'kommunen'}-${now.toISOString().slice(0, 10)}.json`;
}

/** The file's text for a method. */
export function methodFileText(method: RiskMethod, now: Date): string {
  return JSON.stringify({ format: METHOD_FORMAT, version: METHOD_FILE_VERSION, exportedAt: now.toISOString(), method }, null, 2);
}

/**
 * Reads a method file: the method, or one Norwegian message. Nothing is
 * changed by a failed read; the caller stores the method only on success.
 */
export function parseMethodFile(text: string): MethodResult {
  if (text.length > MAX_METHOD_FILE_BYTES) {
    return { ok: false, message: 'Filen er for stor til å være en risikometode (over 200\u00a0kB). Ingenting ble endret.' };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, message: 'Filen er ikke gyldig JSON. Ingenting ble endret.' };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, message: 'Filen er ikke en risikometode (forventet et JSON-objekt). Ingenting ble endret.' };
  }
  const checked = v.check(methodFile, data);
  if (!checked.ok) {
    const path = checked.problem.path.map((p) => (typeof p === 'number' ? `nr. ${p + 1}` : p)).join(' › ');
    return { ok: false, message: `${path ? `${path}: ` : ''}${checked.problem.message} Ingenting ble endret.` };
  }
  const method = validateMethod(checked.value.method);
  return method.ok ? method : { ok: false, message: `${method.message} Ingenting ble endret.` };
}

/** Adds minItems where the method needs them (the validator states them in validateMethod). */
function withMinimums(schema: Record<string, unknown>): Record<string, unknown> {
  const props = schema.properties as Record<string, Record<string, unknown>>;
  for (const axis of ['likelihood', 'consequence']) props[axis].minItems = MIN_STEPS;
  props.bands.minItems = MIN_BANDS;
  props.bands.maxItems = MAX_BANDS;
  props.matrix.minItems = MIN_STEPS;
  (props.matrix.items as Record<string, unknown>).minItems = MIN_STEPS;
  (props.matrix.items as Record<string, unknown>).maxItems = MAX_STEPS;
  return schema;
}

/** The JSON Schema (draft-07) of a method file, generated from the same schemas. */
export function methodJsonSchema(): Record<string, unknown> {
  const file = toJsonSchema(methodFile);
  const props = file.properties as Record<string, Record<string, unknown>>;
  props.method = withMinimums(props.method);
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: `SoMe-veilederen: risikometode (${METHOD_FORMAT}, versjon ${METHOD_FILE_VERSION})`,
    description:
      'En risikometode: skalaer for sannsynlighet og konsekvens (3–6 trinn), 2–5 nivåer med akseptkriterier, ' +
      'et nivå for hver rute i matrisen og hvilket nivå som regnes som høyt (art. 36). Matrisen har én rad per ' +
      'sannsynlighetstrinn og én rute per konsekvenstrinn, og hver rute viser til et nivå; det sjekker SoMe-veilederen ' +
      'i tillegg til dette skjemaet. Generert fra src/lib/risk/method.ts.',
    ...file,
  };
}
