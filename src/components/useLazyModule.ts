import { useEffect, useState } from 'preact/hooks';

/**
 * A module loaded on demand, once per page: the first call starts the import,
 * later calls (and later renders) get the same promise, and a failed import is
 * forgotten so the next attempt tries again.
 */
export function lazyModule<M>(importer: () => Promise<M>) {
  let loading: Promise<M> | null = null;
  let loaded: M | null = null;
  return {
    /** The module if it has been loaded, so a later opening shows it at once. */
    current: (): M | null => loaded,
    load(): Promise<M> {
      loading ??= importer().then(
        (module) => (loaded = module),
        (error: unknown) => {
          loading = null;
          throw error;
        },
      );
      return loading;
    },
  };
}

export type LazyState<M> = { state: 'idle' } | { state: 'loading' } | { state: 'ready'; module: M } | { state: 'failed' };

/**
 * The one hook for on-demand modules, with one error path: 'loading' while the
 * import runs, 'ready' with the module, or 'failed' (the view shows an alert
 * and asks for a reload). With `load` false it stays 'idle' until `load`
 * turns true (a module loaded when the user asks for it). Ready at once when
 * the module was loaded before.
 */
export function useLazyModule<M>(lazy: ReturnType<typeof lazyModule<M>>, load = true): LazyState<M> {
  const [state, setState] = useState<LazyState<M>>(() => {
    if (!load) return { state: 'idle' };
    const module = lazy.current();
    return module ? { state: 'ready', module } : { state: 'loading' };
  });
  useEffect(() => {
    if (!load || state.state === 'ready') return;
    const module = lazy.current();
    if (module) {
      setState({ state: 'ready', module });
      return;
    }
    setState({ state: 'loading' });
    let live = true;
    lazy.load().then(
      (loaded) => live && setState({ state: 'ready', module: loaded }),
      () => live && setState({ state: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, [load]);
  return state;
}
