import { useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { $activeAssessment } from '../../stores/workspace';
import { AssessmentBar } from '../workspace/AssessmentBar';
import type { Checklist } from '../../lib/checklists';

type DocumentModule = typeof import('./ReportDocument');

/**
 * The report page: choose the assessment, then make the report. The report's
 * code (every tool's rules and texts) is loaded when the user asks for the
 * report, not with the page; once loaded, the report follows the chosen
 * assessment and every change to it.
 */
export function ReportView({ checklists }: { checklists: Checklist[] }) {
  const active = useStore($activeAssessment);
  const [loaded, setLoaded] = useState<DocumentModule | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState('');
  const make = async () => {
    setLoading(true);
    setError('');
    try {
      setLoaded(await import('./ReportDocument'));
    } catch (e) {
      setError(`Rapporten kunne ikke lages: ${e instanceof Error ? e.message : String(e)}. Last siden på nytt og prøv igjen.`);
    } finally {
      setLoading(false);
    }
  };
  return (
    <div class="report-tool">
      <div class="report-controls">
        <AssessmentBar />
        {!active ? (
          <p>Velg eller opprett en vurdering for å se rapporten.</p>
        ) : (
          !loaded && (
            <section class="tool-panel report-actions" aria-labelledby="report-make-heading">
              <h2 id="report-make-heading" class="tool-panel__title">
                Lag rapporten
              </h2>
              <p>
                Rapporten lages av alt som er fylt ut i vurderingen «{active.title}». Den lages her i nettleseren, og ingenting sendes
                noe sted.
              </p>
              <div class="actions">
                <button type="button" class="button" onClick={() => void make()} disabled={loading}>
                  Lag rapporten
                </button>
              </div>
              <p role="status" aria-live="polite" class="report-status">
                {loading ? 'Lager rapporten …' : ''}
              </p>
              {error && (
                <p class="form-error" role="alert">
                  {error}
                </p>
              )}
            </section>
          )
        )}
      </div>
      {active && loaded && <loaded.ReportDocument assessment={active} checklists={checklists} />}
    </div>
  );
}
