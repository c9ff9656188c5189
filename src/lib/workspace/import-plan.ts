/**
 * What an import writes, once the user has confirmed it: the store applies the
 * plan all or nothing (src/stores/workspace.ts). Kept apart from reading and
 * previewing (file.ts), which only the import page needs. Pure TypeScript.
 */
import type { Account, Assessment, WorkspaceFile } from '../model/schema';

export type ConflictChoice = 'replace' | 'keep-both';

export interface CurrentData {
  assessments: Readonly<Record<string, Assessment>>;
  accounts: Readonly<Record<string, Account>>;
}

export const has = (record: object, key: string) => Object.prototype.hasOwnProperty.call(record, key);

export interface ImportPlan {
  /** Assessments to write (new or replacing), by their final id. */
  assessments: Assessment[];
  accounts: Account[];
}

const IMPORTED_SUFFIX = ' (importert)';

/**
 * What to write for an import. With "replace", an item with an id that already
 * exists replaces it; with "keep-both" it gets a new id (and, for an assessment,
 * " (importert)" after its title) and both are kept. Accounts that point to a
 * renamed assessment follow it.
 */
export function planImport(
  file: WorkspaceFile,
  current: CurrentData,
  choice: ConflictChoice,
  makeId: (prefix: string) => string,
): ImportPlan {
  const renamed = new Map<string, string>();
  const taken = new Set([...Object.keys(current.assessments), ...file.assessments.map((a) => a.id)]);
  const assessments = file.assessments.map((a) => {
    if (choice === 'replace' || !has(current.assessments, a.id)) return a;
    let id = makeId('v');
    while (taken.has(id)) id = makeId('v');
    taken.add(id);
    renamed.set(a.id, id);
    const title = (a.title + IMPORTED_SUFFIX).length <= 500 ? a.title + IMPORTED_SUFFIX : a.title;
    return { ...a, id, title };
  });
  const takenAccounts = new Set([...Object.keys(current.accounts), ...file.accounts.map((a) => a.id)]);
  const accounts = file.accounts.map((a) => {
    const assessmentId = a.assessmentId !== null && renamed.has(a.assessmentId) ? renamed.get(a.assessmentId)! : a.assessmentId;
    if (choice === 'replace' || !has(current.accounts, a.id)) return { ...a, assessmentId };
    let id = makeId('k');
    while (takenAccounts.has(id)) id = makeId('k');
    takenAccounts.add(id);
    return { ...a, id, assessmentId };
  });
  return { assessments, accounts };
}
