import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { FIXED, ORIGINAL, fixSearchIdle, isStarlightSearchScript } from '../../src/plugins/search-idle-fix';

const starlightSearch = new URL('../../node_modules/@astrojs/starlight/dist/components/Search.astro', import.meta.url);

describe('search-idle-fix', () => {
  it('finner linjen i Starlights Search.astro i versjonen som er installert', () => {
    expect(readFileSync(starlightSearch, 'utf8')).toContain(ORIGINAL);
  });

  it('gir tilbakekallet en tidsfrist og endrer ingenting annet', () => {
    const code = `før\n${ORIGINAL}\nonIdle(async () => {});\n`;
    expect(fixSearchIdle(code)).toBe(`før\n${FIXED}\nonIdle(async () => {});\n`);
    expect(FIXED).toContain('{ timeout: 1000 }');
  });

  it('stopper byggingen når Starlight har endret linjen', () => {
    expect(() => fixSearchIdle('const onIdle = somethingElse;')).toThrow(/fant ikke linjen/);
  });

  it('gjelder bare skriptet til Starlights søkekomponent', () => {
    expect(
      isStarlightSearchScript('/p/node_modules/@astrojs/starlight/dist/components/Search.astro?astro&type=script&index=0&lang.ts'),
    ).toBe(true);
    expect(
      isStarlightSearchScript('/p/node_modules/@astrojs/starlight/dist/components/Search.astro?astro&type=style&index=0&lang.css'),
    ).toBe(false);
    expect(isStarlightSearchScript('/p/src/components/Search.astro?astro&type=script&index=0&lang.ts')).toBe(false);
  });
});
