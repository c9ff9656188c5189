import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readWorkspaceFile, previewImport } from '../../src/lib/workspace/file';
import { MAX_IMPORT_BYTES } from '../../src/lib/workspace/file-size';
import {
  buildExportFile,
  serializeFile,
  exportFileName,
  assessmentFileBase,
  assessmentFileName,
  siteFileName,
} from '../../src/lib/workspace/export-file';
import { slugify } from '../../src/lib/workspace/slug';
import { planImport } from '../../src/lib/workspace/import-plan';
import { FORMAT, FORMAT_VERSION, type WorkspaceFile } from '../../src/lib/model/schema';

const fixtures = join(import.meta.dirname, '../fixtures');
const read = (path: string) => readFileSync(join(fixtures, path), 'utf8');
const validText = read('workspace-valid.json');
const valid = JSON.parse(validText) as WorkspaceFile;

/** Every bad file, the message it must be refused with, and where (field path) when the problem is in a field. */
const BAD: [file: string, message: RegExp, path?: string][] = [
  ['01-tom.json', /^Filen er tom\.$/],
  ['02-bare-mellomrom.json', /^Filen er tom\.$/],
  ['03-avkuttet.json', /ikke gyldig JSON: den slutter for tidlig, så den er trolig avkuttet/],
  ['04-ikke-json.json', /^Filen er ikke gyldig JSON/],
  ['05-liste.json', /inneholder en liste, ikke et arbeidsområde/],
  ['06-tall.json', /inneholder et tall, ikke et arbeidsområde/],
  ['07-tekst.json', /inneholder en tekst, ikke et arbeidsområde/],
  ['08-null.json', /inneholder null, ikke et arbeidsområde/],
  ['09-feil-format.json', /ikke en eksport fra SoMe-veilederen: format er "annet-verktoy\/eksport"/, 'format'],
  ['10-mangler-format.json', /feltet format mangler/, 'format'],
  ['11-nyere-versjon.json', new RegExp(`versjon ${FORMAT_VERSION + 1} av formatet.*kjenner bare versjon ${FORMAT_VERSION}`), 'version'],
  ['12-versjon-som-tekst.json', /version må være et heltall.*"1"/, 'version'],
  ['13-versjon-null.json', /version må være et heltall.*0/, 'version'],
  ['14-proto-nokkel.json', /nøkkelen «__proto__» i assessments\[0\]\.__proto__/, 'assessments[0].__proto__'],
  [
    '15-constructor-nokkel.json',
    /nøkkelen «constructor» i assessments\[0\]\.checklists\.constructor/,
    'assessments[0].checklists.constructor',
  ],
  [
    '16-sannsynlighet-over-5.json',
    /Feil i assessments\[0\]\.risks\[0\]\.likelihood \(vurdering 1 › risiko 1 › sannsynlighet\): Høyest 6\./,
    'assessments[0].risks[0].likelihood',
  ],
  [
    '17-sannsynlighet-som-tekst.json',
    /Feil i assessments\[0\]\.risks\[0\]\.likelihood .*Må være et tall \(fant "høy"\)/,
    'assessments[0].risks[0].likelihood',
  ],
  ['18-mangler-tittel.json', /Feil i assessments\[0\]\.title \(vurdering 1 › tittel\): Feltet mangler\./, 'assessments[0].title'],
  ['19-vurderinger-som-objekt.json', /Feil i assessments \(vurderinger\): Må være en liste/, 'assessments'],
  ['20-for-lang-tittel.json', /Feil i assessments\[0\]\.title .*for lang \(over 500 tegn\)/, 'assessments[0].title'],
  [
    '21-enorm-tekst.json',
    /Feil i assessments\[0\]\.description\.purpose .*for lang \(over 20 000 tegn\)/,
    'assessments[0].description.purpose',
  ],
  ['22-ugyldig-tidspunkt.json', /Feil i assessments\[0\]\.updatedAt .*Ugyldig tidspunkt/, 'assessments[0].updatedAt'],
  ['23-ukjent-personvernmal.json', /Feil i assessments\[0\]\.risks\[0\]\.goal .*Ukjent personvernmål/, 'assessments[0].risks[0].goal'],
  ['24-id-med-html.json', /Feil i assessments\[0\]\.id .*Ugyldig id/, 'assessments[0].id'],
  ['25-duplisert-id.json', /assessments\[1\]\.id: id-en «v-kultur» finnes mer enn én gang/, 'assessments[1].id'],
  ['26-for-dyp-nesting.json', /nøstet for dypt/],
  ['27-ukjent-innlogging.json', /Feil i accounts\[0\]\.login \(konto 1 › «login»\): Ukjent innloggingstype/, 'accounts[0].login'],
  ['28-bom-og-avkuttet.json', /ikke gyldig JSON: den slutter for tidlig/],
  ['29-mangler-eksporttidspunkt.json', /Feil i exportedAt \(eksporttidspunkt\): Feltet mangler/, 'exportedAt'],
  [
    '30-tiltak-med-ugyldig-frist.json',
    /Feil i assessments\[0\]\.risks\[0\]\.measures\[0\]\.deadline .*Ugyldig dato/,
    'assessments[0].risks[0].measures[0].deadline',
  ],
  ['31-tall-som-tekst-i-liste.json', /Feil i accounts \(kontoer\): Må være en liste \(fant "ingen"\)/, 'accounts'],
  ['32-proto-i-sjekkliste.json', /nøkkelen «__proto__» i assessments\[0\]\.checklists\.innforing\.__proto__/],
];

describe('innlesing av filer som skal avvises', () => {
  it('korpuset har minst 25 filer, og hver fil er med i tabellen', () => {
    const files = readdirSync(join(fixtures, 'bad-imports')).sort();
    expect(files.length).toBeGreaterThanOrEqual(25);
    expect(files).toEqual(BAD.map(([file]) => file).sort());
  });

  it.each(BAD)('%s avvises med riktig melding', (file, message, path) => {
    const text = read(join('bad-imports', file));
    const before = structuredClone(text);
    const result = readWorkspaceFile(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toMatch(message);
    if (path) expect(result.path).toBe(path);
    expect(text).toBe(before);
    // No prototype was touched by reading it.
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });

  it('avviser en fil på 20 MB uten å lese den', () => {
    const huge = '{"format":"some-veilederen/arbeidsomrade","pad":"' + 'x'.repeat(20 * 1024 * 1024) + '"}';
    const result = readWorkspaceFile(huge);
    expect(result).toEqual({ ok: false, message: 'Filen er 20\u00a0MB. Den største filen som kan leses inn, er 10\u00a0MB.' });
  });

  it('bruker størrelsen nettleseren oppgir, og grensen er 10 MB', () => {
    expect(MAX_IMPORT_BYTES).toBe(10 * 1024 * 1024);
    expect(readWorkspaceFile(validText, MAX_IMPORT_BYTES + 1).ok).toBe(false);
    expect(readWorkspaceFile(validText, MAX_IMPORT_BYTES).ok).toBe(true);
  });
});

describe('innlesing av gyldige filer', () => {
  it('leser en gyldig eksport', () => {
    const result = readWorkspaceFile(validText);
    expect(result).toMatchObject({ ok: true, migrated: [] });
    if (result.ok) expect(result.file).toEqual(valid);
  });

  it('tåler byte order mark (BOM) først i filen', () => {
    const result = readWorkspaceFile(read('good-imports/bom.json'));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.file).toEqual(valid);
  });

  it('godtar HTML og skript i tekstfelt som tekst, uendret', () => {
    const result = readWorkspaceFile(read('good-imports/html-og-skript.json'));
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.file.assessments[0].title).toBe('<img src=x onerror="alert(1)"> Facebook – <b>Kultur</b>');
      expect(result.file.assessments[0].description.purpose).toBe('<script>alert(1)</script>');
    }
  });

  it('fjerner ukjente felt i stedet for å ta dem med', () => {
    const withExtra = JSON.stringify({ ...valid, extra: 'x', assessments: valid.assessments.map((a) => ({ ...a, hemmelig: 1 })) });
    const result = readWorkspaceFile(withExtra);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.file).not.toHaveProperty('extra');
      expect(result.file.assessments[0]).not.toHaveProperty('hemmelig');
    }
  });
});

describe('eksport', () => {
  it('lager en lesbar JSON-fil med format, versjon, eksporttidspunkt og programversjon', () => {
    const now = new Date('2026-11-22T13:45:00.000Z');
    const file = buildExportFile(valid.assessments, valid.accounts, now, '0.1.0');
    expect(file).toMatchObject({ format: FORMAT, version: FORMAT_VERSION, exportedAt: '2026-11-22T13:45:00.000Z', appVersion: '0.1.0' });
    const text = serializeFile(file);
    expect(text).toContain('\n  "format": "some-veilederen/arbeidsomrade",\n');
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('eksport → tøm → import gir nøyaktig de samme dataene', () => {
    const text = serializeFile(buildExportFile(valid.assessments, valid.accounts, new Date(), '0.1.0'));
    const empty = { assessments: {}, accounts: {} };
    const result = readWorkspaceFile(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const plan = planImport(result.file, empty, 'replace', () => 'ny');
    expect(plan.assessments).toEqual(valid.assessments);
    expect(plan.accounts).toEqual(valid.accounts);
  });

  it.each([
    ['Kulturetaten', 'Facebook', '2026-11-22-kulturetaten-facebook.json'],
    ['Bærum bibliotek', 'Instagram – Biblioteket', '2026-11-22-baerum-bibliotek-instagram-biblioteket.json'],
    ['Tønsberg – Ungdomsråd', 'X (Twitter)', '2026-11-22-tonsberg-ungdomsrad-x-twitter.json'],
    ['', 'Tittel', '2026-11-22-tittel.json'],
    ['  ', '–', '2026-11-22-vurdering.json'],
  ])('gir filen navnet <dato>-<enhet>-<tittel> (%s, %s)', (unit, title, expected) => {
    expect(exportFileName(new Date(2026, 10, 22, 12), { unit, title })).toBe(expected);
  });

  it('bruker samme navneskikk for alle eksporter', () => {
    const a = { unit: 'Kulturetaten', title: 'Facebook – Kulturetaten' };
    expect(assessmentFileName('2026-11-22', a, 'docx')).toBe('2026-11-22-kulturetaten-facebook-kulturetaten.docx');
    expect(assessmentFileName('2026-11-22', a, 'json', 'risikobilde')).toBe(
      '2026-11-22-kulturetaten-facebook-kulturetaten-risikobilde.json',
    );
    expect(assessmentFileBase('2026-11-22', a)).toBe('2026-11-22-kulturetaten-facebook-kulturetaten');
    expect(siteFileName('2026-11-23', 'kontogjennomgang', 'csv')).toBe('2026-11-23-kontogjennomgang.csv');
  });

  it('navngir eksport av hele arbeidsområdet', () => {
    expect(exportFileName(new Date(2026, 10, 22, 23, 30))).toBe('2026-11-22-some-veilederen-arbeidsomrade.json');
    expect(slugify('Ålesund ÆØÅ éàü')).toBe('alesund-aeoa-eau');
  });
});

describe('forhåndsvisning og plan for import', () => {
  const current = { assessments: { 'v-kultur': { ...valid.assessments[0], title: 'Lokal' } }, accounts: {} };

  it('viser hva som legges til og hva som erstattes', () => {
    const preview = previewImport(valid, current);
    expect(preview.conflicts).toBe(1);
    expect(preview.assessments.map((a) => [a.id, a.existing?.label ?? null])).toEqual([
      ['v-kultur', 'Lokal'],
      ['v-bibliotek', null],
    ]);
  });

  it('«erstatt» beholder id-ene', () => {
    const plan = planImport(valid, current, 'replace', () => 'v-ny');
    expect(plan.assessments.map((a) => a.id)).toEqual(['v-kultur', 'v-bibliotek']);
  });

  it('«behold begge» gir den importerte nye id-er, og kontoer som peker på den, følger med', () => {
    const ids = ['v-kultur', 'v-ny'];
    const plan = planImport(valid, current, 'keep-both', () => ids.shift()!);
    expect(plan.assessments.map((a) => [a.id, a.title])).toEqual([
      ['v-ny', 'Facebook – Kulturetaten (importert)'],
      ['v-bibliotek', 'Instagram – Biblioteket'],
    ]);
    expect(plan.accounts[0].assessmentId).toBe('v-ny');
  });
});
