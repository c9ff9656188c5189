import type { RefObject } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/** How far below the screen a view starts drawing: it is ready before the reader scrolls to it. */
const AHEAD = '0px 0px 200px 0px';

/**
 * Whether a view below the first screen should be drawn yet: true once the element in `ref` comes
 * within 200 px of the screen, at the first key pressed anywhere on the page (so that Tab moves into
 * the view, not past it: the view draws in a microtask, before the key's focus move), and before
 * printing. Used for a tool that is heavy to draw and usually below the first screen on a phone
 * (the risk method editor, about 460 elements), so that loading the page does not wait for it.
 */
export function useNearScreen(ref: RefObject<Element>): boolean {
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = ref.current;
    if (near || !element) return;
    const show = () => setNear(true);
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && show(), { rootMargin: AHEAD });
    observer.observe(element);
    document.addEventListener('keydown', show, { capture: true, once: true });
    window.addEventListener('beforeprint', show, { once: true });
    return () => {
      observer.disconnect();
      document.removeEventListener('keydown', show, { capture: true });
      window.removeEventListener('beforeprint', show);
    };
  }, [near]);
  return near;
}
