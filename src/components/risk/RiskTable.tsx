import type { Risk } from '../../lib/model/schema';
import { bandById, type RiskMethod } from '../../lib/risk/method';
import { ratingText } from '../../lib/risk/method-presets';
import { measureOverview, ratingOf, sameRisk, type Stage } from '../../lib/risk/register';
import { goalLabel } from '../../lib/risk/scenarios';
import { BandTag } from './BandTag';
import { memo } from './memo';

/** The register's table: one row a risk, with its rating before and after measures and a button that opens the editor. */
export function RiskTable({
  title,
  risks,
  method,
  today,
  editing,
  onToggle,
}: {
  /** The assessment's title, for the table's caption. */
  title: string;
  risks: readonly Risk[];
  method: RiskMethod;
  today: string;
  /** The id of the risk open in the editor. */
  editing: string | null;
  onToggle: (id: string) => void;
}) {
  return (
    <div class="risk-table-wrap">
      <table class="risk-table">
        <caption class="sr-only">Risikoer i vurderingen {title}</caption>
        <colgroup>
          <col class="c-title" />
          <col class="c-goal" />
          <col class="c-rating" />
          <col class="c-measures" />
          <col class="c-rating" />
          <col class="c-action" />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">Risiko</th>
            <th scope="col">Personvernmål</th>
            <th scope="col">Før tiltak</th>
            <th scope="col">Tiltak</th>
            <th scope="col">Etter tiltak</th>
            <th scope="col">
              <span class="sr-only">Handling</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {risks.map((risk) => (
            <RiskRow key={risk.id} risk={risk} method={method} today={today} open={editing === risk.id} onToggle={onToggle} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Rating({ risk, stage, method }: { risk: Risk; stage: Stage; method: RiskMethod }) {
  const r = ratingOf(risk, stage, method);
  if (r.band === null) return <span class="band-tag band-none">Ikke vurdert</span>;
  return (
    <span>
      <span class="risk-calc">{ratingText(method, r.likelihood!, r.consequence!)}</span> <BandTag band={bandById(method, r.band)} />
      {r.fromInherent && <span class="risk-hint"> (som før tiltak)</span>}
    </span>
  );
}

const RiskRow = memo(
  function RiskRow({
    risk,
    method,
    today,
    open,
    onToggle,
  }: {
    risk: Risk;
    method: RiskMethod;
    today: string;
    open: boolean;
    onToggle: (id: string) => void;
  }) {
    const { text, overdue } = measureOverview(risk, today);
    return (
      <tr class={open ? 'is-open' : undefined}>
        <th scope="row" class="risk-title">
          {risk.title}
          {risk.scenarioId === null && <span class="risk-hint"> (egen)</span>}
        </th>
        <td>{goalLabel(risk.goal)}</td>
        <td>
          <Rating risk={risk} stage="before" method={method} />
        </td>
        <td>
          {text}
          {overdue > 0 && <span class="risk-overdue"> ⚠ {overdue} forfalt</span>}
        </td>
        <td>
          <Rating risk={risk} stage="after" method={method} />
        </td>
        <td>
          <button
            type="button"
            id={`risk-open-${risk.id}`}
            class="button secondary risk-small-button"
            aria-expanded={open}
            aria-controls={open ? 'risk-editor-panel' : undefined}
            onClick={() => onToggle(risk.id)}
          >
            {open ? 'Lukk' : 'Rediger'}
            <span class="sr-only"> «{risk.title}»</span>
          </button>
        </td>
      </tr>
    );
  },
  (a, b) => a.onToggle === b.onToggle && a.today === b.today && a.open === b.open && a.method === b.method && sameRisk(a.risk, b.risk),
);
