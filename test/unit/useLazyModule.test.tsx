// @vitest-environment happy-dom
import { describe, it, expect, afterEach } from 'vitest';
import { render, screen, cleanup, fireEvent } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { lazyModule, useLazyModule } from '../../src/components/useLazyModule';

function View({ lazy, start }: { lazy: ReturnType<typeof lazyModule<{ text: string }>>; start: boolean }) {
  const [load, setLoad] = useState(start);
  const state = useLazyModule(lazy, load);
  return (
    <div>
      <button type="button" onClick={() => setLoad(true)}>
        Last
      </button>
      <p data-testid="state">{state.state === 'ready' ? state.module.text : state.state}</p>
    </div>
  );
}

describe('useLazyModule', () => {
  afterEach(cleanup);

  it('venter til modulen trengs, laster den én gang og gir den straks neste gang', async () => {
    let imports = 0;
    const lazy = lazyModule(() => {
      imports += 1;
      return Promise.resolve({ text: 'lastet' });
    });
    render(<View lazy={lazy} start={false} />);
    expect(screen.getByTestId('state').textContent).toBe('idle');
    fireEvent.click(screen.getByRole('button', { name: 'Last' }));
    expect(await screen.findByText('lastet')).toBeTruthy();
    cleanup();
    render(<View lazy={lazy} start={true} />);
    expect(screen.getByTestId('state').textContent).toBe('lastet');
    expect(imports).toBe(1);
  });

  it('sier fra når modulen ikke kunne lastes, og prøver igjen neste gang', async () => {
    let fail = true;
    const lazy = lazyModule(() => {
      if (fail) return Promise.reject(new Error('nettverksfeil'));
      return Promise.resolve({ text: 'lastet' });
    });
    render(<View lazy={lazy} start={true} />);
    expect(await screen.findByText('failed')).toBeTruthy();
    cleanup();
    fail = false;
    render(<View lazy={lazy} start={true} />);
    expect(await screen.findByText('lastet')).toBeTruthy();
  });
});
