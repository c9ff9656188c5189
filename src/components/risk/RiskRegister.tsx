import { Fragment } from 'preact';
import { useCallback, useMemo, useState } from 'preact/hooks';
import { useStore } from '../useStore';
import { AssessmentBar } from '../workspace/AssessmentBar';
import { downloadText } from '../workspace/download';
import { Panel, ToolMessages } from '../form/Panel';
import { lazyModule, useLazyModule } from '../useLazyModule';
import { localDate } from '../../lib/dates';
import { assessmentFileName } from '../../lib/workspace/export-file';
import { $activeAssessment, $clock, updateAssessment } from '../../stores/workspace';
import type { Risk } from '../../lib/model/schema';
import { newId } from '../../lib/model/ids';
import { ownRisk, riskFromScenario, type Scenario } from '../../lib/risk/scenarios';
import { STAGE_LABEL, countWord, heatMap, type HeatCell, type Stage } from '../../lib/risk/register';
import { NO_FILTER, filterRisks, isFiltered, sortRisks, type RiskFilter, type SortKey } from '../../lib/risk/risk-filter';
import { riskSummary } from '../../lib/risk/risk-summary';
import { methodOf } from '../../lib/risk/method-presets';
import { BandTag } from './BandTag';
import { HeatMap } from './HeatMap';
import { AssessmentMethod } from './AssessmentMethod';
import type { EditorProps } from './RiskEditor';
import { RiskSummaryView } from './RiskSummaryView';
import { OwnRiskForm, ScenarioPicker } from './RiskAdd';
import { RiskFilters } from './RiskFilters';
import { RiskTable } from './RiskTable';
import { loadStylesheet } from '../stylesheet';
import editorStyles from './risk-editor.css?url';
import { TOOL_TEXTS } from '../tool-texts';

interface Props {
  /** The scenario bank, passed from the page (built from content/scenarier/). */
  scenarios: Scenario[];
}

/** The risk register of the active assessment: add, score, map, filter, summarise and export. */
export function RiskRegister({ scenarios }: Props) {
  const assessment = useStore($activeAssessment);
  return (
    <div class="risk-tool">
      <AssessmentBar />
      {assessment ? (
        <Register key={assessment.id} assessmentId={assessment.id} scenarios={scenarios} />
      ) : (
        <p class="risk-empty">{TOOL_TEXTS.risikovurdering.empty}</p>
      )}
    </div>
  );
}
function Register({ assessmentId, scenarios }: { assessmentId: string; scenarios: Scenario[] }) {
  const assessment = useStore($activeAssessment)!;
  const now = useStore($clock);
  const today = localDate(now());
  const risks = assessment.risks;
  const [filter, setFilter] = useState<RiskFilter>(NO_FILTER);
  const [sortKey, setSortKey] = useState<SortKey>('before');
  const [editing, setEditing] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');

  const apply = useCallback(
    (recipe: (risks: Risk[]) => Risk[], done?: string): boolean => {
      const saved = updateAssessment(assessmentId, (a) => ({ ...a, risks: recipe(a.risks) }));
      if (!saved.ok) {
        setError(saved.message);
        return false;
      }
      setError('');
      if (done) setMessage(done);
      return true;
    },
    [assessmentId],
  );

  const method = methodOf(assessment);
  const summary = useMemo(() => riskSummary(risks, today, method), [risks, today, method]);
  const before = useMemo(() => heatMap(risks, 'before', method), [risks, method]);
  const after = useMemo(() => heatMap(risks, 'after', method), [risks, method]);
  const shown = useMemo(
    () => sortRisks(filterRisks(risks, filter, today, method), sortKey, method),
    [risks, filter, today, sortKey, method],
  );
  const scenarioById = useMemo(() => new Map(scenarios.map((s) => [s.id, s])), [scenarios]);
  const editingRisk = editing === null ? undefined : risks.find((r) => r.id === editing);

  const selectCell = useCallback((stage: Stage, cell: HeatCell) => {
    setFilter((f) => ({ ...f, cell: { stage, likelihood: cell.likelihood, consequence: cell.consequence } }));
    setMessage(
      `Viser ${countWord(cell.count)} med sannsynlighet ${cell.likelihood} og konsekvens ${cell.consequence} ${STAGE_LABEL[stage]}.`,
    );
    document.getElementById('risk-register-heading')?.scrollIntoView({ block: 'start' });
  }, []);
  const selectBefore = useCallback((c: HeatCell) => selectCell('before', c), [selectCell]);
  const selectAfter = useCallback((c: HeatCell) => selectCell('after', c), [selectCell]);
  const addScenarios = useCallback(
    (chosen: Scenario[]) =>
      apply(
        (rs) => [...rs, ...chosen.map((s) => riskFromScenario(s, newId('r')))],
        `La til ${countWord(chosen.length)} fra scenariobanken. Vurder sannsynlighet og konsekvens for hver av dem.`,
      ),
    [apply],
  );
  const toggle = useCallback((id: string) => setEditing((e) => (e === id ? null : id)), []);

  const download = async () => {
    let data;
    try {
      data = (await import('../../lib/risk/risk-export')).riskExport(assessment, now());
    } catch {
      setError('Risikobildet kunne ikke lastes ned. Last siden på nytt og prøv igjen.');
      return;
    }
    downloadText(assessmentFileName(data.today, assessment, 'json', 'risikobilde'), JSON.stringify(data, null, 2));
    setMessage('Risikobildet er lastet ned som JSON-fil med skalaer, nivåer, sammendrag og alle risikoer.');
  };

  return (
    <>
      <ToolMessages message={message} error={error} statusClass="risk-status" />

      <Panel id="risk-add-heading" title="Legg til risikoer">
        <ScenarioPicker scenarios={scenarios} risks={risks} onAdd={addScenarios} />
        <OwnRiskForm
          onAdd={(fields) => {
            const risk = ownRisk(fields, newId('r'));
            const ok = apply((rs) => [...rs, risk], `La til den egne risikoen «${risk.title}».`);
            if (ok) setEditing(risk.id);
            return ok;
          }}
        />
      </Panel>

      <Panel id="risk-summary-heading" title="Sammendrag">
        <RiskSummaryView
          summary={summary}
          method={method}
          onOpen={(id) => {
            setFilter(NO_FILTER);
            setEditing(id);
          }}
        />
        <div class="actions">
          <button type="button" class="button secondary" onClick={() => void download()} disabled={risks.length === 0}>
            Last ned risikobildet (JSON)
          </button>
        </div>
      </Panel>

      <Panel id="risk-maps-heading" title="Risikokart før og etter tiltak">
        <p class="risk-legend">
          Nivåene vises med tekst, mønster og farge:{' '}
          {method.bands.map((b) => (
            <Fragment key={b.id}>
              <BandTag band={b} />{' '}
            </Fragment>
          ))}
          <span class="risk-hint"> Metode: {method.name}.</span>
        </p>
        <div class="risk-maps">
          <HeatMap
            stage="before"
            method={method}
            rows={before.rows}
            unplaced={before.unplaced}
            fromInherent={0}
            selected={filter.cell?.stage === 'before' ? filter.cell : null}
            onSelect={selectBefore}
          />
          <HeatMap
            stage="after"
            method={method}
            rows={after.rows}
            unplaced={after.unplaced}
            fromInherent={summary.afterFromInherent}
            selected={filter.cell?.stage === 'after' ? filter.cell : null}
            onSelect={selectAfter}
          />
        </div>
      </Panel>

      <AssessmentMethod
        a={assessment}
        today={today}
        onMessage={(text, isError) => {
          if (isError) setError(text);
          else {
            setError('');
            setMessage(text);
          }
        }}
      />

      <Panel id="risk-register-heading" title="Risikoregister" focusable>
        <RiskFilters method={method} filter={filter} sortKey={sortKey} onFilter={setFilter} onSort={setSortKey} />
        <p class="risk-count" aria-live="polite">
          {isFiltered(filter) ? `Viser ${shown.length} av ${countWord(risks.length)}.` : `${countWord(risks.length)} i registeret.`}
          {filter.cell &&
            ` Kartfilter: sannsynlighet ${filter.cell.likelihood}, konsekvens ${filter.cell.consequence} ${STAGE_LABEL[filter.cell.stage]}.`}
        </p>
        {isFiltered(filter) && (
          <div class="actions">
            <button type="button" class="button secondary" onClick={() => setFilter(NO_FILTER)}>
              Vis alle risikoer
            </button>
          </div>
        )}
        {shown.length > 0 && (
          <RiskTable title={assessment.title} risks={shown} method={method} today={today} editing={editing} onToggle={toggle} />
        )}
        {editingRisk && (
          // The editor opens below the table, outside its horizontal scroll area, so it has the page's full width (also at 320 px).
          <div class="risk-editor-panel" id="risk-editor-panel">
            <LazyEditor
              risk={editingRisk}
              method={method}
              scenario={editingRisk.scenarioId ? scenarioById.get(editingRisk.scenarioId) : undefined}
              today={today}
              onChange={(recipe) => apply((rs) => rs.map((r) => (r.id === editingRisk.id ? recipe(r) : r)))}
              onRemove={() => {
                apply((rs) => rs.filter((r) => r.id !== editingRisk.id), `Fjernet «${editingRisk.title}».`);
                setEditing(null);
                document.getElementById('risk-register-heading')?.focus();
              }}
              onClose={() => {
                setEditing(null);
                requestAnimationFrame(() => document.getElementById(`risk-open-${editingRisk.id}`)?.focus());
              }}
            />
          </div>
        )}
      </Panel>
    </>
  );
}

/**
 * The editor's code (forms, scale texts, the A/B/C measure) and its stylesheet are loaded the
 * first time a risk is opened, then kept.
 */
const editorModule = lazyModule(() => Promise.all([import('./RiskEditor'), loadStylesheet(editorStyles)]).then(([module]) => module));

/** The risk editor, loaded on first use: a status line while it loads, an alert if it could not be loaded. */
function LazyEditor(props: EditorProps) {
  const editor = useLazyModule(editorModule);
  if (editor.state === 'ready') return <editor.module.RiskEditor {...props} />;
  return editor.state === 'failed' ? (
    <p class="form-error" role="alert">
      Skjemaet for å redigere risikoen kunne ikke lastes. Last siden på nytt og prøv igjen.
    </p>
  ) : (
    <p role="status">Henter skjemaet for «{props.risk.title}» …</p>
  );
}
