/**
 * Migrations of the workspace format, one step per version: step n turns data
 * of version n into data of version n + 1. A new version adds one step here
 * (and a test of that step) and nothing else needs to change.
 *
 * Each step only adds what the new version needs; it never removes or
 * rewrites a value the user wrote, leaves alone a value that already has the
 * new shape, and never throws on odd input (the schema check after the chain
 * says what is wrong, in Norwegian).
 *
 * The chain is applied both to exported files and to values kept in the
 * browser. Data from a newer version than this app knows is refused, never
 * guessed at. Pure TypeScript: no DOM, no storage.
 */
import { FORMAT_VERSION } from './schema';
import { v4ToV5 } from './migrate-v5';

export { v4ToV5 };
import { emptyConsultation, emptyDescriptionDetails, emptyNecessity, emptyScreening, emptySignOff } from '../dpia/sections';

/** One step of the chain. */
export interface Migration {
  /** The version this step reads; it writes `from + 1`. */
  from: number;
  /** What the step changes, in Norwegian (shown when a file is migrated). */
  description: string;
  /** Turns a whole workspace file of version `from` into version `from + 1`. */
  migrate(file: Record<string, unknown>): Record<string, unknown>;
}

type Obj = Record<string, unknown>;
const isObject = (value: unknown): value is Obj => typeof value === 'object' && value !== null && !Array.isArray(value);
/** Calls `fn` on every plain object in `file[list]`, if that is a list. */
function eachIn(file: Obj, list: string, fn: (item: Obj) => void) {
  const items = file[list];
  if (Array.isArray(items)) for (const item of items) if (isObject(item)) fn(item);
}
/** Sets `obj[key]` to `value` only when the key is missing. */
function addMissing(obj: Obj, key: string, value: unknown) {
  if (!Object.prototype.hasOwnProperty.call(obj, key)) obj[key] = value;
}

/**
 * Version 1 → 2 (issue 15): adds, empty, what version 2 records.
 * - each assessment: `priorConsultations: []` (the art. 36 log) and
 *   `legalBasis.supplementaryBasis` (act, section, the art. 6 nr. 3 checks unanswered);
 * - each decision round: `openConditionsStatement: ''`;
 * - each account: `archived: { date: '', reference: '' }` and `deletion: null`.
 * Nothing else changes; every value of version 1 is kept as it was.
 */
export const v1ToV2: Migration = {
  from: 1,
  description:
    'Versjon 1 → 2: plass til logg over forhåndsdrøfting (art. 36), supplerende rettsgrunnlag (art. 6 nr. 3), ' +
    'hva som skjedde med åpne vilkår, og «arkivert før sletting» for kontoer. Ingenting dere har skrevet er endret.',
  migrate(file) {
    eachIn(file, 'assessments', (assessment) => {
      addMissing(assessment, 'priorConsultations', []);
      if (isObject(assessment.legalBasis)) {
        addMissing(assessment.legalBasis, 'supplementaryBasis', {
          act: '',
          section: '',
          coversPurpose: null,
          clearAndForeseeable: null,
          reasoning: '',
        });
      }
      eachIn(assessment, 'decisions', (round) => addMissing(round, 'openConditionsStatement', ''));
    });
    eachIn(file, 'accounts', (account) => {
      addMissing(account, 'archived', { date: '', reference: '' });
      addMissing(account, 'deletion', null);
    });
    return file;
  },
};

/**
 * Version 2 → 3 (issue 18): adds, empty, the parts of a whole DPIA.
 * - each assessment: `screening`, `necessity`, `consultation` and `signOff`;
 * - each assessment's description: the structured lists (`dataCategories`,
 *   `dataSubjects`, `recipients`, `assets`), `features` and `retention`.
 * Decision rounds are unchanged: their per-section fingerprints (`sections`)
 * are optional and absent in rounds recorded before version 3. Nothing else
 * changes; every value of version 2 is kept as it was.
 */
export const v2ToV3: Migration = {
  from: 2,
  description:
    'Versjon 2 → 3: plass til «Trenger vi en DPIA?», beskrivelsens lister og dataflyt, nødvendighet og forholdsmessighet, ' +
    'medvirkning og personvernombudets råd, og godkjenning med neste gjennomgang. Ingenting dere har skrevet er endret.',
  migrate(file) {
    eachIn(file, 'assessments', (assessment) => {
      addMissing(assessment, 'screening', emptyScreening());
      addMissing(assessment, 'necessity', emptyNecessity());
      addMissing(assessment, 'consultation', emptyConsultation());
      addMissing(assessment, 'signOff', emptySignOff());
      if (isObject(assessment.description)) {
        for (const [key, value] of Object.entries(emptyDescriptionDetails())) addMissing(assessment.description, key, value);
      }
    });
    return file;
  },
};

/**
 * Version 3 → 4 (issue 18): each assessment gets `municipality: ''`, the
 * municipality named in the report's header. Nothing else changes.
 */
export const v3ToV4: Migration = {
  from: 3,
  description: 'Versjon 3 → 4: plass til kommunens navn, som står i toppteksten i rapporten. Ingenting dere har skrevet er endret.',
  migrate(file) {
    eachIn(file, 'assessments', (assessment) => addMissing(assessment, 'municipality', ''));
    return file;
  },
};

/** The chain of the published format. */
export const MIGRATIONS: readonly Migration[] = [v1ToV2, v2ToV3, v3ToV4, v4ToV5];

export type MigrationResult = { ok: true; data: Record<string, unknown>; applied: string[] } | { ok: false; message: string };

/** A version number as written in a file: a whole number of at least 1. */
export function isVersion(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1;
}

/**
 * Brings data of `version` up to `target` by running the steps of `chain` in
 * order. Refuses a newer version, and a gap in the chain, with a Norwegian
 * message; never returns partly migrated data.
 */
export function migrate(
  data: Record<string, unknown>,
  version: number,
  chain: readonly Migration[] = MIGRATIONS,
  target: number = FORMAT_VERSION,
): MigrationResult {
  if (!isVersion(version)) {
    return { ok: false, message: 'Versjonsnummeret mangler eller er ugyldig (forventet et heltall fra og med 1).' };
  }
  if (version > target) {
    return {
      ok: false,
      message:
        `Dataene er fra versjon ${version} av formatet, men denne utgaven av SoMe-veilederen kjenner bare ` +
        `versjon ${target} og eldre. Bruk en nyere utgave av SoMe-veilederen. Ingenting ble endret.`,
    };
  }
  let current = data;
  const applied: string[] = [];
  for (let at = version; at < target; at++) {
    const step = chain.find((m) => m.from === at);
    if (!step) {
      return { ok: false, message: `Det finnes ingen overgang fra versjon ${at} til versjon ${at + 1}. Ingenting ble endret.` };
    }
    try {
      current = { ...step.migrate(structuredClone(current)), version: at + 1 };
    } catch (error) {
      return {
        ok: false,
        message: `Overgangen fra versjon ${at} til ${at + 1} mislyktes (${error instanceof Error ? error.message : String(error)}). Ingenting ble endret.`,
      };
    }
    applied.push(step.description);
  }
  return { ok: true, data: current, applied };
}
