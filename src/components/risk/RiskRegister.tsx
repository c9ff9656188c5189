import { Fragment } from 'preact';
import { memo } from './memo';
import { useCallback, useMemo, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { AssessmentBar } from '../workspace/AssessmentBar';
import { downloadText } from '../workspace/download';
import { lazyModule, useLazyModule } from '../useLazyModule';
import { localDate } from '../../lib/dates';
import { assessmentFileName } from '../../lib/workspace/export-file';
import { $activeAssessment, $clock, updateAssessment } from '../../stores/workspace';
import type { PrivacyGoal, Risk } from '../../lib/model/schema';
import { newId } from '../../lib/model/ids';
import { GOALS, goalLabel, ownRisk, riskFromScenario, scenariosByGoal, type Scenario } from '../../lib/risk/scenarios';
import {
  NO_FILTER,
  SORT_LABEL,
  STAGE_LABEL,
  STATUS_LABEL,
  countWord,
  filterRisks,
  heatMap,
  isFiltered,
  ratingOf,
  riskSummary,
  sameRisk,
  sortRisks,
  type HeatCell,
  type LevelFilter,
  type RiskFilter,
  type SortKey,
  type Stage,
  type StatusFilter,
} from '../../lib/risk/register';
import { bandById, type RiskMethod } from '../../lib/risk/method';
import { methodOf, ratingText } from '../../lib/risk/method-presets';
import { BandTag } from './BandTag';
import { HeatMap } from './HeatMap';
import { AssessmentMethod } from './AssessmentMethod';
import type { EditorProps } from './RiskEditor';
import { RiskSummaryView } from './RiskSummaryView';

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
        <p class="risk-empty">Velg eller opprett en vurdering for å begynne på risikovurderingen.</p>
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
      <div role="status" class="risk-status">
        {message}
      </div>
      {error && (
        <p class="form-error" role="alert">
          {error}
        </p>
      )}

      <section class="tool-panel" aria-labelledby="risk-add-heading">
        <h2 id="risk-add-heading" class="tool-panel__title">
          Legg til risikoer
        </h2>
        <ScenarioPicker
          scenarios={scenarios}
          risks={risks}
          onAdd={(chosen) =>
            apply(
              (rs) => [...rs, ...chosen.map((s) => riskFromScenario(s, newId('r')))],
              `La til ${countWord(chosen.length)} fra scenariobanken. Vurder sannsynlighet og konsekvens for hver av dem.`,
            )
          }
        />
        <OwnRiskForm
          onAdd={(fields) => {
            const risk = ownRisk(fields, newId('r'));
            const ok = apply((rs) => [...rs, risk], `La til den egne risikoen «${risk.title}».`);
            if (ok) setEditing(risk.id);
            return ok;
          }}
        />
      </section>

      <section class="tool-panel" aria-labelledby="risk-summary-heading">
        <h2 id="risk-summary-heading" class="tool-panel__title">
          Sammendrag
        </h2>
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
      </section>

      <section class="tool-panel" aria-labelledby="risk-maps-heading">
        <h2 id="risk-maps-heading" class="tool-panel__title">
          Risikokart før og etter tiltak
        </h2>
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
      </section>

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

      <section class="tool-panel" aria-labelledby="risk-register-heading">
        <h2 id="risk-register-heading" class="tool-panel__title" tabIndex={-1}>
          Risikoregister
        </h2>
        <Filters method={method} filter={filter} sortKey={sortKey} onFilter={setFilter} onSort={setSortKey} />
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
          <div class="risk-table-wrap">
            <table class="risk-table">
              <caption class="sr-only">Risikoer i vurderingen {assessment.title}</caption>
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
                {shown.map((risk) => (
                  <Fragment key={risk.id}>
                    <RiskRow
                      risk={risk}
                      method={method}
                      today={today}
                      open={editing === risk.id}
                      onToggle={() => setEditing((e) => (e === risk.id ? null : risk.id))}
                    />
                  </Fragment>
                ))}
              </tbody>
            </table>
          </div>
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
      </section>
    </>
  );
}

/** The editor's code (forms, scale texts, the A/B/C measure) is loaded the first time a risk is opened, then kept. */
const editorModule = lazyModule(() => import('./RiskEditor'));

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
    onToggle: () => void;
  }) {
    const counts = risk.measures.reduce<Record<string, number>>((acc, m) => ({ ...acc, [m.status]: (acc[m.status] ?? 0) + 1 }), {});
    const overdue = risk.measures.filter((m) => m.status !== 'gjennomfort' && m.deadline !== '' && m.deadline < today).length;
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
          {risk.measures.length === 0
            ? 'Ingen'
            : Object.entries(STATUS_LABEL)
                .filter(([k]) => counts[k])
                .map(([k, label]) => `${counts[k]} ${label.toLowerCase()}`)
                .join(', ')}
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
            onClick={onToggle}
          >
            {open ? 'Lukk' : 'Rediger'}
            <span class="sr-only"> «{risk.title}»</span>
          </button>
        </td>
      </tr>
    );
  },
  (a, b) => a.today === b.today && a.open === b.open && a.method === b.method && sameRisk(a.risk, b.risk),
);

function Filters({
  method,
  filter,
  sortKey,
  onFilter,
  onSort,
}: {
  method: RiskMethod;
  filter: RiskFilter;
  sortKey: SortKey;
  onFilter: (f: RiskFilter) => void;
  onSort: (k: SortKey) => void;
}) {
  const levels: [LevelFilter, string][] = [
    ['', 'Alle nivåer'],
    ...method.bands.map((b): [LevelFilter, string] => [b.id, b.name]),
    ['ikke-vurdert', 'Ikke vurdert'],
  ];
  const statuses: [StatusFilter, string][] = [
    ['', 'Alle'],
    ['planlagt', 'Har planlagte tiltak'],
    ['pagar', 'Har tiltak som pågår'],
    ['gjennomfort', 'Har gjennomførte tiltak'],
    ['forfalt', 'Har tiltak med passert frist'],
    ['uten-tiltak', 'Uten tiltak'],
  ];
  const select = <T extends string>(id: string, label: string, value: T, options: [T, string][], set: (v: T) => void) => (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => set(e.currentTarget.value as T)}>
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <div class="risk-filters" role="group" aria-label="Filtrer og sorter">
      {select<'' | PrivacyGoal>(
        'filter-goal',
        'Personvernmål',
        filter.goal,
        [['', 'Alle mål'], ...GOALS.map((g): ['' | PrivacyGoal, string] => [g.goal, g.label])],
        (goal) => onFilter({ ...filter, goal }),
      )}
      {select('filter-before', 'Nivå før tiltak', filter.levelBefore, levels, (levelBefore) => onFilter({ ...filter, levelBefore }))}
      {select('filter-after', 'Nivå etter tiltak', filter.levelAfter, levels, (levelAfter) => onFilter({ ...filter, levelAfter }))}
      {select('filter-status', 'Tiltaksstatus', filter.status, statuses, (status) => onFilter({ ...filter, status }))}
      {select<SortKey>('risk-sort', 'Sorter etter', sortKey, Object.entries(SORT_LABEL) as [SortKey, string][], onSort)}
    </div>
  );
}

function ScenarioPicker({ scenarios, risks, onAdd }: { scenarios: Scenario[]; risks: Risk[]; onAdd: (chosen: Scenario[]) => void }) {
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const used = new Set(risks.map((r) => r.scenarioId).filter(Boolean));
  const available = scenarios.filter((s) => !used.has(s.id));
  const toggle = (id: string) =>
    setChosen((c) => {
      const n = new Set(c);
      if (n.has(id)) n.delete(id);
      else n.add(id);
      return n;
    });
  return (
    <details class="risk-bank" open={risks.length === 0}>
      <summary>
        Fra scenariobanken ({available.length} av {scenarios.length} er ikke lagt til)
      </summary>
      <p>
        Scenarioene er nettstedets egne eksempler, skrevet ut fra veilederens kapitler og Bergen-saken. Velg dem som gjelder for deres bruk.
        Dere vurderer sannsynlighet og konsekvens for hver risiko etterpå.
      </p>
      {scenariosByGoal(scenarios).map((group) => (
        <fieldset key={group.goal} class="risk-bank__group">
          <legend>{group.label}</legend>
          {group.scenarios.map((s) => (
            <div key={s.id} class="risk-bank__item">
              <input
                type="checkbox"
                id={`pick-${s.id}`}
                checked={used.has(s.id) || chosen.has(s.id)}
                disabled={used.has(s.id)}
                onChange={() => toggle(s.id)}
              />
              <label for={`pick-${s.id}`}>
                {s.title}
                {used.has(s.id) && ' (lagt til)'}
              </label>
            </div>
          ))}
        </fieldset>
      ))}
      <div class="actions">
        <button
          type="button"
          class="button secondary"
          disabled={available.length === 0}
          onClick={() => setChosen(new Set(available.map((s) => s.id)))}
        >
          Velg alle som ikke er lagt til
        </button>
        <button
          type="button"
          class="button"
          onClick={() => {
            const picked = available.filter((s) => chosen.has(s.id));
            if (picked.length === 0) return;
            onAdd(picked);
            setChosen(new Set());
          }}
          disabled={[...chosen].every((id) => used.has(id))}
        >
          Legg til valgte ({[...chosen].filter((id) => !used.has(id)).length})
        </button>
      </div>
    </details>
  );
}

function OwnRiskForm({ onAdd }: { onAdd: (f: { title: string; goal: PrivacyGoal; description: string }) => boolean }) {
  const [title, setTitle] = useState('');
  const [goal, setGoal] = useState<PrivacyGoal>('apenhet');
  const [description, setDescription] = useState('');
  const [error, setError] = useState('');
  const submit = (e: Event) => {
    e.preventDefault();
    if (!title.trim()) {
      setError('Skriv en tittel på risikoen.');
      document.getElementById('own-title')?.focus();
      return;
    }
    if (onAdd({ title, goal, description })) {
      setTitle('');
      setDescription('');
      setError('');
    }
  };
  return (
    <details class="risk-own">
      <summary>Skriv en egen risiko</summary>
      <form onSubmit={submit} noValidate>
        <div class="field">
          <label for="own-title">Tittel på risikoen</label>
          <input
            id="own-title"
            value={title}
            autoComplete="off"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'own-error' : undefined}
            onInput={(e) => setTitle(e.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for="own-goal">Personvernmål</label>
          <select id="own-goal" value={goal} onChange={(e) => setGoal(e.currentTarget.value as PrivacyGoal)}>
            {GOALS.map((g) => (
              <option key={g.goal} value={g.goal}>
                {g.label}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="own-description">Beskrivelse</label>
          <textarea id="own-description" value={description} onInput={(e) => setDescription(e.currentTarget.value)} />
        </div>
        {error && (
          <p id="own-error" class="form-error" role="alert">
            {error}
          </p>
        )}
        <div class="actions">
          <button type="submit" class="button">
            Legg til egen risiko
          </button>
        </div>
      </form>
    </details>
  );
}
