import { residualRisk } from '../../lib/decisions/residual';
import { defaultNextReview, REVIEW_MONTHS } from '../../lib/dpia/review';
import { priorConsultationWarning, signOffProblems } from '../../lib/dpia/signoff';
import { roundChanges, sectionFingerprints, diffSections } from '../../lib/dpia/section-prints';
import { formatShortDate } from '../../lib/dates';
import { pathWithBase as withBase } from '../../lib/paths';
import type { SignOffSection } from '../../lib/dpia/sections';
import { useDpia } from './use-dpia';
import { DpiaFrame, type DpiaView } from './DpiaFrame';
import { RadioGroup } from '../form/Fieldset';
import { InputField } from '../form/Field';
import { DpiaText } from './DpiaText';

type TextKey = 'body' | 'approverRole' | 'approverName' | 'measuresApprovedBy' | 'residualRiskAcceptedBy' | 'reviewOwner';
const SHORT: { key: TextKey; label: string; help?: string }[] = [
  { key: 'body', label: 'Organet som godkjenner', help: 'For eksempel kommunedirektørens ledergruppe.' },
  { key: 'approverRole', label: 'Rollen til den som godkjenner', help: 'For eksempel kommunedirektør eller kommunalsjef.' },
  { key: 'approverName', label: 'Navnet til den som godkjenner' },
  { key: 'measuresApprovedBy', label: 'Tiltakene er godkjent av', help: 'Navn og rolle.' },
  { key: 'residualRiskAcceptedBy', label: 'Restrisikoen er godtatt av', help: 'Navn og rolle.' },
];

/**
 * Sign-off and review (chapter 8; ICO step 7), kept in its own section of the
 * assessment beside the append-only decision log: who approved, when, the DPO's
 * advice accepted or overruled, who approved the measures and accepted the
 * residual risk, the review owner and next review date. Also shows which
 * sections changed between decision rounds, by section fingerprints.
 */
export function SignOff() {
  const dpia = useDpia();
  return (
    <DpiaFrame dpia={dpia} bar={false}>
      {(view) => <SignOffParts {...view} />}
    </DpiaFrame>
  );
}

function SignOffParts({ a, save }: DpiaView) {
  const s = a.signOff;
  const set = (change: Partial<SignOffSection>, message = '') => save('signOff', (x) => ({ ...x, ...change }), message);
  const text = (key: TextKey | 'dpoAdviceReason' | 'reviewTriggers') => ({
    assessment: a.id,
    part: 'signOff' as const,
    field: key,
    value: s[key],
    onCommit: (value: string) => set({ [key]: value }),
  });
  const ctx = { highResidual: residualRisk(a.risks).hoy, hasDecision: a.decisions.length > 0, dpoAdvice: a.consultation.dpoAdvice };
  const problems = signOffProblems(s, ctx);
  const warning = priorConsultationWarning(ctx);
  const changes = roundChanges(a.decisions);
  const latest = [...a.decisions].sort((x, y) => (x.recordedAt < y.recordedAt ? -1 : 1)).at(-1);
  const sinceLatest = latest ? diffSections(latest.sections, sectionFingerprints(a)) : null;

  return (
    <>
      <section class="tool-panel" aria-labelledby="signoff-heading">
        <h2 id="signoff-heading" class="tool-panel__title">
          Godkjenning og gjennomgang
        </h2>
        {warning && (
          <p class="dpia-result" role="note">
            <strong>Forhåndsdrøfting først:</strong> {warning}
          </p>
        )}
        {SHORT.map((f) => (
          <DpiaText
            key={f.key}
            {...text(f.key)}
            id={`signoff-${f.key}`}
            label={f.label}
            describedBy={f.help ? `signoff-${f.key}-help` : undefined}
            intro={
              f.help && (
                <p id={`signoff-${f.key}-help`} class="dpia-help">
                  {f.help}
                </p>
              )
            }
          />
        ))}
        <InputField
          id="signoff-date"
          label="Dato for godkjenningen"
          type="date"
          value={s.date}
          onInput={(date) => {
            const next = !s.nextReview && date ? defaultNextReview(date) : s.nextReview;
            set(
              { date, nextReview: next },
              next !== s.nextReview
                ? `Neste gjennomgang er satt til ${formatShortDate(next)}, ${REVIEW_MONTHS} måneder etter godkjenningen.`
                : 'Datoen er lagret.',
            );
          }}
        />

        <div class="dpia-linked">
          <p>
            <strong>Personvernombudets råd</strong> (skrives under <a href={withBase('/verktoy/medvirkning/')}>medvirkning og råd</a>):
          </p>
          <p>{a.consultation.dpoAdvice.trim() || 'Ikke skrevet inn ennå.'}</p>
        </div>
        <RadioGroup
          class="dpia-fieldset"
          name="signoff-dpo"
          legend="Ble personvernombudets råd fulgt?"
          value={s.dpoAdviceFollowed ?? undefined}
          options={[
            { value: true, label: 'Ja, rådet ble fulgt' },
            { value: false, label: 'Nei, ledelsen gikk imot rådet' },
          ]}
          onChange={(followed) => set({ dpoAdviceFollowed: followed }, followed ? 'Rådet ble fulgt.' : 'Rådet ble ikke fulgt.')}
        />
        <DpiaText
          {...text('dpoAdviceReason')}
          id="signoff-dpo-reason"
          label={`Begrunnelse${s.dpoAdviceFollowed === false ? ' (påkrevd når rådet ikke ble fulgt)' : ''}`}
          multiline
        />

        <h3>Gjennomgang</h3>
        <DpiaText {...text('reviewOwner')} id="signoff-reviewOwner" label="Ansvarlig for neste gjennomgang" />
        <InputField
          id="signoff-nextReview"
          label="Neste gjennomgang"
          type="date"
          value={s.nextReview}
          hint={{
            id: 'signoff-nextReview-help',
            before: true,
            text: `Som standard ${REVIEW_MONTHS} måneder etter godkjenningen. Gå gjennom vurderingen tidligere når plattformen endrer vilkårene eller funksjonene, eller dere tar i bruk nye funksjoner.`,
          }}
          onInput={(nextReview) => set({ nextReview }, 'Datoen for neste gjennomgang er lagret.')}
        />
        <DpiaText {...text('reviewTriggers')} id="signoff-triggers" label="Hva ellers skal utløse en gjennomgang" multiline />
        {problems.length > 0 ? (
          <div>
            <p>
              <strong>Dette mangler før godkjenningen er fullstendig:</strong>
            </p>
            <ul>
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </div>
        ) : (
          <p class="workspace-success">Godkjenningen er fullstendig.</p>
        )}
      </section>

      {a.decisions.length > 0 && (
        <section class="tool-panel dpia-changes" aria-labelledby="changes-heading">
          <h2 id="changes-heading" class="tool-panel__title">
            Hva er endret mellom rundene
          </h2>
          <ul>
            {changes.map((c) => (
              <li key={c.id}>
                <strong>
                  Runde {c.number} ({formatShortDate(c.date)}):
                </strong>{' '}
                {c.sincePrevious === null
                  ? 'første runde.'
                  : !c.sincePrevious.known
                    ? 'ikke kjent, fordi en av rundene ble registrert før verktøyet lagret fingeravtrykk per del.'
                    : c.sincePrevious.changed.length === 0
                      ? 'ingen deler er endret siden forrige runde.'
                      : `endret siden forrige runde: ${c.sincePrevious.changed.map((x) => x.label).join(', ')}.`}
              </li>
            ))}
            {sinceLatest && (
              <li>
                <strong>Nå, siden siste runde:</strong>{' '}
                {!sinceLatest.known
                  ? 'ikke kjent for denne runden.'
                  : sinceLatest.changed.length === 0
                    ? 'ingen deler er endret.'
                    : `endret: ${sinceLatest.changed.map((x) => x.label).join(', ')}.`}
              </li>
            )}
          </ul>
        </section>
      )}
    </>
  );
}
