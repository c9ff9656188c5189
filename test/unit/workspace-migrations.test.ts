import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MIGRATIONS, migrate, type Migration } from '../../src/lib/model/migrations';
import { FORMAT_VERSION, type WorkspaceFile } from '../../src/lib/model/schema';
import { stringMatching } from '../support/matchers';
import { readWorkspaceFile } from '../../src/lib/workspace/file';
import { classifyEntry } from '../../src/lib/workspace/stored';

const validText = readFileSync(join(import.meta.dirname, '../fixtures/workspace-valid.json'), 'utf8');

describe('migreringskjeden', () => {
  it('har ett steg per versjon fram til gjeldende versjon (versjon 5: fire steg, fra 1, 2, 3 og 4)', () => {
    expect(FORMAT_VERSION).toBe(5);
    expect(MIGRATIONS.map((m) => m.from)).toEqual(Array.from({ length: FORMAT_VERSION - 1 }, (_, i) => i + 1));
  });

  it.each(MIGRATIONS.map((m) => [m.from, m] as const))('steget fra versjon %i gir gyldige data i neste versjon', (from, step) => {
    const out = migrate({ version: from }, from, [step], from + 1);
    expect(out.ok).toBe(true);
  });

  it('lar data i gjeldende versjon være som de er', () => {
    const data = { version: FORMAT_VERSION, a: 1 };
    expect(migrate(data, FORMAT_VERSION)).toEqual({ ok: true, data, applied: [] });
  });

  it('avviser en nyere versjon med en melding og endrer ingenting', () => {
    const data = { version: FORMAT_VERSION + 1 };
    const out = migrate(data, FORMAT_VERSION + 1);
    expect(out).toEqual({
      ok: false,
      message: stringMatching(
        new RegExp(`versjon ${FORMAT_VERSION + 1} av formatet.*kjenner bare versjon ${FORMAT_VERSION} og eldre.*Ingenting ble endret`),
      ),
    });
    expect(data).toEqual({ version: FORMAT_VERSION + 1 });
  });

  it('avviser et ugyldig versjonsnummer', () => {
    expect(migrate({}, 0).ok).toBe(false);
    expect(migrate({}, 1.5).ok).toBe(false);
  });

  // The mechanism, tested with a chain made for this test (not a real, shipped format).
  const rename: Migration = {
    from: 1,
    description: 'Teststeg: legger til feltet b.',
    migrate: (file) => ({ ...file, b: 'lagt til' }),
  };
  const double: Migration = {
    from: 2,
    description: 'Teststeg: dobler a.',
    migrate: (file) => ({ ...file, a: (file.a as number) * 2 }),
  };

  it('kjører stegene i rekkefølge og setter versjonsnummeret for hvert steg', () => {
    const out = migrate({ version: 1, a: 2 }, 1, [double, rename], 3);
    expect(out).toEqual({
      ok: true,
      data: { version: 3, a: 4, b: 'lagt til' },
      applied: ['Teststeg: legger til feltet b.', 'Teststeg: dobler a.'],
    });
  });

  it('endrer ikke dataene den får inn', () => {
    const input = { version: 1, a: 2, list: [1] };
    migrate(
      input,
      1,
      [
        {
          from: 1,
          description: 'muterer',
          migrate: (f) => {
            (f.list as number[]).push(2);
            return f;
          },
        },
      ],
      2,
    );
    expect(input).toEqual({ version: 1, a: 2, list: [1] });
  });

  it('avviser et hull i kjeden i stedet for å gjette', () => {
    expect(migrate({ version: 1 }, 1, [double], 3)).toEqual({
      ok: false,
      message: stringMatching(/ingen overgang fra versjon 1 til versjon 2/),
    });
  });

  it('avviser når et steg feiler, uten halvferdige data', () => {
    const broken: Migration = {
      from: 1,
      description: 'feiler',
      migrate: () => {
        throw new Error('mangler felt');
      },
    };
    expect(migrate({ version: 1 }, 1, [broken], 2)).toEqual({
      ok: false,
      message: stringMatching(/fra versjon 1 til 2 mislyktes \(mangler felt\)/),
    });
  });

  it('brukes på importerte filer: kjeden kjøres før skjemaet sjekkes', () => {
    // With a test chain that makes the app one version newer, a file of the current version is run through the chain.
    const next = FORMAT_VERSION + 1;
    const seen: unknown[] = [];
    const spy: Migration = {
      from: FORMAT_VERSION,
      description: 'Teststeg.',
      migrate: (f) => {
        seen.push(f.version);
        return f;
      },
    };
    readWorkspaceFile(validText, undefined, [spy], next);
    expect(seen).toEqual([FORMAT_VERSION]);
    // Without a step to the next version, the file is refused rather than guessed at.
    expect(readWorkspaceFile(validText, undefined, [], next)).toMatchObject({
      ok: false,
      message: stringMatching(new RegExp(`ingen overgang fra versjon ${FORMAT_VERSION} til versjon ${next}`)),
    });
  });

  it('brukes på lagrede verdier: en verdi under en eldre versjons nøkkel går gjennom kjeden', () => {
    const valid = JSON.parse(validText) as WorkspaceFile;
    const stored = JSON.stringify({ ...valid.assessments[0], tittel: valid.assessments[0].title, title: undefined });
    // A test step from version 1 to 2 that renames "tittel" to "title"; the app is at version 2 in this test.
    const step: Migration = {
      from: 1,
      description: 'Teststeg: tittel → title.',
      migrate: (f) => ({
        ...f,
        assessments: (f.assessments as Record<string, unknown>[]).map(({ tittel, ...a }) => ({ ...a, title: tittel })),
      }),
    };
    const entry = classifyEntry('some-veilederen:v1:vurdering:v-kultur', stored, [step], 2);
    expect(entry).toMatchObject({ kind: 'assessment', id: 'v-kultur', migratedFrom: 1, value: { title: 'Facebook – Kulturetaten' } });
    expect(classifyEntry('some-veilederen:v1:vurdering:v-kultur', stored, [], 2)).toMatchObject({ kind: 'invalid' });
    expect(classifyEntry('some-veilederen:v3:vurdering:v-kultur', stored, [step], 2)).toEqual({ kind: 'newer', version: 3 });
  });
});
