// @vitest-environment happy-dom
import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen, fireEvent, cleanup, waitFor, within } from '@testing-library/preact';
import { useTestStorageEngine, cleanTestStorage, getTestStorage, setTestStorageKey } from '../support/test-storage';

useTestStorageEngine();
const store = await import('../../src/stores/workspace');
const transfer = await import('../../src/stores/transfer');
const { MyAssessments } = await import('../../src/components/workspace/MyAssessments');
const { AssessmentBar } = await import('../../src/components/workspace/AssessmentBar');

const fixtures = join(import.meta.dirname, '../fixtures');
const fileFrom = (path: string, name = path.split('/').pop()!) =>
  new File([readFileSync(join(fixtures, path))], name, { type: 'application/json' });
const pick = (file: File) => {
  const input = screen.getByLabelText<HTMLInputElement>('Velg en fil å importere');
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
};

describe('<MyAssessments>', () => {
  beforeEach(() => {
    cleanTestStorage();
    store.resetWorkspaceForTests();
    store.$clock.set(() => new Date('2026-11-22T10:00:00.000Z'));
  });
  afterEach(cleanup);

  it('gir nytt navn, dupliserer, sletter med bekreftelse og angrer', () => {
    store.createAssessment({ title: 'Facebook – Kultur', platform: 'Facebook', unit: 'Kultur', owner: '' });
    render(<MyAssessments />);
    fireEvent.click(screen.getByRole('button', { name: 'Gi nytt navn til «Facebook – Kultur»' }));
    const field = screen.getByLabelText('Nytt navn på «Facebook – Kultur»');
    fireEvent.input(field, { target: { value: '  ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lagre navnet' }));
    expect(screen.getByRole('alert').textContent).toContain('Skriv inn et navn.');
    expect(field.getAttribute('aria-describedby')).toBe(screen.getByRole('alert').id);
    fireEvent.input(field, { target: { value: 'Facebook – Kulturetaten' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lagre navnet' }));
    expect(store.$assessments.get()[0].title).toBe('Facebook – Kulturetaten');

    fireEvent.click(screen.getByRole('button', { name: 'Dupliser «Facebook – Kulturetaten»' }));
    expect(
      store.$assessments
        .get()
        .map((a) => a.title)
        .sort(),
    ).toEqual(['Facebook – Kulturetaten', 'Facebook – Kulturetaten (kopi)']);

    fireEvent.click(screen.getByRole('button', { name: 'Slett «Facebook – Kulturetaten (kopi)»' }));
    const dialog = screen.getByRole('alertdialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Nei, behold den' }));
    expect(store.$assessments.get()).toHaveLength(2);
    fireEvent.click(screen.getByRole('button', { name: 'Slett «Facebook – Kulturetaten (kopi)»' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ja, slett «Facebook – Kulturetaten (kopi)»' }));
    expect(store.$assessments.get()).toHaveLength(1);
    expect(screen.getByText(/er slettet/).textContent).toContain('«Facebook – Kulturetaten (kopi)» er slettet.');
    fireEvent.click(screen.getByRole('button', { name: 'Angre slettingen' }));
    expect(store.$assessments.get()).toHaveLength(2);
  });

  it('viser en fil før import, og importerer først når brukeren bekrefter', async () => {
    render(<MyAssessments />);
    pick(fileFrom('workspace-valid.json'));
    await screen.findByRole('heading', { name: 'Dette inneholder «workspace-valid.json»' });
    expect(screen.getByText(/Vurdering «Facebook – Kulturetaten».*ny, blir lagt til/)).toBeTruthy();
    expect(Object.keys(getTestStorage()).filter((k) => k.includes(':vurdering:'))).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Importer' }));
    await screen.findByText(/Importert fra «workspace-valid.json»: 2 vurderinger og 1 konto\./);
    expect(
      store.$assessments
        .get()
        .map((a) => a.id)
        .sort(),
    ).toEqual(['v-bibliotek', 'v-kultur']);
  });

  it('lar brukeren velge mellom å erstatte og å beholde begge ved samme id', async () => {
    render(<MyAssessments />);
    pick(fileFrom('workspace-valid.json'));
    fireEvent.click(await screen.findByRole('button', { name: 'Importer' }));
    await screen.findByText(/Importert fra/);
    pick(fileFrom('workspace-valid.json'));
    await screen.findByText(/2 av dem finnes fra før|3 av dem finnes fra før/);
    expect(screen.getByLabelText<HTMLInputElement>(/Behold begge/).checked).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Importer' }));
    await screen.findByText(/Importert fra/);
    expect(
      store.$assessments
        .get()
        .map((a) => a.title)
        .sort(),
    ).toEqual([
      'Facebook – Kulturetaten',
      'Facebook – Kulturetaten (importert)',
      'Instagram – Biblioteket',
      'Instagram – Biblioteket (importert)',
    ]);
  });

  it('avviser en ugyldig fil med melding om hva og hvor, og endrer ingenting', async () => {
    store.createAssessment({ title: 'Lagret', platform: 'Facebook', unit: 'Kultur', owner: '' });
    const before = JSON.stringify(getTestStorage());
    render(<MyAssessments />);
    pick(fileFrom('bad-imports/16-sannsynlighet-over-5.json'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('«16-sannsynlighet-over-5.json» ble ikke importert. Feil i assessments[0].risks[0].likelihood');
    expect(screen.getByLabelText('Velg en fil å importere').getAttribute('aria-describedby')).toContain(alert.id);
    expect(JSON.stringify(getTestStorage())).toBe(before);
  });

  it('viser HTML og skript fra en fil som tekst', async () => {
    render(<MyAssessments />);
    pick(fileFrom('good-imports/html-og-skript.json'));
    fireEvent.click(await screen.findByRole('button', { name: 'Importer' }));
    await screen.findByText(/Importert fra/);
    const headings = await screen.findAllByRole('heading', { level: 3 });
    const heading = headings.find((h) => h.textContent === '<img src=x onerror="alert(1)"> Facebook – <b>Kultur</b>')!;
    expect(heading).toBeTruthy();
    expect(heading.querySelector('img, b')).toBeNull();
    expect(document.querySelector('script, iframe, img')).toBeNull();
    expect(screen.getByText('<script>alert("owner")</script>')).toBeTruthy();
  });

  it('tar imot en fil som slippes med dra og slipp', async () => {
    render(<MyAssessments />);
    const zone = screen.getByText('Dere kan også dra filen hit og slippe den.').parentElement!;
    fireEvent.dragOver(zone, { dataTransfer: { files: [] } });
    expect(zone.className).toContain('drop-zone--active');
    fireEvent.drop(zone, { dataTransfer: { files: [fileFrom('workspace-valid.json', 'sluppet.json')] } });
    await screen.findByRole('heading', { name: 'Dette inneholder «sluppet.json»' });
    expect(zone.className).not.toContain('drop-zone--active');
  });

  it('avviser en fil over 10 MB uten å lese den', async () => {
    render(<MyAssessments />);
    const big = new File(['{}'], 'stor.json');
    Object.defineProperty(big, 'size', { value: 11 * 1024 * 1024 });
    pick(big);
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Filen er 11\u00a0MB. Den største filen som kan leses inn, er 10\u00a0MB.',
    );
  });
});

describe('<AssessmentBar> viser status for lagringen', () => {
  beforeEach(() => {
    cleanTestStorage();
    store.resetWorkspaceForTests();
  });
  afterEach(cleanup);

  it('sier fra om en verdi som er flyttet til sikkerhetskopi, og lar brukeren laste den ned og lukke meldingen', async () => {
    render(<AssessmentBar />);
    setTestStorageKey(store.ASSESSMENT_PREFIX + 'v-x', '{"id":');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/En lagret vurdering kunne ikke leses og er flyttet til en sikkerhetskopi/);
    expect(within(alert).getByRole('button', { name: 'Last ned sikkerhetskopien' })).toBeTruthy();
    fireEvent.click(within(alert).getByRole('button', { name: 'Lukk meldingen' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });

  it('minner om eksport når noe er endret siden siste eksport', async () => {
    render(<AssessmentBar />);
    store.createAssessment({ title: 'Ny', platform: 'Facebook', unit: 'Kultur', owner: '' });
    expect((await screen.findByRole('status')).textContent).toContain('Dere har ikke eksportert vurderingene deres til fil ennå.');
    transfer.recordExport();
    await waitFor(() => expect(screen.queryByRole('status')).toBeNull());
  });
});
