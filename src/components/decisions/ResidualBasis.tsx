import type { Assessment } from '../../lib/model/schema';
import { residualPicture, restsOnPlannedLine } from '../../lib/risk/method-residual';
import { plannedConditionLines } from '../../lib/decisions/round';

/**
 * What a decision round rests on: the highest residual risk with the measures
 * in place today, the method's acceptance criterion for its band, the planned
 * measures an approval would rest on (they become conditions), and the risks
 * whose after-measures score has no justification. A thin view over
 * src/lib/risk/method-residual.ts.
 */
export function ResidualBasis({ a, today, onAddConditions }: { a: Assessment; today: string; onAddConditions: (lines: string[]) => void }) {
  const picture = residualPicture(a.risks, a.method, today);
  return (
    <>
      {picture.highestNow && (
        <p data-testid="acceptance-criterion">
          <strong>
            Akseptkriterium for nivået {picture.highestNow.name.toLowerCase()} (metode: {a.method.name}):
          </strong>{' '}
          {picture.highestNow.criterion || 'Metoden har ikke noe akseptkriterium for dette nivået.'}
        </p>
      )}
      <p data-testid="rests-on-planned">{restsOnPlannedLine(picture)}</p>
      {picture.restingOnPlanned.length > 0 && (
        <ul data-testid="planned-conditions">
          {picture.restingOnPlanned.flatMap((r) =>
            r.measures.map((m) => (
              <li key={m.id}>
                «{m.text || 'tiltak uten tekst'}» ({r.title}: {r.now.toLowerCase()} nå, {r.planned.toLowerCase()} når tiltakene er
                gjennomført)
                {m.owner ? `, ansvarlig ${m.owner}` : ', ingen ansvarlig'}
                {m.deadline ? `, frist ${m.deadline.split('-').reverse().join('.')}` : ', ingen frist'}
              </li>
            )),
          )}
        </ul>
      )}
      {picture.restingOnPlanned.length > 0 && (
        <button type="button" class="button secondary" onClick={() => onAddConditions(plannedConditionLines(picture))}>
          Legg de planlagte tiltakene inn som vilkår
        </button>
      )}
      {picture.missingJustification.length > 0 && (
        <p class="form-error" data-testid="missing-justification">
          Vurderingen etter tiltak mangler begrunnelse for: {picture.missingJustification.map((r) => r.title).join(', ')}. Skriv
          begrunnelsen i risikovurderingen før ledelsen godtar restrisikoen.
        </p>
      )}
    </>
  );
}
