/**
 * Whether this browser holds anything of the tools, asked without loading the
 * store and the model. A first visit (nothing stored) can then be shown the
 * start of the tools (src/components/ToolIsland.tsx) with Preact alone; the
 * store and the tool load when the user creates an assessment, or at once
 * when something is stored.
 *
 * Storage that cannot be read counts as «something to tell»: the store is
 * loaded and reports it (StorageStatus), as it always has. Storage that can be
 * read but not written (full) is found by the store when it loads, at the first
 * assessment, and reported then.
 */
import { ROOT } from '../lib/workspace/root';
import { isProbe, readableEngine, type StorageEngine } from './storage-engine';

const holdsOurs = (engine: StorageEngine) => engine.keys().some((key) => key.startsWith(ROOT) && !isProbe(key));

/** True when any key of ours is stored, or when storage cannot be read. Writes nothing. */
export function needsStore(): boolean {
  const engine = readableEngine();
  return engine === null || holdsOurs(engine);
}

/**
 * Calls `listener` when another tab has stored something of ours (not when it only
 * probed the storage or removed keys). Returns the unsubscribe.
 */
export function onStoredElsewhere(listener: () => void): () => void {
  const engine = readableEngine();
  if (!engine) return () => {};
  return engine.subscribe(() => {
    if (holdsOurs(engine)) listener();
  });
}
