import type { Store, StoreValue } from 'nanostores';
import { useEffect, useState } from 'preact/hooks';

/**
 * The value of a nanostore in a component, drawn again when the store changes.
 *
 * The same as `useStore` from @nanostores/preact, but without its timer: that one put every
 * new drawing off to a `setTimeout`, and the browser often drew a frame in between, with
 * the field the user had just changed and the rest of the tool still showing the old state
 * (with 200 risks: the changed score, then 30–50 ms of layout and paint, then the maps and
 * the summary; traced in Chromium 2.12.2026). Preact batches state changes itself and draws
 * them in a microtask, before the next frame, so several changes to stores in one event
 * still give one drawing.
 */
export function useStore<S extends Store>(store: S): StoreValue<S> {
  const [, redraw] = useState({});
  const [first] = useState(() => store.get() as StoreValue<S>);
  useEffect(() => {
    const stop = store.listen(() => redraw({}));
    // A change between the first drawing and this effect.
    if (store.get() !== first) redraw({});
    return stop;
  }, [store]);
  return store.get() as StoreValue<S>;
}
