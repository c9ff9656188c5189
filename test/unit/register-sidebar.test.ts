import { describe, expect, it } from 'vitest';
import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import { narrowRegisterSidebar } from '../../src/lib/register-sidebar';

type Entry = StarlightRouteData['sidebar'][number];

const link = (label: string, href: string, isCurrent = false): Entry => ({
  type: 'link',
  label,
  href,
  isCurrent,
  badge: undefined,
  attrs: {},
});
const group = (label: string, entries: Entry[]): Entry => ({ type: 'group', label, entries, collapsed: true, badge: undefined });

function sidebar(current?: string, base = '/'): Entry[] {
  const l = (label: string, path: string) => link(label, `${base}${path}`, path === current);
  return [
    group('Verktøy', [l('Risikometode', 'verktoy/risikometode/')]),
    group('Oppslag', [
      l('Rettskilder', 'oppslag/rettskilder/'),
      group('Rettskilderegisteret', [
        group('Personvernforordningen (GDPR)', [
          l('Hele forordningen', 'gdpr/'),
          group('Kapittel I Alminnelige bestemmelser', [
            l('Oversikt over kapittel I', 'gdpr/kapittel-i/'),
            l('Art. 1 Formål', 'gdpr/artikkel-1/'),
          ]),
          group('Kapittel IV Behandlingsansvarlig og databehandler', [
            l('Oversikt over kapittel IV', 'gdpr/kapittel-iv/'),
            l('Art. 35 Vurdering av personvernkonsekvenser', 'gdpr/artikkel-35/'),
            l('Art. 36 Forhåndsdrøftinger', 'gdpr/artikkel-36/'),
          ]),
        ]),
        group('Norske lover', [l('Arkivlova', 'lov/arkivlova/')]),
      ]),
    ]),
  ];
}

/** The labels and links of a sidebar, as an outline (groups' entries indented). */
function outline(entries: Entry[], depth = 0): string[] {
  return entries.flatMap((e) =>
    e.type === 'link'
      ? [`${'  '.repeat(depth)}${e.label} -> ${e.href}${e.isCurrent ? ' *' : ''}`]
      : [`${'  '.repeat(depth)}[${e.label}]`, ...outline(e.entries, depth + 1)],
  );
}

describe('narrowRegisterSidebar', () => {
  it('viser hvert kapittel som én lenke til oversikten når siden ikke er i kapitlet', () => {
    expect(outline(narrowRegisterSidebar(sidebar('verktoy/risikometode/')))).toEqual([
      '[Verktøy]',
      '  Risikometode -> /verktoy/risikometode/ *',
      '[Oppslag]',
      '  Rettskilder -> /oppslag/rettskilder/',
      '  [Rettskilderegisteret]',
      '    [Personvernforordningen (GDPR)]',
      '      Hele forordningen -> /gdpr/',
      '      Kapittel I Alminnelige bestemmelser -> /gdpr/kapittel-i/',
      '      Kapittel IV Behandlingsansvarlig og databehandler -> /gdpr/kapittel-iv/',
      '    [Norske lover]',
      '      Arkivlova -> /lov/arkivlova/',
    ]);
  });

  it('lister artiklene i kapitlet siden er i, på en artikkel og på kapitlets oversikt', () => {
    for (const current of ['gdpr/artikkel-36/', 'gdpr/kapittel-iv/']) {
      const lines = outline(narrowRegisterSidebar(sidebar(current)));
      expect(lines).toContain('      [Kapittel IV Behandlingsansvarlig og databehandler]');
      expect(lines).toContain('        Art. 35 Vurdering av personvernkonsekvenser -> /gdpr/artikkel-35/');
      expect(lines.filter((line) => line.endsWith(' *'))).toHaveLength(1);
      expect(lines).toContain('      Kapittel I Alminnelige bestemmelser -> /gdpr/kapittel-i/');
      expect(lines.some((line) => line.includes('Art. 1 Formål'))).toBe(false);
    }
  });

  it('kjenner igjen kapitlene under en understi', () => {
    const lines = outline(narrowRegisterSidebar(sidebar('verktoy/risikometode/', '/personvern/some/')));
    expect(lines).toContain('      Kapittel IV Behandlingsansvarlig og databehandler -> /personvern/some/gdpr/kapittel-iv/');
    expect(lines.some((line) => line.includes('Art. 3'))).toBe(false);
  });

  it('endrer ikke sidefeltet den får', () => {
    const given = sidebar('verktoy/risikometode/');
    const before = JSON.stringify(given);
    narrowRegisterSidebar(given);
    expect(JSON.stringify(given)).toBe(before);
  });
});
