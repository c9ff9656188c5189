import type { Assessment } from '../../lib/model/schema';
import { effectiveConsultations } from '../../lib/decisions/rules';
import { ART36_NR2, ART36_RULE } from '../../lib/decisions/texts';
import { consultationHeading } from '../../lib/decisions/consultation';
import { formatLongDate as formatDate } from '../../lib/dates';
import { ConsultationForm } from './ConsultationForm';

/** The prior-consultation log (art. 36): append-only, like the rounds. */
export function ConsultationLog({ a, onRecorded }: { a: Assessment; onRecorded: (message: string) => void }) {
  const log = a.priorConsultations;
  const effective = new Set(effectiveConsultations(log).map((c) => c.id));
  return (
    <section class="tool-panel" aria-labelledby="consult-heading">
      <h2 id="consult-heading" class="tool-panel__title">
        Forhåndsdrøfting med Datatilsynet (art. 36)
      </h2>
      <p>{ART36_RULE}</p>
      <p>{ART36_NR2}</p>
      <p>
        Registrer når kommunen ba om forhåndsdrøfting, og senere Datatilsynets svar. Oppføringer kan ikke endres eller slettes. Svaret
        registreres som en ny oppføring som fullfører forespørselen.
      </p>
      {log.length === 0 ? (
        <p>Ingen forhåndsdrøfting er registrert.</p>
      ) : (
        <ol class="decision-log">
          {log.map((c, i) => (
            <li key={c.id} class={`decision-round${effective.has(c.id) ? '' : ' decision-round--corrected'}`}>
              <h3>{consultationHeading(c, i, log)}</h3>
              {!effective.has(c.id) && <p class="decision-tag">Fullført eller rettet av en senere oppføring.</p>}
              <dl class="decision-facts">
                <div>
                  <dt>Datatilsynets referanse</dt>
                  <dd>{c.reference || 'ikke oppgitt'}</dd>
                </div>
                <div>
                  <dt>Datatilsynets råd</dt>
                  <dd>{c.adviceSummary || 'ikke mottatt ennå'}</dd>
                </div>
                {c.corrects && (
                  <div>
                    <dt>Hva er nytt eller rettet</dt>
                    <dd>{c.correctionReason}</dd>
                  </div>
                )}
                <div>
                  <dt>Registrert</dt>
                  <dd>{formatDate(c.recordedAt.slice(0, 10))}</dd>
                </div>
              </dl>
            </li>
          ))}
        </ol>
      )}
      <ConsultationForm a={a} onRecorded={onRecorded} />
    </section>
  );
}
