import type { RiskSummary } from '../../lib/risk/risk-summary';
import { countWord } from '../../lib/risk/register';
import { formatShortDate } from '../../lib/dates';
import { bandById, type RiskMethod } from '../../lib/risk/method';
import { BandTag } from './BandTag';
import { ratingText } from '../../lib/risk/method-presets';

/** Counts per band before and after measures, the highest residual risk, overdue measures and the residual statement. */
export function RiskSummaryView({
  summary,
  method,
  onOpen,
}: {
  summary: RiskSummary;
  method: RiskMethod;
  onOpen: (riskId: string) => void;
}) {
  const rows = [...method.bands.map((b) => ({ key: b.id, band: b })), { key: 'ikkeVurdert', band: null }];
  return (
    <div class="risk-summary" data-testid="risk-summary">
      <p class={summary.residualHigh ? 'risk-statement is-high' : 'risk-statement'} id="risk-statement">
        {summary.residualHigh && <strong>Restrisikoen er høy. </strong>}
        {summary.statement}
      </p>
      <table class="risk-counts">
        <caption>Antall risikoer per nivå</caption>
        <thead>
          <tr>
            <th scope="col">Nivå</th>
            <th scope="col">Før tiltak</th>
            <th scope="col">Etter tiltak</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} data-band={r.key}>
              <th scope="row">
                <BandTag band={r.band} />
              </th>
              <td data-stage="before">{summary.before[r.key] ?? 0}</td>
              <td data-stage="after">{summary.after[r.key] ?? 0}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Totalt</th>
            <td>{summary.total}</td>
            <td>{summary.total}</td>
          </tr>
        </tfoot>
      </table>
      {summary.afterFromInherent > 0 && (
        <p class="risk-hint">
          {countWord(summary.afterFromInherent)} er ikke vurdert etter tiltak. De regnes med nivået før tiltak til effekten av tiltakene er
          vurdert.
        </p>
      )}

      <h3>Høyeste restrisiko</h3>
      {summary.highest.length === 0 ? (
        <p>Ingen risiko er vurdert ennå.</p>
      ) : (
        <>
          <p>
            Vurdering{' '}
            <strong data-testid="highest-score">{ratingText(method, summary.highest[0].likelihood, summary.highest[0].consequence)}</strong>{' '}
            <BandTag band={bandById(method, summary.highest[0].band)} /> etter tiltak:
          </p>
          <ul>
            {summary.highest.map((h) => (
              <li key={h.id}>
                <button type="button" class="risk-link" onClick={() => onOpen(h.id)}>
                  {h.title}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}

      <h3>Tiltak med passert frist</h3>
      {summary.overdue.length === 0 ? (
        <p>Ingen tiltak har passert fristen.</p>
      ) : (
        <ul class="risk-overdue-list">
          {summary.overdue.map((o) => (
            <li key={o.measureId}>
              <span class="risk-overdue">⚠ Frist {formatShortDate(o.deadline)}</span>: {o.text || '(tiltak uten tekst)'}
              {o.owner && `, ansvarlig ${o.owner}`} –{' '}
              <button type="button" class="risk-link" onClick={() => onOpen(o.riskId)}>
                {o.riskTitle}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
