import { useMemo, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { $activeAssessment, $clock, updateAssessmentOrThrow as updateAssessment } from '../../stores/workspace';
import { AssessmentBar } from '../workspace/AssessmentBar';
import type { Assessment, DecisionOutcome, DecisionRound } from '../../lib/model/schema';
import { newId } from '../../lib/model/ids';
import { assessmentFingerprint } from '../../lib/decisions/fingerprint';
import { correctedIds, decisionStatus, effectiveConsultations, letsProcessingGoAhead, OUTCOME_LABEL } from '../../lib/decisions/rules';
import { ART36_NR2, ART36_REQUIRED_LABEL, ART36_RULE } from '../../lib/decisions/texts';
import {
  appendConsultation,
  buildConsultation,
  draftCompleting,
  emptyConsultationDraft,
  validateConsultation,
  type ConsultationDraft,
  type ConsultationErrors,
} from '../../lib/decisions/consultation';
import { describeResidual, residualRisk } from '../../lib/decisions/residual';
import { appendRound, buildRound, conditionsPassedOver, emptyDraft, setConditionStatus, validateDraft, type DraftErrors, type RoundDraft } from '../../lib/decisions/round';
import { ResidualBasis } from './ResidualBasis';
import { residualPicture } from '../../lib/risk/method-residual';
import { localDate } from '../../lib/decisions/dates';
import { formatDate } from '../../lib/report/model';
import { roundFacts } from '../../lib/decisions/facts';
import './decisions.css';

/** The decision recorder: status under chapter 8, a form for the next round, and the append-only log. */
export function DecisionRecorder() {
  const active = useStore($activeAssessment);
  return (
    <div class="decision-tool">
      <AssessmentBar />
      {active ? (
        <DecisionPanel key={active.id} a={active} />
      ) : (
        <p class="decision-empty">Velg eller opprett en vurdering for å registrere ledelsens beslutninger.</p>
      )}
    </div>
  );
}

function DecisionPanel({ a }: { a: Assessment }) {
  const fingerprint = useMemo(() => assessmentFingerprint(a), [a]);
  const status = decisionStatus(a, fingerprint);
  const [message, setMessage] = useState('');
  return (
    <>
      <StatusPanel a={a} />
      <p class="decision-message" role="status" aria-live="polite">
        {message}
      </p>
      <RoundForm a={a} onRecorded={setMessage} />
      <ConsultationLog a={a} onRecorded={setMessage} />
      <section class="tool-panel" aria-labelledby="decision-log-heading">
        <h2 id="decision-log-heading" class="tool-panel__title">
          Beslutningslogg
        </h2>
        <p>
          Registrerte runder kan ikke endres eller slettes. Er noe feil, registrerer dere en rettelse: en ny oppføring som sier
          hvilken runde den retter, og hvorfor.
        </p>
        {a.decisions.length === 0 ? (
          <p>Ingen runder er registrert ennå.</p>
        ) : (
          <ol class="decision-log">
            {a.decisions.map((round, i) => (
              <RoundEntry key={round.id} round={round} index={i} all={a.decisions} />
            ))}
          </ol>
        )}
        {status.times > 0 && (
          <p>
            Ledelsen har behandlet vurderingen {status.times === 1 ? '1 gang' : `${status.times} ganger`}. En rettelse teller ikke som
            en ny behandling: den erstatter runden den retter.
          </p>
        )}
      </section>
    </>
  );
}

function StatusPanel({ a }: { a: Assessment }) {
  const status = decisionStatus(a, assessmentFingerprint(a));
  const blocked = status.consultation.state === 'kreves' || status.consultation.state === 'bedt-om' || status.consultation.state === 'besvart';
  const [error, setError] = useState('');
  const latestIndex = a.decisions.length;
  const toggle = (id: string, met: boolean, note: string) => {
    try {
      updateAssessment(a.id, (cur) => setConditionStatus(cur, id, met, note));
      setError('');
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <section class="tool-panel decision-status" aria-labelledby="decision-status-heading">
      <h2 id="decision-status-heading" class="tool-panel__title">
        Status etter kapittel 8
      </h2>
      <p class={`decision-state decision-state--${blocked ? 'art36' : status.state}`}>
        <span class="decision-state__icon" aria-hidden="true">
          {blocked ? '⚠' : status.state === 'godkjent' ? '✔' : status.state === 'ikke-godkjent' ? '✖' : status.state === 'betinget' ? '◐' : '○'}
        </span>{' '}
        <strong>{status.label}</strong>
      </p>
      {blocked && (
        <p>
          <strong>Enheten kan ikke starte ennå.</strong>
        </p>
      )}
      <p>{status.meaning}</p>
      <p>
        <strong>Neste steg:</strong> {status.nextStep}
      </p>
      {status.changedSinceDecision && (
        <p class="decision-changed">
          <strong>Vurderingen er endret etter siste registrerte beslutning</strong> (runde {latestIndex},{' '}
          {formatDate(a.decisions[latestIndex - 1]!.date)}). Ledelsen har ikke behandlet endringene.
        </p>
      )}
      {status.consultation.paragraphs.length > 0 && (
        <div class="decision-art36" role="note" aria-labelledby="art36-heading">
          <h3 id="art36-heading">Forhåndsdrøfting med Datatilsynet (art. 36)</h3>
          <p>
            <strong>{status.consultation.label}</strong>
          </p>
          {status.consultation.paragraphs.map((p) => (
            <p key={p}>{p}</p>
          ))}
        </div>
      )}
      {status.art36 && (
        <div class="decision-ks" role="note" aria-labelledby="art36-ks-heading">
          <h3 id="art36-ks-heading">KS' prosessråd om forhåndsdrøfting</h3>
          {status.art36.paragraphs.map((p) => (
            <p key={p}>{p}</p>
          ))}
        </div>
      )}
      {status.conditions.length > 0 && (
        <fieldset class="decision-conditions">
          <legend>Vilkår i den betingede godkjenningen</legend>
          {status.conditions.map((c) => (
            <ConditionRow key={c.id} id={c.id} text={c.text} met={c.met} note={c.note} onChange={toggle} />
          ))}
        </fieldset>
      )}
      {error && (
        <p class="form-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

function ConditionRow(props: { id: string; text: string; met: boolean; note: string; onChange: (id: string, met: boolean, note: string) => void }) {
  const [note, setNote] = useState(props.note);
  return (
    <div class="decision-condition">
      <div class="decision-check">
        <input
          type="checkbox"
          id={`cond-${props.id}`}
          checked={props.met}
          onChange={(e) => props.onChange(props.id, (e.currentTarget as HTMLInputElement).checked, note)}
        />
        <label for={`cond-${props.id}`}>
          {props.text} <span class="decision-tag">{props.met ? '(oppfylt)' : '(ikke oppfylt)'}</span>
        </label>
      </div>
      <div class="field">
        <label for={`cond-note-${props.id}`}>Merknad til vilkåret</label>
        <input
          id={`cond-note-${props.id}`}
          value={note}
          onInput={(e) => setNote((e.currentTarget as HTMLInputElement).value)}
          onChange={(e) => props.onChange(props.id, props.met, (e.currentTarget as HTMLInputElement).value)}
        />
      </div>
    </div>
  );
}

const FIELD_ORDER: (keyof RoundDraft)[] = [
  'corrects',
  'correctionReason',
  'date',
  'body',
  'outcome',
  'conditionsText',
  'openConditionsStatement',
  'justification',
  'presentedBy',
  'actionPlan',
  'dpoAdvice',
  'dpoFollowed',
  'dpoReason',
  'dataSubjectViews',
  'strongWish',
];
const fieldId = (k: keyof RoundDraft) => `round-${k}`;

function draftFrom(round: DecisionRound): RoundDraft {
  return {
    date: round.date,
    body: round.body,
    outcome: round.outcome,
    conditionsText: round.conditions.map((c) => c.text).join('\n'),
    justification: round.justification,
    presentedBy: round.presentedBy,
    actionPlan: round.actionPlan,
    dpoAdvice: round.dpoAdvice,
    dpoFollowed: round.dpoFollowed,
    dpoReason: round.dpoReason,
    dataSubjectViews: round.dataSubjectViews,
    strongWish: round.strongWish,
    corrects: round.id,
    correctionReason: '',
    openConditionsStatement: round.openConditionsStatement,
  };
}

function RoundForm({ a, onRecorded }: { a: Assessment; onRecorded: (message: string) => void }) {
  const today = () => localDate($clock.get()());
  const [draft, setDraft] = useState<RoundDraft>(() => emptyDraft(today()));
  const [errors, setErrors] = useState<DraftErrors>({});
  const [saveError, setSaveError] = useState('');
  const formRef = useRef<HTMLFormElement>(null);
  const residual = residualRisk(a.risks, a.method);
  const passedOver = conditionsPassedOver(draft, a.decisions, a.conditionStatus);
  const willRequireConsultation = draft.outcome !== '' && letsProcessingGoAhead(draft.outcome) && residual.high;
  const set = <K extends keyof RoundDraft>(key: K, value: RoundDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const text = (key: keyof RoundDraft) => (e: Event) => set(key, (e.currentTarget as HTMLInputElement).value as never);
  const described = (key: keyof RoundDraft, hint?: string) =>
    [hint, errors[key] ? `${fieldId(key)}-error` : undefined].filter(Boolean).join(' ') || undefined;
  const err = (key: keyof RoundDraft) =>
    errors[key] ? (
      <p id={`${fieldId(key)}-error`} class="form-error">
        {errors[key]}
      </p>
    ) : null;

  const submit = (event: Event) => {
    event.preventDefault();
    const found = validateDraft(draft, a.decisions, a.conditionStatus, residualPicture(a.risks, a.method, today()));
    setErrors(found);
    setSaveError('');
    const first = FIELD_ORDER.find((k) => found[k]);
    if (first) {
      const form = formRef.current;
      const el = form?.querySelector<HTMLElement>(`input[name="${fieldId(first)}"]`) ?? form?.querySelector<HTMLElement>(`#${fieldId(first)}`);
      el?.focus();
      return;
    }
    try {
      const round = buildRound(draft, a, { now: $clock.get()(), newId });
      updateAssessment(a.id, (cur) => appendRound(cur, round));
      const n = a.decisions.length + 1;
      onRecorded(
        draft.corrects
          ? `Runde ${n} er registrert som rettelse av runde ${a.decisions.findIndex((r) => r.id === draft.corrects) + 1}.`
          : `Runde ${n} er registrert: ${OUTCOME_LABEL[round.outcome]}.`,
      );
      setDraft(emptyDraft(today()));
      setErrors({});
    } catch (e) {
      setSaveError(e instanceof Error ? e.message : String(e));
    }
  };

  const errorList = FIELD_ORDER.filter((k) => errors[k]);
  const radios = <T extends string | boolean | null>(
    key: keyof RoundDraft,
    legend: string,
    options: { value: T; label: string }[],
  ) => (
    <fieldset
      class="field decision-radios"
      id={fieldId(key)}
      tabIndex={-1}
      aria-describedby={described(key)}
      aria-invalid={errors[key] ? 'true' : undefined}
    >
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={String(o.value)} class="decision-radio">
          <input
            type="radio"
            name={fieldId(key)}
            checked={draft[key] === o.value}
            onChange={() => set(key, o.value as never)}
          />{' '}
          {o.label}
        </label>
      ))}
      {err(key)}
    </fieldset>
  );

  return (
    <section class="tool-panel" aria-labelledby="round-form-heading">
      <h2 id="round-form-heading" class="tool-panel__title">
        Registrer en runde i ledelsen
      </h2>
      <form ref={formRef} onSubmit={submit} noValidate class="decision-form">
        {errorList.length > 0 && (
          <div class="form-error decision-summary" role="alert">
            <p>Runden er ikke registrert. Rett dette først:</p>
            <ul>
              {errorList.map((k) => (
                <li key={k}>{errors[k]}</li>
              ))}
            </ul>
          </div>
        )}
        {a.decisions.length > 0 && (
          <div class="field">
            <label for={fieldId('corrects')}>Hva registrerer dere?</label>
            <select
              id={fieldId('corrects')}
              value={draft.corrects}
              aria-describedby={described('corrects')}
              onChange={(e) => {
                const id = (e.currentTarget as HTMLSelectElement).value;
                const target = a.decisions.find((r) => r.id === id);
                setDraft(target ? draftFrom(target) : emptyDraft(today()));
                setErrors({});
              }}
            >
              <option value="">En ny behandling i ledelsen</option>
              {a.decisions.map((r, i) => (
                <option key={r.id} value={r.id}>
                  Rettelse av runde {i + 1} ({OUTCOME_LABEL[r.outcome]}, {formatDate(r.date)})
                </option>
              ))}
            </select>
            {err('corrects')}
          </div>
        )}
        {draft.corrects && (
          <div class="field">
            <label for={fieldId('correctionReason')}>Hva rettes, og hvorfor?</label>
            <textarea
              id={fieldId('correctionReason')}
              rows={3}
              value={draft.correctionReason}
              onInput={text('correctionReason')}
              aria-describedby={described('correctionReason')}
              aria-invalid={errors.correctionReason ? 'true' : undefined}
            />
            {err('correctionReason')}
          </div>
        )}
        <div class="field">
          <label for={fieldId('date')}>Møtedato</label>
          <input
            id={fieldId('date')}
            type="date"
            value={draft.date}
            onInput={text('date')}
            aria-describedby={described('date')}
            aria-invalid={errors.date ? 'true' : undefined}
          />
          {err('date')}
        </div>
        <div class="field">
          <label for={fieldId('body')}>Organ som behandlet vurderingen</label>
          <input
            id={fieldId('body')}
            value={draft.body}
            onInput={text('body')}
            placeholder="For eksempel kommunedirektørens ledergruppe"
            aria-describedby={described('body')}
            aria-invalid={errors.body ? 'true' : undefined}
          />
          {err('body')}
        </div>
        {radios<DecisionOutcome>('outcome', 'Ledelsens beslutning', [
          { value: 'godkjent', label: 'Godkjent' },
          { value: 'betinget', label: 'Betinget godkjent' },
          { value: 'ikke-godkjent', label: 'Ikke godkjent' },
        ])}
        {draft.outcome === 'betinget' && (
          <div class="field">
            <label for={fieldId('conditionsText')}>Vilkår som må oppfylles (ett per linje)</label>
            <textarea
              id={fieldId('conditionsText')}
              rows={4}
              value={draft.conditionsText}
              onInput={text('conditionsText')}
              aria-describedby={described('conditionsText')}
              aria-invalid={errors.conditionsText ? 'true' : undefined}
            />
            {err('conditionsText')}
          </div>
        )}
        {passedOver.length > 0 && (
          <div class="field">
            <label for={fieldId('openConditionsStatement')}>Hva har skjedd med vilkårene som ikke er oppfylt?</label>
            <p id="round-open-hint" class="decision-hint">
              Forrige beslutning var en betinget godkjenning, og {passedOver.length === 1 ? 'dette vilkåret er' : 'disse vilkårene er'} ikke
              markert som oppfylt: {passedOver.map((c) => `«${c.text}»`).join(', ')}. Skriv hva som har skjedd med dem, og hvorfor ledelsen
              godkjenner uten dem.
            </p>
            <textarea
              id={fieldId('openConditionsStatement')}
              rows={3}
              value={draft.openConditionsStatement}
              onInput={text('openConditionsStatement')}
              aria-describedby={described('openConditionsStatement', 'round-open-hint')}
              aria-invalid={errors.openConditionsStatement ? 'true' : undefined}
            />
            {err('openConditionsStatement')}
          </div>
        )}
        {willRequireConsultation && (
          <div class="decision-art36" role="note" aria-labelledby="round-art36-heading">
            <h3 id="round-art36-heading">{ART36_REQUIRED_LABEL}</h3>
            <p>
              Restrisikoen med tiltakene som er på plass i dag, ligger i nivået {residual.highestBand?.toLowerCase()}, som vurderingens risikometode regner som høyt. {ART36_RULE} Registrerer dere denne beslutningen, blir statusen
              «{ART36_REQUIRED_LABEL}», og enheten kan ikke starte før forhåndsdrøftingen er gjennomført.
            </p>
          </div>
        )}
        <div class="field">
          <label for={fieldId('justification')}>Ledelsens begrunnelse</label>
          <textarea
            id={fieldId('justification')}
            rows={4}
            value={draft.justification}
            onInput={text('justification')}
            aria-describedby={described('justification')}
            aria-invalid={errors.justification ? 'true' : undefined}
          />
          {err('justification')}
        </div>
        <div class="field">
          <label for={fieldId('presentedBy')}>Lagt fram av</label>
          <input
            id={fieldId('presentedBy')}
            value={draft.presentedBy}
            onInput={text('presentedBy')}
            autoComplete="name"
            aria-describedby={described('presentedBy')}
            aria-invalid={errors.presentedBy ? 'true' : undefined}
          />
          {err('presentedBy')}
        </div>
        <div class="decision-residual" id="round-residual">
          <p>
            <strong>Restrisiko som registreres med runden:</strong> {describeResidual(residual)}
          </p>
          <ResidualBasis
            a={a}
            today={today()}
            onAddConditions={(lines) =>
              setDraft((d) => ({ ...d, outcome: 'betinget', conditionsText: [d.conditionsText.trim(), ...lines].filter(Boolean).join('\n') }))
            }
          />
          <p>
            Restrisikoen hentes fra risikovurderingen slik den er nå. Er den ikke oppdatert, gjør det i{' '}
            <a href="../risikovurdering/">risikovurderingen</a> før dere registrerer runden.
          </p>
        </div>
        <div class="field">
          <label for={fieldId('actionPlan')}>Handlingsplan</label>
          <textarea id={fieldId('actionPlan')} rows={3} value={draft.actionPlan} onInput={text('actionPlan')} aria-describedby={described('actionPlan')} />
          {err('actionPlan')}
        </div>
        <div class="field">
          <label for={fieldId('dpoAdvice')}>Råd fra personvernombudet (art. 35 nr. 2)</label>
          <textarea
            id={fieldId('dpoAdvice')}
            rows={3}
            value={draft.dpoAdvice}
            onInput={text('dpoAdvice')}
            aria-describedby={described('dpoAdvice')}
            aria-invalid={errors.dpoAdvice ? 'true' : undefined}
          />
          {err('dpoAdvice')}
        </div>
        {radios<boolean | null>('dpoFollowed', 'Fulgte ledelsen rådet fra personvernombudet?', [
          { value: true, label: 'Ja' },
          { value: false, label: 'Nei' },
          { value: null, label: 'Ikke oppgitt' },
        ])}
        {draft.dpoFollowed === false && (
          <div class="field">
            <label for={fieldId('dpoReason')}>Hvorfor fulgte ledelsen ikke rådet?</label>
            <textarea
              id={fieldId('dpoReason')}
              rows={3}
              value={draft.dpoReason}
              onInput={text('dpoReason')}
              aria-describedby={described('dpoReason')}
              aria-invalid={errors.dpoReason ? 'true' : undefined}
            />
            {err('dpoReason')}
          </div>
        )}
        <div class="field">
          <label for={fieldId('dataSubjectViews')}>Synspunkter fra de registrerte eller deres representanter (art. 35 nr. 9)</label>
          <textarea
            id={fieldId('dataSubjectViews')}
            rows={3}
            value={draft.dataSubjectViews}
            onInput={text('dataSubjectViews')}
            aria-describedby={described('dataSubjectViews', 'round-dsv-hint')}
          />
          <p id="round-dsv-hint" class="decision-hint">
            Fyll ut når dere har innhentet synspunkter. Står feltet tomt, vises det som «ikke innhentet».
          </p>
          {err('dataSubjectViews')}
        </div>
        {radios<boolean | null>('strongWish', 'Er ønsket om å bruke plattformen fortsatt sterkt?', [
          { value: true, label: 'Ja' },
          { value: false, label: 'Nei' },
          { value: null, label: 'Ikke oppgitt' },
        ])}
        {saveError && (
          <p class="form-error" role="alert">
            {saveError}
          </p>
        )}
        <div class="actions">
          <button type="submit" class="button">
            {draft.corrects ? 'Registrer rettelsen' : 'Registrer runden'}
          </button>
        </div>
      </form>
    </section>
  );
}

function RoundEntry({ round, index, all }: { round: DecisionRound; index: number; all: readonly DecisionRound[] }) {
  const corrected = correctedIds(all).has(round.id);
  const correctedBy = all.map((r, i) => (r.corrects === round.id ? i + 1 : 0)).filter((n) => n > 0);
  return (
    <li class={`decision-round decision-round--${round.outcome}${corrected ? ' decision-round--corrected' : ''}`}>
      <h3>
        Runde {index + 1}: {OUTCOME_LABEL[round.outcome]}, {formatDate(round.date)}
        {round.corrects ? ' (rettelse)' : ''}
      </h3>
      {corrected && <p class="decision-tag">Rettet av runde {correctedBy.join(' og ')}. Rettelsen gjelder.</p>}
      <dl class="decision-facts">
        {roundFacts(round, all).map((f) => (
          <div key={f.label}>
            <dt>{f.label}</dt>
            <dd>{f.value}</dd>
          </div>
        ))}
      </dl>
    </li>
  );
}

const CONSULT_ORDER: (keyof ConsultationDraft)[] = ['corrects', 'correctionReason', 'requestedDate', 'reference', 'answerDate', 'adviceSummary'];
const consultId = (k: keyof ConsultationDraft) => `consult-${k}`;

/** The prior-consultation log (art. 36): append-only, like the rounds. */
function ConsultationLog({ a, onRecorded }: { a: Assessment; onRecorded: (message: string) => void }) {
  const [draft, setDraft] = useState<ConsultationDraft>(emptyConsultationDraft);
  const [errors, setErrors] = useState<ConsultationErrors>({});
  const [saveError, setSaveError] = useState('');
  const formRef = useRef<HTMLFormElement>(null);
  const log = a.priorConsultations;
  const effective = new Set(effectiveConsultations(log).map((c) => c.id));
  const set = (key: keyof ConsultationDraft) => (e: Event) => setDraft((d) => ({ ...d, [key]: (e.currentTarget as HTMLInputElement).value }));
  const described = (key: keyof ConsultationDraft, hint?: string) =>
    [hint, errors[key] ? `${consultId(key)}-error` : undefined].filter(Boolean).join(' ') || undefined;
  const err = (key: keyof ConsultationDraft) =>
    errors[key] ? (
      <p id={`${consultId(key)}-error`} class="form-error">
        {errors[key]}
      </p>
    ) : null;
  const submit = (event: Event) => {
    event.preventDefault();
    const found = validateConsultation(draft, log);
    setErrors(found);
    setSaveError('');
    const first = CONSULT_ORDER.find((k) => found[k]);
    if (first) {
      formRef.current?.querySelector<HTMLElement>(`#${consultId(first)}`)?.focus();
      return;
    }
    try {
      const latestRound = a.decisions.at(-1)?.id ?? null;
      const entry = buildConsultation(draft, { now: $clock.get()(), newId, roundId: latestRound });
      updateAssessment(a.id, (cur) => appendConsultation(cur, entry));
      onRecorded(
        entry.answerDate
          ? `Svaret fra Datatilsynet (${formatDate(entry.answerDate)}) er registrert i loggen over forhåndsdrøfting.`
          : `Forespørselen om forhåndsdrøfting (${formatDate(entry.requestedDate)}) er registrert.`,
      );
      setDraft(emptyConsultationDraft());
      setErrors({});
    } catch (e) {
      setSaveError(e instanceof Error ? e.message : String(e));
    }
  };
  const errorList = CONSULT_ORDER.filter((k) => errors[k]);
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
              <h3>
                Oppføring {i + 1}: bedt om {formatDate(c.requestedDate)}
                {c.answerDate ? `, svar ${formatDate(c.answerDate)}` : ', ikke besvart'}
                {c.corrects ? ` (fullfører oppføring ${log.findIndex((x) => x.id === c.corrects) + 1})` : ''}
              </h3>
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
      <form ref={formRef} onSubmit={submit} noValidate class="decision-form">
        <h3>Registrer i loggen</h3>
        {errorList.length > 0 && (
          <div class="form-error decision-summary" role="alert">
            <p>Oppføringen er ikke registrert. Rett dette først:</p>
            <ul>
              {errorList.map((k) => (
                <li key={k}>{errors[k]}</li>
              ))}
            </ul>
          </div>
        )}
        {log.length > 0 && (
          <div class="field">
            <label for={consultId('corrects')}>Hva registrerer dere?</label>
            <select
              id={consultId('corrects')}
              value={draft.corrects}
              onChange={(e) => {
                const id = (e.currentTarget as HTMLSelectElement).value;
                const target = log.find((c) => c.id === id);
                setDraft(target ? draftCompleting(target) : emptyConsultationDraft());
                setErrors({});
              }}
              aria-describedby={described('corrects')}
            >
              <option value="">En ny forespørsel om forhåndsdrøfting</option>
              {log.map((c, i) => (
                <option key={c.id} value={c.id}>
                  Svar på eller rettelse av oppføring {i + 1} (bedt om {formatDate(c.requestedDate)})
                </option>
              ))}
            </select>
            {err('corrects')}
          </div>
        )}
        {draft.corrects && (
          <div class="field">
            <label for={consultId('correctionReason')}>Hva er nytt eller rettes?</label>
            <input
              id={consultId('correctionReason')}
              value={draft.correctionReason}
              onInput={set('correctionReason')}
              aria-describedby={described('correctionReason')}
              aria-invalid={errors.correctionReason ? 'true' : undefined}
            />
            {err('correctionReason')}
          </div>
        )}
        <div class="field">
          <label for={consultId('requestedDate')}>Dato kommunen ba om forhåndsdrøfting</label>
          <input
            id={consultId('requestedDate')}
            type="date"
            value={draft.requestedDate}
            onInput={set('requestedDate')}
            aria-describedby={described('requestedDate')}
            aria-invalid={errors.requestedDate ? 'true' : undefined}
          />
          {err('requestedDate')}
        </div>
        <div class="field">
          <label for={consultId('reference')}>Datatilsynets referanse (saksnummer), hvis dere har den</label>
          <input id={consultId('reference')} value={draft.reference} onInput={set('reference')} aria-describedby={described('reference')} />
          {err('reference')}
        </div>
        <div class="field">
          <label for={consultId('answerDate')}>Dato for Datatilsynets svar (la stå tom til svaret kommer)</label>
          <input
            id={consultId('answerDate')}
            type="date"
            value={draft.answerDate}
            onInput={set('answerDate')}
            aria-describedby={described('answerDate')}
            aria-invalid={errors.answerDate ? 'true' : undefined}
          />
          {err('answerDate')}
        </div>
        <div class="field">
          <label for={consultId('adviceSummary')}>Kort oppsummering av Datatilsynets råd</label>
          <textarea
            id={consultId('adviceSummary')}
            rows={3}
            value={draft.adviceSummary}
            onInput={set('adviceSummary')}
            aria-describedby={described('adviceSummary')}
            aria-invalid={errors.adviceSummary ? 'true' : undefined}
          />
          {err('adviceSummary')}
        </div>
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
    </section>
  );
}
