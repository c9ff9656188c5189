/**
 * The workspace in the browser: nanostores over localStorage, one key per
 * assessment and per account, every stored value validated against the model
 * schema. The tools import from here (except transfer.ts, below). It is split by responsibility:
 *
 * - io.ts: the storage engine, reading and writing one key, `Result`, `$clock`;
 * - notices.ts: notices to the user (with codes, each shown once) and backups;
 * - sync.ts: the stores, kept in step with storage and other tabs; guard.ts: `guardOverwrite`;
 * - actions.ts: create, update, delete, duplicate, accounts (results, never throws);
 * - transfer.ts: export and import (imported on its own, not from here: the tools
 *   load it when the user exports or imports, so it is not in every tool page);
 * - persistence.ts: asking the browser to keep the data;
 * - drafts.ts: text typed into forms and not yet saved;
 * - own-writes.ts: this tab's last write, put back if another tab wrote from a copy without it.
 *
 * What it guarantees (the decisions live in src/lib/workspace/):
 * - Nothing is deleted without a backup: a stored value that fails validation
 *   is moved to a backup key (`some-veilederen:backup:<time>:<key>`).
 * - When localStorage cannot be used or is full, everything keeps working in
 *   memory and `$storageStatus` says so.
 * - Two tabs editing the same item are merged field by field; only when both
 *   changed the same field is one version kept and the other made a backup.
 */
import type { Account, Assessment } from '../lib/model/schema';
import { ACTIVE_KEY, ASSESSMENT_PREFIX, LAST_EXPORT_KEY } from '../lib/workspace/stored';
import * as actions from './actions';
import type { Result } from './io';

export { ASSESSMENT_PREFIX, ACTIVE_KEY, LAST_EXPORT_KEY };
export { $storageStatus, $clock } from './io';
export { $notices, $backups, dismissNotice, backupContent, deleteBackup } from './notices';
export {
  $assessmentMap,
  $accountMap,
  $activeId,
  $lastExport,
  $assessments,
  $activeAssessment,
  $accounts,
  $unexported,
  selectAssessment,
  reloadFromStorage,
  workspaceSnapshot,
} from './sync';
export { createAssessment, updateAssessment, deleteAssessment, restoreAssessment, duplicateAssessment, saveAccount } from './actions';
export { $persistence } from './persistence';
export { resetWorkspaceForTests, useEngineForTests } from './testing';

function orThrow<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

/*
 * Throwing forms of the actions, for views that still catch errors instead of
 * reading results (DecisionRecorder, AccountReview, LegalBasisHelper). New
 * code uses the actions above.
 */
export const updateAssessmentOrThrow = (id: string, recipe: (current: Assessment) => Assessment): Assessment =>
  orThrow(actions.updateAssessment(id, recipe));
export const saveAccountOrThrow = (next: Account): Account => orThrow(actions.saveAccount(next));
export const deleteAccountOrThrow = (id: string): void => void orThrow(actions.deleteAccount(id));
