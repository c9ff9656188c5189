import { useState } from 'preact/hooks';
import { PARTIES, addConsultation, missingParties, partyLabel, removeConsultation, updateConsultation } from '../../lib/dpia/consultation';
import type { ConsultedParty } from '../../lib/dpia/sections';
import { newId } from '../../lib/model/ids';
import { useDpia } from './use-dpia';
import { DpiaFrame, type DpiaView } from './DpiaFrame';
import { DpiaText } from './DpiaText';
import { InputField, SelectField } from '../form/Field';

/** Consultation (art. 35 nr. 2 and nr. 9): who was consulted, when, what they said and how it was followed up; and the DPO's advice. */
export function Consultation() {
  const dpia = useDpia();
  return <DpiaFrame dpia={dpia}>{(view) => <ConsultationParts {...view} />}</DpiaFrame>;
}

function ConsultationParts({ a, save }: DpiaView) {
  const [party, setParty] = useState<ConsultedParty>('personvernombud');
  const c = a.consultation;
  const missing = missingParties(c);
  const add = (party: ConsultedParty) => {
    const id = newId('m');
    save(
      'consultation',
      (x) => addConsultation(x, { id, party, who: '', date: '', summary: '', followUp: '' }),
      `${partyLabel(party)} er lagt til.`,
    );
    requestAnimationFrame(() => document.getElementById(`${id}-who`)?.focus());
  };
  return (
    <>
      <section class="tool-panel" aria-labelledby="dpo-heading">
        <h2 id="dpo-heading" class="tool-panel__title">
          Personvernombudets råd
        </h2>
        <p class="dpia-help">
          Kommunen skal be personvernombudet om råd når den gjennomfører vurderingen (art. 35 nr. 2). Rådet får en egen del i rapporten.
        </p>
        <DpiaText
          assessment={a.id}
          part="consultation"
          field="dpoAdvice"
          id="dpo-advice"
          label="Personvernombudets råd"
          value={c.dpoAdvice}
          multiline
          onCommit={(dpoAdvice) => save('consultation', (x) => ({ ...x, dpoAdvice }))}
        />
        <InputField
          id="dpo-advice-date"
          label="Dato for rådet"
          type="date"
          value={c.dpoAdviceDate}
          onInput={(dpoAdviceDate) => save('consultation', (x) => ({ ...x, dpoAdviceDate }), 'Datoen er lagret.')}
        />
      </section>

      <section class="tool-panel" aria-labelledby="consulted-heading">
        <h2 id="consulted-heading" class="tool-panel__title">
          Hvem dere har rådført dere med
        </h2>
        <dl>
          {PARTIES.map((p) => (
            <div key={p.value}>
              <dt>
                <strong>{p.label}</strong>
              </dt>
              <dd class="dpia-help">{p.help}</dd>
            </div>
          ))}
        </dl>
        {missing.length > 0 && <p>Ikke ført opp ennå: {missing.map(partyLabel).join(' og ')}.</p>}
        {c.entries.length === 0 ? (
          <p>Ingen er ført opp ennå.</p>
        ) : (
          <ul class="dpia-list">
            {c.entries.map((e, i) => {
              const name = `${partyLabel(e.party)}${e.who.trim() ? ` (${e.who.trim()})` : ''}`;
              const upd = (change: Parameters<typeof updateConsultation>[2]) =>
                save('consultation', (x) => updateConsultation(x, e.id, change));
              const text = (field: 'who' | 'summary' | 'followUp') => ({
                assessment: a.id,
                part: 'consultation' as const,
                field: `${e.id}.${field}`,
                id: `${e.id}-${field.toLowerCase()}`,
                onCommit: (value: string) => upd({ [field]: value }),
              });
              return (
                <li key={e.id}>
                  <h3 id={`${e.id}-heading`}>
                    {i + 1}. {name}
                  </h3>
                  <SelectField
                    id={`${e.id}-party`}
                    label="Part"
                    value={e.party}
                    options={PARTIES}
                    onChange={(party) => upd({ party: party as ConsultedParty })}
                  />
                  <DpiaText {...text('who')} label="Hvem (navn, rolle eller organ)" value={e.who} />
                  <InputField id={`${e.id}-date`} label="Dato" type="date" value={e.date} onInput={(date) => upd({ date })} />
                  <DpiaText {...text('summary')} label="Hva de sa" value={e.summary} multiline />
                  <DpiaText {...text('followUp')} label="Hvordan dere fulgte det opp" value={e.followUp} multiline />
                  <button
                    type="button"
                    class="button secondary"
                    onClick={() => {
                      save('consultation', (x) => removeConsultation(x, e.id), `${name} er fjernet.`);
                      requestAnimationFrame(() => document.getElementById('consult-add')?.focus());
                    }}
                  >
                    Fjern<span class="sr-only"> {name}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        )}
        <SelectField
          id="consult-party"
          label="Legg til en part"
          value={party}
          options={PARTIES}
          onChange={(p) => setParty(p as ConsultedParty)}
        />
        <button id="consult-add" type="button" class="button secondary" onClick={() => add(party)}>
          Legg til
        </button>
      </section>
    </>
  );
}
