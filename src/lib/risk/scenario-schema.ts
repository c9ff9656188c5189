/**
 * The schema of one scenario in the scenario bank (content/scenarier/), used
 * by the content collection at build time. Kept out of scenarios.ts so that
 * the risk tool in the browser does not carry it. Pure TypeScript.
 */
import * as v from 'valibot';
import { SOURCES, type SourceKey } from './bank-texts';

const line = v.pipe(v.string(), v.trim(), v.minLength(1, 'Tom tekst.'), v.maxLength(2_000, 'For lang tekst.'));

export const scenarioSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9-]{3,64}$/, 'Ugyldig scenario-id (små bokstaver, tall og bindestrek).')),
  goal: v.picklist(['medbestemmelse', 'apenhet', 'ansvarlighet'], 'Ukjent personvernmål.'),
  title: v.pipe(line, v.maxLength(200, 'For lang tittel.')),
  description: line,
  considerations: v.pipe(v.array(line), v.minLength(1, 'Minst ett moment.')),
  measures: v.pipe(v.array(line), v.minLength(1, 'Minst ett tiltak.')),
  /** The chapters (or the Bergen case) the scenario is written from, the main one first. */
  sources: v.pipe(
    v.array(v.picklist(Object.keys(SOURCES) as SourceKey[], 'Ukjent kilde.')),
    v.minLength(1, 'Minst én kilde.'),
  ),
});
export type Scenario = v.InferOutput<typeof scenarioSchema>;
