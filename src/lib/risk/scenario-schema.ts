/**
 * The schema of one scenario in the scenario bank (content/scenarier/), used
 * by the content collection at build time (with Astro's zod, like the other
 * collections). Kept out of scenarios.ts so that the risk tool in the browser
 * does not carry it.
 */
import { z } from 'astro/zod';
import { SOURCES, type SourceKey } from './bank-texts';

const line = z.string().trim().min(1, 'Tom tekst.').max(2_000, 'For lang tekst.');

export const scenarioSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{3,64}$/, 'Ugyldig scenario-id (små bokstaver, tall og bindestrek).'),
  goal: z.enum(['medbestemmelse', 'apenhet', 'ansvarlighet'], { error: 'Ukjent personvernmål.' }),
  title: line.max(200, 'For lang tittel.'),
  description: line,
  considerations: z.array(line).min(1, 'Minst ett moment.'),
  measures: z.array(line).min(1, 'Minst ett tiltak.'),
  /** The chapters (or the Bergen case) the scenario is written from, the main one first. */
  sources: z.array(z.enum(Object.keys(SOURCES) as [SourceKey, ...SourceKey[]], { error: 'Ukjent kilde.' })).min(1, 'Minst én kilde.'),
});
export type Scenario = z.infer<typeof scenarioSchema>;
