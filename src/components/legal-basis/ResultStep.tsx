import { withBase, type Evaluation, type Question } from '../../lib/legal-basis';
import { BASIS_REF } from '../../lib/legal-basis/progress';
import { BASE, Source, Warnings } from './Sources';

/** The result: the basis the answers point to, how sure it is, the warnings, what must still be done, and the answers. */
export function ResultStep({ evaluation: e, steps, onEdit }: { evaluation: Evaluation; steps: Question[]; onEdit: (i: number) => void }) {
  return (
    <>
      <div class={`lb-outcome ${e.basis ? 'lb-outcome--basis' : 'lb-outcome--none'}`}>
        <p class="lb-outcome__basis">
          <span aria-hidden="true">{e.basis ? '✓ ' : '✕ '}</span>
          {e.basis ? (
            <>
              Behandlingsgrunnlag: <Source refText={BASIS_REF[e.basis]} />
            </>
          ) : (
            'Ikke noe behandlingsgrunnlag er tilgjengelig ennå'
          )}
        </p>
        {e.marks.length > 0 && (
          <p class="lb-marks">
            <strong>Hvor sikkert:</strong> {e.marks.join(', ')}
          </p>
        )}
        <p>{e.conclusion}</p>
        {e.supplementary.state !== 'ikke-relevant' && (
          <p>
            <strong>Supplerende rettsgrunnlag:</strong> {e.supplementary.text}
          </p>
        )}
        {e.vulnerableGroups && (
          <p>
            <strong>Sårbare grupper:</strong> Kanalen kan nå sårbare grupper. Dette tas med i risikovurderingen.
          </p>
        )}
      </div>

      <h4>Dette må dere fortsatt dokumentere</h4>
      {e.todo.length > 0 ? (
        <ul class="lb-todo">
          {e.todo.map((t) => (
            <li key={t}>{t}</li>
          ))}
        </ul>
      ) : (
        <p>Alle spørsmålene er besvart og begrunnet der det kreves.</p>
      )}

      <h4>Advarsler og plikter</h4>
      <Warnings warnings={e.warnings} />
      <p>
        <a href={withBase(BASE, 'verktoy/risikovurdering/')}>Gå til risikovurderingen</a> for personvernkonsekvensvurderingen.
      </p>

      <h4>Svarene deres</h4>
      {e.points.length === 0 ? (
        <p>Ingen svar ennå.</p>
      ) : (
        <dl class="lb-points">
          {steps.map((q, i) => {
            const point = e.points.find((p) => p.question === q.title);
            if (!point) return null;
            return (
              <div key={q.id} class="lb-point">
                <dt>{q.title}</dt>
                <dd>
                  {point.answer}
                  {point.justification && <span class="lb-point__why">Begrunnelse: {point.justification}</span>}
                  <button type="button" class="button secondary lb-edit" onClick={() => onEdit(i)}>
                    Endre svaret<span class="sr-only"> på «{q.short}»</span>
                  </button>
                </dd>
              </div>
            );
          })}
        </dl>
      )}
    </>
  );
}
