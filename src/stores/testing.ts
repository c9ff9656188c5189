/**
 * For tests only: start the workspace from scratch. Production code never
 * calls these; they are the reason no store needs a `set({})` that deletes data.
 */
import { ROOT } from '../lib/workspace/stored';
import { currentEngine, swapEngine, type StorageStatus } from './io';
import { resetNotices } from './notices';
import { resetMemory } from './sync';
import type { StorageEngine } from './storage-engine';

/** Removes every key of ours from the engine in use and empties memory, notices and backups. */
export function resetWorkspaceForTests(): void {
  const engine = currentEngine();
  for (const key of engine.keys()) if (key.startsWith(ROOT)) engine.remove(key);
  resetNotices();
  resetMemory();
}

/** Uses another storage engine (e.g. one that throws) and reads it from scratch. */
export function useEngineForTests(next: StorageEngine, problem: StorageStatus['problem'] = null): void {
  swapEngine(next, problem);
  resetNotices();
  resetMemory();
}
