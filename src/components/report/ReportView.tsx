import { useState } from 'preact/hooks';
import { useStore } from '../useStore';
import { $activeAssessment } from '../../stores/workspace';
import { AssessmentBar } from '../workspace/AssessmentBar';
import type { Checklist } from '../../lib/checklists';
import { lazyModule, useLazyModule } from '../useLazyModule';
import { TOOL_TEXTS } from '../tool-texts';

/** The report's code, loaded when the user asks for the report. */
const documentModule = lazyModule(() => import('./ReportDocument'));

/**
 * The report page: choose the assessment, then make the report. The report's
 * code (every tool's rules and texts) is loaded when the user asks for the
 * report, not with the page; once loaded, the report follows the chosen
 * assessment and every change to it.
 */
export function ReportView({ checklists }: { checklists: Checklist[] }) {
  const active = useStore($activeAssessment);
  const [wanted, setWanted] = useState(false);
  const doc = useLazyModule(documentModule, wanted);
  const loaded = doc.state === 'ready' ? doc.module : null;
  return (
    <div class="report-tool">
      <div class="report-controls">
        <AssessmentBar />
        {!active ? (
          <p>{TOOL_TEXTS.rapport.empty}</p>
        ) : (
          !loaded && (
            <section class="tool-panel report-actions" aria-labelledby="report-make-heading">
              <h2 id="report-make-heading" class="tool-panel__title">
                Lag rapporten
              </h2>
              <p>
                Rapporten lages av alt som er fylt ut i vurderingen «{active.title}». Den lages her i nettleseren, og ingenting sendes noe
                sted.
              </p>
              <div class="actions">
                <button type="button" class="button" onClick={() => setWanted(true)} disabled={doc.state !== 'idle'}>
                  Lag rapporten
                </button>
              </div>
              <p role="status" aria-live="polite" class="report-status">
                {doc.state === 'loading' ? 'Lager rapporten …' : ''}
              </p>
              {doc.state === 'failed' && (
                <p class="form-error" role="alert">
                  Rapporten kunne ikke lages fordi koden for den ikke kunne lastes. Last siden på nytt og prøv igjen.
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
