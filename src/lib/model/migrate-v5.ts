/**
 * Step 4 → 5 of the workspace format: the risk method becomes data.
 *  - Every assessment records the method it was made with. Assessments from
 *    before version 5 were made with the classic multiplicative 5 × 5 method
 *    (lav 1–4, middels 5–9, høy 10–25), so they get exactly that method, and
 *    no risk changes band by upgrading.
 *  - Every risk gets room for its residual risk with the measures in place
 *    today (nowLikelihood, nowConsequence: not set) and for the justification
 *    of the after-measures scores (empty).
 * Nothing the user wrote is changed; fields already present are left alone.
 * Pure TypeScript: no DOM, no storage.
 */
import type { Migration } from './migrations';
import { CLASSIC_METHOD } from '../risk/method-presets';

type Obj = Record<string, unknown>;
const isObject = (value: unknown): value is Obj => typeof value === 'object' && value !== null && !Array.isArray(value);
function eachIn(owner: Obj, list: string, fn: (item: Obj) => void) {
  const items = owner[list];
  if (Array.isArray(items)) for (const item of items) if (isObject(item)) fn(item);
}
function addMissing(obj: Obj, key: string, value: unknown) {
  if (!Object.prototype.hasOwnProperty.call(obj, key)) obj[key] = value;
}

export const v4ToV5: Migration = {
  from: 4,
  description:
    'Versjon 4 → 5: hver vurdering lagrer risikometoden den ble laget med (eldre vurderinger får den klassiske ' +
    'metoden sannsynlighet × konsekvens, så ingen risiko bytter nivå), og hver risiko får plass til restrisiko med ' +
    'tiltakene som er på plass i dag og til begrunnelse for vurderingen etter tiltak. Ingenting dere har skrevet er endret.',
  migrate(file) {
    eachIn(file, 'assessments', (assessment) => {
      addMissing(assessment, 'method', structuredClone(CLASSIC_METHOD));
      eachIn(assessment, 'risks', (risk) => {
        addMissing(risk, 'nowLikelihood', null);
        addMissing(risk, 'nowConsequence', null);
        addMissing(risk, 'residualJustification', '');
      });
    });
    return file;
  },
};
