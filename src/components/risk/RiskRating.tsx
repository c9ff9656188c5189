import type { Risk, Score } from '../../lib/model/schema';
import { ratingOf } from '../../lib/risk/register';
import { bandById, type RiskMethod, type ScaleStep } from '../../lib/risk/method';
import { ratingText } from '../../lib/risk/method-presets';
import { residualOf } from '../../lib/risk/method-residual';
import { BandTag } from './BandTag';

function ScoreSelect(props: { id: string; label: string; scale: readonly ScaleStep[]; value: Score; onSelect: (s: Score) => void }) {
  const chosen = props.value === null ? undefined : props.scale[props.value - 1];
  return (
    <div class="field risk-score-field">
      <label for={props.id}>{props.label}</label>
      <select
        id={props.id}
        value={props.value === null ? '' : String(props.value)}
        aria-describedby={`${props.id}-desc`}
        onChange={(e) => {
          const raw = e.currentTarget.value;
          props.onSelect(raw === '' ? null : Number(raw));
        }}
      >
        <option value="">Ikke vurdert</option>
        {props.scale.map((s, i) => (
          <option key={i} value={String(i + 1)}>{`${i + 1} – ${s.name}`}</option>
        ))}
      </select>
      <p id={`${props.id}-desc`} class="risk-hint">
        {chosen ? chosen.description || chosen.name : `Velg et nivå fra 1 til ${props.scale.length}.`}
      </p>
    </div>
  );
}

function RatingLine({ risk, stage, method }: { risk: Risk; stage: 'before' | 'after'; method: RiskMethod }) {
  const r = ratingOf(risk, stage, method);
  if (r.band === null) return <p class="risk-rating">Risiko: ikke vurdert.</p>;
  return (
    <p class="risk-rating">
      Risiko: {ratingText(method, r.likelihood!, r.consequence!)} <BandTag band={bandById(method, r.band)} />
      {r.fromInherent && ' (ikke vurdert etter tiltak, nivået før tiltak brukes)'}
    </p>
  );
}

/** The two residual risks: with the measures in place today, and when the planned ones are done. */
export function ResidualPair({ risk, method, today }: { risk: Risk; method: RiskMethod; today: string }) {
  const view = residualOf(risk, method, today);
  const line = (r: typeof view.now) =>
    r.band === null ? (
      <>ikke vurdert</>
    ) : (
      <>
        {ratingText(method, r.likelihood!, r.consequence!)} <BandTag band={r.band} />
      </>
    );
  return (
    <div class="risk-residual-pair" data-testid="residual-pair">
      <p class="risk-rating" data-testid="residual-now">
        Restrisiko nå, med tiltakene som er på plass i dag: {line(view.now)}
        {view.now.source === 'for-tiltak' && view.pending.length > 0 && ' (planlagte tiltak teller ikke ennå, så nivået før tiltak brukes)'}
      </p>
      <p class="risk-rating" data-testid="residual-planned">
        Restrisiko når de planlagte tiltakene er gjennomført: {line(view.planned)}
      </p>
      {view.restsOnPlanned && (
        <p class="risk-hint">
          Den lavere restrisikoen hviler på planlagte tiltak. Godkjenner ledelsen på dette grunnlaget, blir tiltakene vilkår for
          godkjenningen.
        </p>
      )}
    </div>
  );
}

type ScoreKey = 'likelihood' | 'consequence' | 'residualLikelihood' | 'residualConsequence';

const STAGES = {
  before: { name: 'før tiltak', likelihood: 'likelihood', consequence: 'consequence', l: 'l', c: 'c' },
  after: { name: 'etter tiltak', likelihood: 'residualLikelihood', consequence: 'residualConsequence', l: 'rl', c: 'rc' },
} as const;

/** Likelihood and consequence of a risk at one stage, and the rating they give. */
export function StageScores({
  prefix,
  stage,
  risk,
  method,
  onSelect,
}: {
  /** The start of the ids in the editor. */
  prefix: string;
  stage: 'before' | 'after';
  risk: Risk;
  method: RiskMethod;
  onSelect: (key: ScoreKey, score: Score) => void;
}) {
  const s = STAGES[stage];
  return (
    <>
      <div class="risk-score-row">
        <ScoreSelect
          id={`${prefix}-${s.l}`}
          label={`Sannsynlighet ${s.name}`}
          scale={method.likelihood}
          value={risk[s.likelihood]}
          onSelect={(v) => onSelect(s.likelihood, v)}
        />
        <ScoreSelect
          id={`${prefix}-${s.c}`}
          label={`Konsekvens ${s.name}`}
          scale={method.consequence}
          value={risk[s.consequence]}
          onSelect={(v) => onSelect(s.consequence, v)}
        />
      </div>
      <RatingLine risk={risk} stage={stage} method={method} />
    </>
  );
}
