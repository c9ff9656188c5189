/**
 * Export of the workspace to a file, and import of a read and confirmed file.
 */
import { version as APP_VERSION } from '../../package.json';
import type { ImportPlan } from '../lib/workspace/import-plan';
import { ACCOUNT_PREFIX, ASSESSMENT_PREFIX } from '../lib/workspace/stored';
import { buildExportFile, exportFileName, serializeFile } from '../lib/workspace/export-file';
import { currentEngine, known, now, refuse, succeed, $storageStatus, type Result } from './io';
import { isQuotaError } from './storage-engine';
import { $accounts, $activeId, $assessments, assessmentById, ensureLoaded, mergeInMemory, selectAssessment, setLastExport } from './sync';
import { guardOverwrite } from './guard';

export { APP_VERSION };

export interface ExportResult {
  fileName: string;
  text: string;
}

/** The whole workspace, or one assessment (with the accounts that point to it), as a file. Refuses (`not-found`) an unknown id. */
export function exportWorkspace(assessmentId?: string): Result<ExportResult, 'not-found'> {
  ensureLoaded();
  const at = now();
  const one = assessmentId ? assessmentById(assessmentId) : undefined;
  if (assessmentId && !one) return refuse('not-found', `Fant ikke vurderingen «${assessmentId}».`);
  const assessments = one ? [one] : [...$assessments.get()].reverse();
  const accounts = one ? $accounts.get().filter((a) => a.assessmentId === one.id) : $accounts.get();
  const file = buildExportFile(assessments, accounts, at, APP_VERSION);
  return succeed({ fileName: exportFileName(at, one), text: serializeFile(file) });
}

/** Records that the user has exported (the reminders use it). */
export function recordExport(): void {
  setLastExport(now().toISOString());
}

export type ImportCode = 'unreadable-not-backed-up' | 'storage-full' | 'storage-refused';

/**
 * Applies the plan of a read and confirmed import (planImport in
 * src/lib/workspace/import-plan.ts, made just before), all or nothing: if the
 * browser refuses one write, every key written so far is put back as it was
 * and nothing changes. The first imported assessment becomes the active one.
 */
export function applyImportPlan(plan: ImportPlan): Result<{ assessments: number; accounts: number }, ImportCode> {
  ensureLoaded();
  const writes: [string, string][] = [
    ...plan.assessments.map((a): [string, string] => [ASSESSMENT_PREFIX + a.id, JSON.stringify(a)]),
    ...plan.accounts.map((a): [string, string] => [ACCOUNT_PREFIX + a.id, JSON.stringify(a)]),
  ];
  for (const [key] of writes) {
    if (guardOverwrite(key).state === 'stuck') {
      return refuse(
        'unreadable-not-backed-up',
        'Importen ble ikke gjennomført: en lagret verdi som ikke kan leses, ville blitt erstattet uten sikkerhetskopi. Ingenting ble endret.',
      );
    }
  }
  if ($storageStatus.get().problem === null) {
    const engine = currentEngine();
    const before = writes.map(([key]) => [key, engine.get(key)] as const);
    for (const [index, [key, value]] of writes.entries()) {
      try {
        engine.set(key, value);
      } catch (error) {
        for (const [oldKey, oldValue] of before.slice(0, index + 1)) {
          try {
            if (oldValue === null) engine.remove(oldKey);
            else engine.set(oldKey, oldValue);
          } catch {
            /* putting back an old value frees space; nothing more can be done here */
          }
        }
        return isQuotaError(error)
          ? refuse('storage-full', 'Importen ble ikke gjennomført fordi lagringsplassen i nettleseren er full. Ingenting ble endret.')
          : refuse('storage-refused', 'Importen ble ikke gjennomført fordi nettleseren ikke tillot lagring. Ingenting ble endret.');
      }
    }
  }
  for (const [key, value] of writes) known.set(key, value);
  mergeInMemory(plan.assessments, plan.accounts);
  // Show what was imported: the first imported assessment becomes active when none is.
  const first = plan.assessments[0];
  if (first && !assessmentById($activeId.get())) selectAssessment(first.id);
  return succeed({ assessments: plan.assessments.length, accounts: plan.accounts.length });
}
