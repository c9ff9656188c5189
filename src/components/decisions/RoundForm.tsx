import { $clock, updateAssessmentOrThrow as updateAssessment } from '../../stores/workspace';
import type { Assessment, DecisionOutcome } from '../../lib/model/schema';
import { newId } from '../../lib/model/ids';
import { letsProcessingGoAhead } from '../../lib/decisions/rules';
import { OUTCOME_LABEL } from '../../lib/model/labels';
import { ART36_REQUIRED_LABEL, ART36_RULE } from '../../lib/decisions/texts';
import { describeResidual, residualRisk } from '../../lib/decisions/residual';
import { residualPicture } from '../../lib/risk/method-residual';
import { ResidualBasis } from './ResidualBasis';
import {
  appendRound,
  buildRound,
  conditionsPassedOver,
  draftFrom,
  emptyDraft,
  roundDraftFromText,
  roundDraftToText,
  roundRecordedMessage,
  ROUND_FIELD_ORDER,
  validateDraft,
  type RoundDraft,
} from '../../lib/decisions/round';
import { localDate, formatLongDate as formatDate } from '../../lib/dates';
import { ErrorSummary, InputField, SubmitRow } from '../form/Field';
import { CorrectionSelect } from './CorrectionSelect';
import { RadioGroup, type RadioOption } from '../form/Fieldset';
import { useFormErrors } from '../form/useFormErrors';
import { useFormDraft } from '../form/useFormDraft';

const fieldId = (k: keyof RoundDraft) => `round-${k}`;

const OUTCOMES: RadioOption<DecisionOutcome>[] = (['godkjent', 'betinget', 'ikke-godkjent'] as const).map((value) => ({
  value,
  label: OUTCOME_LABEL[value],
}));
const YES_NO: RadioOption<boolean | null>[] = [
  { value: true, label: 'Ja' },
  { value: false, label: 'Nei' },
  { value: null, label: 'Ikke oppgitt' },
];

/** The form for the next round in the management (or a correction of a recorded round). */
export function RoundForm({ a, onRecorded }: { a: Assessment; onRecorded: (message: string) => void }) {
  const today = () => localDate($clock.get()());
  // What is typed is kept as a draft until the round is recorded, so a reload loses nothing.
  const form = useFormDraft(
    { form: 'beslutningsrunde', id: a.id, what: 'skjemaet for beslutningsrunden' },
    roundDraftToText(emptyDraft(today())),
  );
  const draft = roundDraftFromText(form.values);
  const { errors, setErrors, saveError, formRef, check, save, summary } = useFormErrors(ROUND_FIELD_ORDER, fieldId);
  const residual = residualRisk(a.risks, a.method);
  const passedOver = conditionsPassedOver(draft, a.decisions, a.conditionStatus);
  const willRequireConsultation = draft.outcome !== '' && letsProcessingGoAhead(draft.outcome) && residual.high;
  const set = <K extends keyof RoundDraft>(key: K, value: RoundDraft[K]) =>
    form.set(key, roundDraftToText({ ...draft, [key]: value })[key]);
  /** The props of the text field for `key`. */
  const text = (
    key:
      | 'correctionReason'
      | 'date'
      | 'body'
      | 'conditionsText'
      | 'openConditionsStatement'
      | 'justification'
      | 'presentedBy'
      | 'actionPlan'
      | 'dpoAdvice'
      | 'dpoReason'
      | 'dataSubjectViews',
  ) => ({
    id: fieldId(key),
    value: draft[key],
    error: errors[key],
    onInput: (value: string) => set(key, value),
  });

  const submit = (event: Event) => {
    event.preventDefault();
    if (!check(validateDraft(draft, a.decisions, a.conditionStatus, residualPicture(a.risks, a.method, today())))) return;
    const recorded = save(() => {
      const round = buildRound(draft, a, { now: $clock.get()(), newId });
      updateAssessment(a.id, (cur) => appendRound(cur, round));
      onRecorded(roundRecordedMessage(round, a.decisions.length + 1, a.decisions));
    });
    if (recorded) form.clear();
  };

  return (
    <section class="tool-panel" aria-labelledby="round-form-heading">
      <h2 id="round-form-heading" class="tool-panel__title">
        Registrer en runde i ledelsen
      </h2>
      <form ref={formRef} onSubmit={submit} noValidate class="decision-form">
        <ErrorSummary title="Runden er ikke registrert. Rett dette først:" errors={summary} />
        {a.decisions.length > 0 && (
          <CorrectionSelect
            id={fieldId('corrects')}
            entries={a.decisions}
            value={draft.corrects}
            error={errors.corrects}
            newLabel="En ny behandling i ledelsen"
            entryLabel={(r, i) => `Rettelse av runde ${i + 1} (${OUTCOME_LABEL[r.outcome]}, ${formatDate(r.date)})`}
            onPick={(target) => {
              if (target) form.replace(roundDraftToText(draftFrom(target)));
              else form.clear();
              setErrors({});
            }}
          />
        )}
        {draft.corrects && <InputField {...text('correctionReason')} label="Hva rettes, og hvorfor?" rows={3} />}
        <InputField {...text('date')} label="Møtedato" type="date" />
        <InputField {...text('body')} label="Organ som behandlet vurderingen" placeholder="For eksempel kommunedirektørens ledergruppe" />
        <RadioGroup
          id={fieldId('outcome')}
          name={fieldId('outcome')}
          legend="Ledelsens beslutning"
          options={OUTCOMES}
          value={draft.outcome || undefined}
          error={errors.outcome}
          onChange={(v) => set('outcome', v)}
        />
        {draft.outcome === 'betinget' && (
          <InputField {...text('conditionsText')} label="Vilkår som må oppfylles (ett per linje)" rows={4} />
        )}
        {passedOver.length > 0 && (
          <InputField
            {...text('openConditionsStatement')}
            label="Hva har skjedd med vilkårene som ikke er oppfylt?"
            rows={3}
            hint={{
              id: 'round-open-hint',
              before: true,
              text: `Forrige beslutning var en betinget godkjenning, og ${passedOver.length === 1 ? 'dette vilkåret er' : 'disse vilkårene er'} ikke markert som oppfylt: ${passedOver.map((c) => `«${c.text}»`).join(', ')}. Skriv hva som har skjedd med dem, og hvorfor ledelsen godkjenner uten dem.`,
            }}
          />
        )}
        {willRequireConsultation && (
          <div class="decision-art36" role="note" aria-labelledby="round-art36-heading">
            <h3 id="round-art36-heading">{ART36_REQUIRED_LABEL}</h3>
            <p>
              Restrisikoen med tiltakene som er på plass i dag, ligger i nivået {residual.highestBand?.toLowerCase()}, som vurderingens
              risikometode regner som høyt. {ART36_RULE} Registrerer dere denne beslutningen, blir statusen «{ART36_REQUIRED_LABEL}», og
              enheten kan ikke starte før forhåndsdrøftingen er gjennomført.
            </p>
          </div>
        )}
        <InputField {...text('justification')} label="Ledelsens begrunnelse" rows={4} />
        <InputField {...text('presentedBy')} label="Lagt fram av" autoComplete="name" />
        <div class="decision-residual" id="round-residual">
          <p>
            <strong>Restrisiko som registreres med runden:</strong> {describeResidual(residual)}
          </p>
          <ResidualBasis
            a={a}
            today={today()}
            onAddConditions={(lines) => {
              set('conditionsText', [draft.conditionsText.trim(), ...lines].filter(Boolean).join('\n'));
              set('outcome', 'betinget');
            }}
          />
          <p>
            Restrisikoen hentes fra risikovurderingen slik den er nå. Er den ikke oppdatert, gjør det i{' '}
            <a href="../risikovurdering/">risikovurderingen</a> før dere registrerer runden.
          </p>
        </div>
        <InputField {...text('actionPlan')} label="Handlingsplan" rows={3} />
        <InputField {...text('dpoAdvice')} label="Råd fra personvernombudet (art. 35 nr. 2)" rows={3} />
        <RadioGroup
          id={fieldId('dpoFollowed')}
          name={fieldId('dpoFollowed')}
          legend="Fulgte ledelsen rådet fra personvernombudet?"
          options={YES_NO}
          value={draft.dpoFollowed}
          error={errors.dpoFollowed}
          onChange={(v) => set('dpoFollowed', v)}
        />
        {draft.dpoFollowed === false && <InputField {...text('dpoReason')} label="Hvorfor fulgte ledelsen ikke rådet?" rows={3} />}
        <InputField
          {...text('dataSubjectViews')}
          label="Synspunkter fra de registrerte eller deres representanter (art. 35 nr. 9)"
          rows={3}
          hint={{
            id: 'round-dsv-hint',
            text: 'Fyll ut når dere har innhentet synspunkter. Står feltet tomt, vises det som «ikke innhentet».',
          }}
        />
        <RadioGroup
          id={fieldId('strongWish')}
          name={fieldId('strongWish')}
          legend="Er ønsket om å bruke plattformen fortsatt sterkt?"
          options={YES_NO}
          value={draft.strongWish}
          error={errors.strongWish}
          onChange={(v) => set('strongWish', v)}
        />
        <SubmitRow error={saveError} label={draft.corrects ? 'Registrer rettelsen' : 'Registrer runden'} />
      </form>
    </section>
  );
}
