import { useState } from 'preact/hooks';
import { checkSupplementary } from '../../lib/legal-basis';
import type { BasisCheck, SupplementaryBasis } from '../../lib/model/schema';
import { RadioGroup } from '../form/Fieldset';

const CHECK_OPTIONS: { value: NonNullable<BasisCheck>; label: string }[] = [
  { value: 'ja', label: 'Ja' },
  { value: 'nei', label: 'Nei' },
  { value: 'usikker', label: 'Usikker' },
];

/** The supplementary legal basis (art. 6 nr. 3): act, section and the two checks, with «ikke avklart» until answered. */
export function SupplementaryFields({
  basis,
  onChange,
}: {
  basis: SupplementaryBasis;
  onChange: (patch: Partial<SupplementaryBasis>) => void;
}) {
  const [act, setAct] = useState(basis.act);
  const [section, setSection] = useState(basis.section);
  const [reasoning, setReasoning] = useState(basis.reasoning);
  const check = checkSupplementary(basis);
  const radios = (key: 'coversPurpose' | 'clearAndForeseeable', legend: string) => (
    <RadioGroup
      class="lb-options"
      optionClass="lb-option"
      name={`lb-supp-${key}`}
      legend={legend}
      options={CHECK_OPTIONS}
      value={basis[key] ?? undefined}
      onChange={(value) => onChange({ [key]: value })}
    />
  );
  return (
    <div class="lb-supplementary">
      <h4>Det supplerende rettsgrunnlaget (art. 6 nr. 3)</h4>
      <p>
        Skriv loven og paragrafen. Kommuneloven § 4-1 (plikten til å informere aktivt) er en mulig kandidat, men dere må selv vurdere om den
        dekker formålet og er klar nok.
      </p>
      <div class="field">
        <label for="lb-supp-act">Lov (for eksempel kommuneloven)</label>
        <input
          id="lb-supp-act"
          value={act}
          onInput={(e) => {
            const v = e.currentTarget.value;
            setAct(v);
            onChange({ act: v });
          }}
        />
      </div>
      <div class="field">
        <label for="lb-supp-section">Paragraf (for eksempel § 4-1)</label>
        <input
          id="lb-supp-section"
          value={section}
          onInput={(e) => {
            const v = e.currentTarget.value;
            setSection(v);
            onChange({ section: v });
          }}
        />
      </div>
      {radios('coversPurpose', 'Dekker bestemmelsen formålet med denne bruken av sosiale medier?')}
      {radios('clearAndForeseeable', 'Er bestemmelsen klar og forutsigbar nok for denne behandlingen?')}
      <div class="field">
        <label for="lb-supp-reasoning">Kommunens vurdering av de to spørsmålene</label>
        <textarea
          id="lb-supp-reasoning"
          value={reasoning}
          onInput={(e) => {
            const v = e.currentTarget.value;
            setReasoning(v);
            onChange({ reasoning: v });
          }}
        />
      </div>
      <p class={`lb-supp-status lb-supp-status--${check.state}`} role="status">
        <strong>Supplerende rettsgrunnlag:</strong> {check.text}
      </p>
    </div>
  );
}
