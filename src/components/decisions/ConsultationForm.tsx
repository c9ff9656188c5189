import { $clock, updateAssessmentOrThrow as updateAssessment } from '../../stores/workspace';
import type { Assessment } from '../../lib/model/schema';
import { newId } from '../../lib/model/ids';
import {
  appendConsultation,
  buildConsultation,
  CONSULTATION_FIELD_ORDER,
  consultationRecordedMessage,
  draftCompleting,
  emptyConsultationDraft,
  validateConsultation,
  type ConsultationDraft,
} from '../../lib/decisions/consultation';
import { formatLongDate as formatDate } from '../../lib/dates';
import { ErrorSummary, InputField, SelectField } from '../form/Field';
import { useFormErrors } from '../form/useFormErrors';
import { useFormDraft } from '../form/useFormDraft';

const fieldId = (k: keyof ConsultationDraft) => `consult-${k}`;

/** The form that appends a request for prior consultation, or Datatilsynet's answer, to the log. */
export function ConsultationForm({ a, onRecorded }: { a: Assessment; onRecorded: (message: string) => void }) {
  // What is typed is kept as a draft until the entry is recorded, so a reload loses nothing.
  const form = useFormDraft({ form: 'forhandsdrofting', id: a.id, what: 'skjemaet for forhåndsdrøfting' }, emptyConsultationDraft());
  const draft: ConsultationDraft = form.values;
  const { errors, setErrors, saveError, formRef, check, save, summary } = useFormErrors(CONSULTATION_FIELD_ORDER, fieldId);
  const log = a.priorConsultations;
  const text = (key: Exclude<keyof ConsultationDraft, 'corrects'>) => ({
    id: fieldId(key),
    value: draft[key],
    error: errors[key],
    onInput: (value: string) => form.set(key, value),
  });
  const submit = (event: Event) => {
    event.preventDefault();
    if (!check(validateConsultation(draft, log))) return;
    const recorded = save(() => {
      const entry = buildConsultation(draft, { now: $clock.get()(), newId, roundId: a.decisions.at(-1)?.id ?? null });
      updateAssessment(a.id, (cur) => appendConsultation(cur, entry));
      onRecorded(consultationRecordedMessage(entry));
    });
    if (recorded) form.clear();
  };
  return (
    <form ref={formRef} onSubmit={submit} noValidate class="decision-form">
      <h3>Registrer i loggen</h3>
      <ErrorSummary title="Oppføringen er ikke registrert. Rett dette først:" errors={summary} />
      {log.length > 0 && (
        <SelectField
          id={fieldId('corrects')}
          label="Hva registrerer dere?"
          value={draft.corrects}
          error={errors.corrects}
          options={[
            { value: '', label: 'En ny forespørsel om forhåndsdrøfting' },
            ...log.map((c, i) => ({ value: c.id, label: `Svar på eller rettelse av oppføring ${i + 1} (bedt om ${formatDate(c.requestedDate)})` })),
          ]}
          onChange={(id) => {
            const target = log.find((c) => c.id === id);
            if (target) form.replace(draftCompleting(target));
            else form.clear();
            setErrors({});
          }}
        />
      )}
      {draft.corrects && <InputField {...text('correctionReason')} label="Hva er nytt eller rettes?" />}
      <InputField {...text('requestedDate')} label="Dato kommunen ba om forhåndsdrøfting" type="date" />
      <InputField {...text('reference')} label="Datatilsynets referanse (saksnummer), hvis dere har den" />
      <InputField {...text('answerDate')} label="Dato for Datatilsynets svar (la stå tom til svaret kommer)" type="date" />
      <InputField {...text('adviceSummary')} label="Kort oppsummering av Datatilsynets råd" rows={3} />
      {saveError && (
        <p class="form-error" role="alert">
          {saveError}
        </p>
      )}
      <div class="actions">
        <button type="submit" class="button">
          Registrer i loggen over forhåndsdrøfting
        </button>
      </div>
    </form>
  );
}
