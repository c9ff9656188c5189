// @vitest-environment happy-dom
import { describe, it, expect, afterEach, beforeEach, vi } from 'vitest';
import { render, cleanup, act } from '@testing-library/preact';
import { useRef } from 'preact/hooks';
import { useNearScreen } from '../../src/components/useNearScreen';

/** A stand-in for the browser's IntersectionObserver: the test says when the element is near. */
class FakeObserver {
  static last: FakeObserver | null = null;
  observed: Element[] = [];
  disconnected = false;
  constructor(
    readonly report: (entries: { isIntersecting: boolean }[]) => void,
    readonly options: { rootMargin?: string },
  ) {
    FakeObserver.last = this;
  }
  observe(element: Element) {
    this.observed.push(element);
  }
  disconnect() {
    this.disconnected = true;
  }
}

beforeEach(() => {
  FakeObserver.last = null;
  vi.stubGlobal('IntersectionObserver', FakeObserver);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function Tool() {
  const ref = useRef<HTMLParagraphElement>(null);
  return useNearScreen(ref) ? <p>verktøyet</p> : <p ref={ref}>plassholder</p>;
}

describe('useNearScreen (src/components/useNearScreen.ts)', () => {
  it('tegner først når plassholderen er 200 px fra skjermen', async () => {
    const view = render(<Tool />);
    const observer = FakeObserver.last!;
    expect(observer.options.rootMargin).toBe('0px 0px 200px 0px');
    expect(observer.observed.map((e) => e.textContent)).toEqual(['plassholder']);
    await act(() => observer.report([{ isIntersecting: false }]));
    expect(view.container.textContent).toBe('plassholder');
    await act(() => observer.report([{ isIntersecting: true }]));
    expect(view.container.textContent).toBe('verktøyet');
    expect(observer.disconnected).toBe(true);
  });

  it('tegner ved første tastetrykk og før utskrift, og slutter å lytte når den har tegnet', async () => {
    for (const fire of [
      () => void document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true })),
      () => void window.dispatchEvent(new Event('beforeprint')),
    ]) {
      const removed = vi.spyOn(document, 'removeEventListener');
      const view = render(<Tool />);
      expect(view.container.textContent).toBe('plassholder');
      await act(fire);
      expect(view.container.textContent).toBe('verktøyet');
      expect(removed.mock.calls.map(([type]) => type)).toContain('keydown');
      removed.mockRestore();
      cleanup();
    }
  });

  it('tegner med en gang der nettleseren ikke har IntersectionObserver', () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    expect(render(<Tool />).container.textContent).toBe('verktøyet');
  });
});
