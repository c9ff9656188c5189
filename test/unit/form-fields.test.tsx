// @vitest-environment happy-dom
import { describe, it, expect, afterEach } from 'vitest';
import { render, screen, cleanup, fireEvent } from '@testing-library/preact';
import { InputField, SelectField, ErrorSummary, describedBy } from '../../src/components/form/Field';
import { RadioGroup } from '../../src/components/form/Fieldset';

describe('skjemafeltene', () => {
  afterEach(cleanup);

  it('kobler feltet til hintet og feilen, og merker det ugyldig bare ved feil', () => {
    expect(describedBy('f', undefined, undefined)).toBeUndefined();
    expect(describedBy('f', 'Feil', 'f-hint')).toBe('f-hint f-error');
    const values: string[] = [];
    const { rerender } = render(
      <InputField id="f" label="Navn" value="" hint={{ id: 'f-hint', text: 'Hele navnet.' }} onInput={(v) => values.push(v)} />,
    );
    const field = screen.getByLabelText('Navn');
    expect(field.getAttribute('aria-describedby')).toBe('f-hint');
    expect(field.getAttribute('aria-invalid')).toBeNull();
    fireEvent.input(field, { target: { value: 'Kari' } });
    expect(values).toEqual(['Kari']);
    rerender(
      <InputField id="f" label="Navn" value="" error="Skriv navnet." hint={{ id: 'f-hint', text: 'Hele navnet.' }} onInput={() => {}} />,
    );
    expect(field.getAttribute('aria-describedby')).toBe('f-hint f-error');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById('f-error')!.textContent).toBe('Skriv navnet.');
  });

  it('lager et tekstområde med rader, og en nedtrekksliste som melder valget', () => {
    const picked: string[] = [];
    render(
      <>
        <InputField id="t" label="Begrunnelse" value="" rows={3} onInput={() => {}} />
        <SelectField
          id="s"
          label="Konklusjon"
          value=""
          options={[
            { value: '', label: 'Velg' },
            { value: 'behold', label: 'Behold' },
          ]}
          onChange={(v) => picked.push(v)}
        />
      </>,
    );
    expect(screen.getByLabelText('Begrunnelse').tagName).toBe('TEXTAREA');
    fireEvent.change(screen.getByLabelText('Konklusjon'), { target: { value: 'behold' } });
    expect(picked).toEqual(['behold']);
  });

  it('viser radioknapper under en legend, med feilen knyttet til gruppen', () => {
    const chosen: (boolean | null)[] = [];
    render(
      <RadioGroup<boolean | null>
        id="g"
        name="g"
        legend="Fulgte ledelsen rådet?"
        value={undefined}
        error="Velg et svar."
        options={[
          { value: true, label: 'Ja' },
          { value: false, label: 'Nei' },
          { value: null, label: 'Ikke oppgitt' },
        ]}
        onChange={(v) => chosen.push(v)}
      />,
    );
    const group = screen.getByRole('group', { name: 'Fulgte ledelsen rådet?' });
    expect(group.getAttribute('aria-describedby')).toBe('g-error');
    expect(group.getAttribute('aria-invalid')).toBe('true');
    fireEvent.click(screen.getByLabelText('Ikke oppgitt'));
    fireEvent.click(screen.getByLabelText('Nei'));
    expect(chosen).toEqual([null, false]);
  });

  it('lister feilene øverst bare når det finnes feil', () => {
    const { rerender } = render(<ErrorSummary title="Rett dette først:" errors={[]} />);
    expect(screen.queryByRole('alert')).toBeNull();
    rerender(<ErrorSummary title="Rett dette først:" errors={['Skriv navnet.', 'Velg et svar.']} />);
    expect(screen.getByRole('alert').textContent).toBe('Rett dette først:Skriv navnet.Velg et svar.');
  });
});
