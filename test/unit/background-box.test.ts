import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { assertBackgroundCurrent, checkBackground } from '../../src/lib/background-box';

const where = 'Bakgrunnsboksen «Bakgrunn: test» på /veileder/test/';

describe('bakgrunnsbokser: sist kontrollert', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('gir datoen som vises i boksen når kontrollen er ny nok', () => {
    expect(checkBackground(where, '2026-11-30', '2026-11-30')).toEqual({ ok: true, checkedText: '30. november 2026' });
    expect(assertBackgroundCurrent(where, '2025-11-30', '2026-11-30')).toBe('30. november 2025');
  });

  it('stopper byggingen når kontrollen er mer enn tolv måneder gammel', () => {
    expect(() => assertBackgroundCurrent(where, '2025-11-29', '2026-11-30')).toThrow(
      /Bakgrunnsboksen «Bakgrunn: test» på \/veileder\/test\/: sist kontrollert 29\.11\.2025, mer enn 12 måneder siden/,
    );
  });

  it('stopper byggingen ved ugyldig dato og dato fram i tid', () => {
    expect(() => assertBackgroundCurrent(where, '30.11.2026', '2026-11-30')).toThrow(/ikke en gyldig dato/);
    expect(() => assertBackgroundCurrent(where, '2026-12-01', '2026-11-30')).toThrow(/fram i tid/);
  });

  it('bruker byggemaskinens dato når ingen dato er gitt (falsk klokke)', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date(2027, 11, 1, 12, 0));
    expect(() => assertBackgroundCurrent(where, '2026-11-30')).toThrow(/mer enn 12 måneder siden/);
    vi.setSystemTime(new Date(2027, 10, 30, 12, 0));
    expect(assertBackgroundCurrent(where, '2026-11-30')).toBe('30. november 2026');
  });
});

describe('bakgrunnsboksene i veilederen', () => {
  const docs = join(__dirname, '../../content/docs');
  const files = readdirSync(docs, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx'));
  const all = files.map((f) => ({ file: f, source: readFileSync(join(docs, f), 'utf8') }));

  it('bruker Background-komponenten med dato for hver «Bakgrunn:»-boks, ingen ren Aside', () => {
    const boxes = all.flatMap(({ file, source }) =>
      [...source.matchAll(/<(\w+)[^>]*title="Bakgrunn:[^"]*"[^>]*>/g)].map((m) => ({ file, tag: m[0], name: m[1] })),
    );
    expect(boxes.length).toBeGreaterThanOrEqual(6);
    for (const box of boxes) {
      expect(box.name, `${box.file}: ${box.tag}`).toBe('Background');
      expect(box.tag, `${box.file}: ${box.tag}`).toMatch(/checked="\d{4}-\d{2}-\d{2}"/);
    }
  });

  it('har ingen boks som ville stoppet byggingen i dag', () => {
    const today = new Date().toISOString().slice(0, 10);
    for (const { file, source } of all) {
      for (const m of source.matchAll(/<Background[^>]*title="([^"]*)"[^>]*checked="([^"]*)"/g)) {
        expect(checkBackground(`${file}: ${m[1]}`, m[2] ?? '', today)).toMatchObject({ ok: true });
      }
    }
  });
});
