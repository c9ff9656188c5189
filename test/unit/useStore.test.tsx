// @vitest-environment happy-dom
import { describe, it, expect, afterEach, vi } from 'vitest';
import { render, cleanup } from '@testing-library/preact';
import { atom, computed } from 'nanostores';
import { useStore } from '../../src/components/useStore';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

/** Lets the microtasks run (Preact draws its batched changes in one), but no timer. */
const microtasks = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

describe('useStore (src/components/useStore.ts)', () => {
  it('tegner endringen før noen tidtaker har gått: i en mikrooppgave, ikke etter setTimeout', async () => {
    vi.useFakeTimers();
    const $count = atom(1);
    const view = render(<Counter store={$count} />);
    expect(view.container.textContent).toBe('1');
    // The component's effect (where it starts listening) runs after drawing; Preact schedules it with a timer.
    vi.runAllTimers();
    $count.set(2);
    await microtasks();
    expect(view.container.textContent).toBe('2');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('flere endringer i samme hendelse gir én ny tegning, med den siste verdien', async () => {
    const $count = atom(1);
    const $double = computed($count, (n) => n * 2);
    let drawn = 0;
    function Both() {
      drawn++;
      return (
        <p>
          {useStore($count)}/{useStore($double)}
        </p>
      );
    }
    const view = render(<Both />);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const before = drawn;
    $count.set(2);
    $count.set(3);
    $count.set(4);
    await microtasks();
    expect(view.container.textContent).toBe('4/8');
    expect(drawn - before).toBe(1);
  });

  it('ser en endring mellom første tegning og effekten, og slutter å lytte når komponenten fjernes', async () => {
    const $count = atom(1);
    const view = render(<Counter store={$count} />);
    // Before the effect has run: the hook has not started listening yet.
    $count.set(5);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(view.container.textContent).toBe('5');
    expect($count.lc).toBe(1);
    view.unmount();
    expect($count.lc).toBe(0);
  });
});

function Counter({ store }: { store: ReturnType<typeof atom<number>> }) {
  return <span>{useStore(store)}</span>;
}
