import { describe, it, expect } from 'vitest';
import { DILEMMAS, THEMES, ethicsProgress, ethicsSummary, setThemeNote } from '../../src/lib/ethics';
import type { EthicsSection } from '../../src/lib/model/schema';

const empty: EthicsSection = { themes: {}, conclusion: '' };

describe('etisk refleksjon', () => {
  it('har hjulets seks temaer og Kvalnes’ fem dilemmaer', () => {
    expect(THEMES.map((t) => t.name)).toEqual(['Lov', 'Identitet', 'Moral', 'Omdømme', 'Økonomi', 'Etikk']);
    expect(DILEMMAS.map((d) => d.id)).toEqual(['rolle', 'tempo', 'integritet', 'ytring', 'kompetanse']);
  });
  it('teller temaer som er påbegynt og fullført, og om konklusjonen er skrevet', () => {
    let s = setThemeNote(empty, 'lov', 'present', 'Krever DPIA');
    expect(ethicsProgress(s)).toEqual({ complete: 0, started: 1, total: 6, concluded: false });
    s = setThemeNote(s, 'lov', 'absent', 'Plikten til å informere');
    s = setThemeNote(s, 'moral', 'absent', '   ');
    expect(ethicsProgress(s)).toMatchObject({ complete: 1, started: 1 });
    expect(ethicsProgress({ ...s, choice: 'til-stede', conclusion: '' }).concluded).toBe(false);
    expect(ethicsProgress({ ...s, choice: 'uavklart', conclusion: 'x' }).concluded).toBe(false);
    expect(ethicsProgress({ ...s, choice: 'ikke-til-stede', conclusion: 'Risikoen er for høy.' }).concluded).toBe(true);
    expect(empty.themes).toEqual({});
  });
  it('oppsummerer for rapporten', () => {
    const summary = ethicsSummary({
      ...setThemeNote(empty, 'etikk', 'present', 'Sårbare grupper'),
      choice: 'til-stede',
      conclusion: 'Ja, med tiltak.',
    });
    expect(summary.choice).toBe('Være til stede på plattformen');
    expect(summary.themes.find((t) => t.id === 'etikk')).toMatchObject({ present: 'Sårbare grupper', absent: '' });
    expect(ethicsSummary(empty).choice).toBe('Ikke avgjort ennå');
  });
});
