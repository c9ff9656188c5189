/**
 * Migrations of the workspace format, one step per version: step n turns data
 * of version n into data of version n + 1. Version 1 is the first version of
 * the format, so the chain is empty today; the next version adds one step here
 * (and a test of that step) and nothing else needs to change.
 *
 * The chain is applied both to exported files and to values kept in the
 * browser. Data from a newer version than this app knows is refused, never
 * guessed at. Pure TypeScript: no DOM, no storage.
 */
import { FORMAT_VERSION } from './schema';

/** One step of the chain. */
export interface Migration {
  /** The version this step reads; it writes `from + 1`. */
  from: number;
  /** What the step changes, in Norwegian (shown when a file is migrated). */
  description: string;
  /** Turns a whole workspace file of version `from` into version `from + 1`. */
  migrate(file: Record<string, unknown>): Record<string, unknown>;
}

/** The chain of the published format. Empty while version 1 is the only version. */
export const MIGRATIONS: readonly Migration[] = [];

export type MigrationResult =
  | { ok: true; data: Record<string, unknown>; applied: string[] }
  | { ok: false; message: string };

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
