/**
 * Whether this browser holds anything of the tools, asked without loading the
 * store and the model. A first visit (nothing stored) can then be shown the
 * start of the tools (src/components/ToolIsland.tsx) with Preact alone; the
 * store and the tool load when the user creates an assessment, or at once
 * when something is stored.
 *
 * Storage that cannot be used counts as «something to tell»: the store is
 * loaded and reports it (StorageStatus), as it always has.
 */
import { ROOT } from '../lib/workspace/root';
import { resolveEngine } from './storage-engine';

/** True when any key of ours is stored, or when storage cannot be used. */
export function needsStore(): boolean {
  const { engine, problem } = resolveEngine();
  return problem !== null || engine.keys().some((key) => key.startsWith(ROOT));
}

/** Calls `listener` once something of ours is stored by another tab. Returns the unsubscribe. */
export function onStoredElsewhere(listener: () => void): () => void {
  const { engine } = resolveEngine();
  return engine.subscribe(listener);
}
