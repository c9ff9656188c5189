import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { lazyModule, useLazyModule } from './useLazyModule';
import { needsStore, onStoredElsewhere } from '../stores/presence';
import type { CreateResult, NewAssessmentFields } from './workspace/NewAssessmentForm';

/**
 * How a tool page starts light (src/components/ToolIsland.tsx, and the start views of
 * Mine vurderinger and the account review): on a first visit (nothing stored,
 * src/stores/presence.ts) the island shows its start with Preact alone; the store, the
 * model and the tool load when the user acts (creates, imports, adds), at once when
 * something is stored, or when another island or tab stores the first thing.
 */
type Props = Record<string, unknown>;
export type LazyComponent = ReturnType<typeof lazyModule<ComponentType<Props>>>;

/** A component loaded on demand (once per page). */
export const lazyComponent = <P,>(load: () => Promise<ComponentType<P>>): LazyComponent =>
  lazyModule(load as () => Promise<ComponentType<Props>>);

/** Set once the store is in use on this page: every island shows its tool from then on. */
let storeInUse = false;
/** The islands still showing their start, woken when one of them starts using the store. */
const waiting = new Set<() => void>();

/** Wakes every island of the page that still shows its start: the store is in use from now on. */
export function wakeTools(): void {
  storeInUse = true;
  for (const wake of [...waiting]) wake();
}

/**
 * Whether this island shows its full tool: true when the store is in use on the page,
 * when something is stored (or storage cannot be read), or once woken (wakeTools, or
 * another tab storing the first thing).
 */
export function useFullTool(): boolean {
  const [full, setFull] = useState(() => storeInUse || needsStore());
  useEffect(() => {
    if (full) return;
    const wake = () => {
      storeInUse = true;
      setFull(true);
    };
    waiting.add(wake);
    const stop = onStoredElsewhere(wake);
    return () => {
      waiting.delete(wake);
      stop();
    };
  }, [full]);
  return full;
}

/**
 * The light start of an island whose start view hands something to the full tool (the
 * account review, Mine vurderinger): whether the full tool shows, what the user did on the
 * start view, and `begin`, which records it and wakes the tools of the page.
 */
export function useLightStart<S>(): { full: boolean; start: S | undefined; begin: (how: S) => void } {
  const full = useFullTool();
  const [start, setStart] = useState<S>();
  const begin = (how: S) => {
    setStart(how);
    wakeTools();
  };
  return { full, start, begin };
}

const NOT_LOADED = 'Verktøyet kunne ikke lastes, så vurderingen ble ikke opprettet. Ingenting er endret. Last siden på nytt og prøv igjen.';

/** Creates the first assessment from a start view: loads the store, then creates it (or says why not). */
export async function createFirstAssessment(fields: NewAssessmentFields): Promise<CreateResult> {
  let store: typeof import('../stores/workspace');
  try {
    store = await import('../stores/workspace');
  } catch {
    return { ok: false, message: NOT_LOADED };
  }
  const created = store.createAssessment(fields);
  return created.ok ? { ok: true } : created;
}

/** Starts loading a tool early (when the user begins on the start view); a failure shows when the tool is needed. */
export const prefetch = (lazy: LazyComponent) => () => void lazy.load().catch(() => undefined);

/** The full tool: its loading text while it loads, the tool once it has, or an alert if it could not be loaded. */
export function LazyTool({
  lazy,
  loading,
  props = {},
  onReady,
}: {
  lazy: LazyComponent;
  loading: string;
  props?: Props;
  onReady?: () => void;
}) {
  const state = useLazyModule(lazy);
  useEffect(() => {
    if (state.state === 'ready') onReady?.();
  }, [state.state]);
  if (state.state === 'ready') {
    const Tool = state.module;
    return <Tool {...props} />;
  }
  if (state.state === 'failed')
    return (
      <p class="tool-panel form-error" role="alert">
        Verktøyet kunne ikke lastes. Dataene deres er ikke endret. Last siden på nytt og prøv igjen.
      </p>
    );
  return <p class="tool-loading">{loading}</p>;
}
