import { useState } from 'preact/hooks';
import { PARTIES, addConsultation, missingParties, partyLabel, removeConsultation, updateConsultation } from '../../lib/dpia/consultation';
import type { ConsultedParty } from '../../lib/dpia/sections';
import { newId } from '../../lib/model/ids';
import { useDpia } from './use-dpia';
import { DpiaFrame, type DpiaView } from './DpiaFrame';

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
        <div class="field">
          <label for="dpo-advice">Personvernombudets råd</label>
          <textarea
            id="dpo-advice"
            maxLength={20000}
            value={c.dpoAdvice}
            onInput={(e) => save('consultation', (x) => ({ ...x, dpoAdvice: e.currentTarget.value }))}
          />
        </div>
        <div class="field">
          <label for="dpo-advice-date">Dato for rådet</label>
          <input
            id="dpo-advice-date"
            type="date"
            value={c.dpoAdviceDate}
            onChange={(e) => save('consultation', (x) => ({ ...x, dpoAdviceDate: e.currentTarget.value }), 'Datoen er lagret.')}
          />
        </div>
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
              return (
                <li key={e.id}>
                  <h3 id={`${e.id}-heading`}>
                    {i + 1}. {name}
                  </h3>
                  <div class="field">
                    <label for={`${e.id}-party`}>Part</label>
                    <select
                      id={`${e.id}-party`}
                      value={e.party}
                      onChange={(ev) => upd({ party: ev.currentTarget.value as ConsultedParty })}
                    >
                      {PARTIES.map((p) => (
                        <option key={p.value} value={p.value}>
                          {p.label}
                        </option>
                      ))}
                    </select>
                  </div>
                  <div class="field">
                    <label for={`${e.id}-who`}>Hvem (navn, rolle eller organ)</label>
                    <input
                      id={`${e.id}-who`}
                      maxLength={500}
                      value={e.who}
                      autoComplete="off"
                      onInput={(ev) => upd({ who: ev.currentTarget.value })}
                    />
                  </div>
                  <div class="field">
                    <label for={`${e.id}-date`}>Dato</label>
                    <input id={`${e.id}-date`} type="date" value={e.date} onChange={(ev) => upd({ date: ev.currentTarget.value })} />
                  </div>
                  <div class="field">
                    <label for={`${e.id}-summary`}>Hva de sa</label>
                    <textarea
                      id={`${e.id}-summary`}
                      maxLength={20000}
                      value={e.summary}
                      onInput={(ev) => upd({ summary: ev.currentTarget.value })}
                    />
                  </div>
                  <div class="field">
                    <label for={`${e.id}-followup`}>Hvordan dere fulgte det opp</label>
                    <textarea
                      id={`${e.id}-followup`}
                      maxLength={20000}
                      value={e.followUp}
                      onInput={(ev) => upd({ followUp: ev.currentTarget.value })}
                    />
                  </div>
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
        <div class="field">
          <label for="consult-party">Legg til en part</label>
          <select id="consult-party" value={party} onChange={(ev) => setParty(ev.currentTarget.value as ConsultedParty)}>
            {PARTIES.map((p) => (
              <option key={p.value} value={p.value}>
                {p.label}
              </option>
            ))}
          </select>
        </div>
        <button id="consult-add" type="button" class="button secondary" onClick={() => add(party)}>
          Legg til
        </button>
      </section>
    </>
  );
}
