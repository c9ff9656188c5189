import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { lazyModule, useLazyModule } from './useLazyModule';
import { needsStore, onStoredElsewhere } from '../stores/presence';
import { TOOL_TEXTS, type ToolName } from './tool-texts';
import { NewAssessmentForm, type CreateResult, type NewAssessmentFields } from './workspace/NewAssessmentForm';

type Props = Record<string, unknown>;
type Tool = ReturnType<typeof lazyModule<ComponentType<Props>>>;
const tool = <P,>(load: () => Promise<ComponentType<P>>): Tool => lazyModule(load as () => Promise<ComponentType<Props>>);

/** Each tool's view, loaded when it is needed: at once when something is stored, else at the first assessment. */
const TOOLS: Record<ToolName, Tool> = {
  vurderinger: tool(async () => (await import('./workspace/AssessmentBar')).AssessmentBar),
  screening: tool(async () => (await import('./dpia/Screening')).Screening),
  beskrivelse: tool(async () => (await import('./dpia/Description')).Description),
  behandlingsgrunnlag: tool(async () => (await import('./legal-basis/LegalBasisHelper')).LegalBasisHelper),
  nodvendighet: tool(async () => (await import('./dpia/Necessity')).Necessity),
  risikovurdering: tool(async () => (await import('./risk/RiskRegister')).RiskRegister),
  medvirkning: tool(async () => (await import('./dpia/Consultation')).Consultation),
  sjekklister: tool(async () => (await import('./checklists/Checklists')).Checklists),
  etikk: tool(async () => (await import('./ethics/EthicsReflection')).EthicsReflection),
  beslutning: tool(async () => (await import('./decisions/DecisionRecorder')).DecisionRecorder),
  godkjenning: tool(async () => (await import('./dpia/SignOff')).SignOff),
  rapport: tool(async () => (await import('./report/ReportView')).ReportView),
};

/** Set once the store is in use on this page: every island shows its tool from then on. */
let storeInUse = false;
/** The islands still showing the start, woken when another island on the page creates the first assessment. */
const waiting = new Set<() => void>();
/** After the first assessment is created, focus goes to the bar's choice of assessment once the tool shows it. */
let focusChoice = false;

const NOT_LOADED = 'Verktøyet kunne ikke lastes, så vurderingen ble ikke opprettet. Ingenting er endret. Last siden på nytt og prøv igjen.';

async function createFirst(fields: NewAssessmentFields): Promise<CreateResult> {
  let store: typeof import('../stores/workspace');
  try {
    store = await import('../stores/workspace');
  } catch {
    return { ok: false, message: NOT_LOADED };
  }
  const created = store.createAssessment(fields);
  return created.ok ? { ok: true } : created;
}

/**
 * The island of a tool page (see src/components/tool-texts.ts for which). On a
 * first visit (nothing stored: src/stores/presence.ts) it shows the start with
 * Preact alone: the assessment bar's form and the tool's prompt. The store, the
 * model and the tool load when the user starts filling in the form, and show
 * once the assessment is created. When anything is stored, or storage cannot be
 * used, the tool loads at once. Another tab's first assessment wakes it too.
 */
export function ToolIsland({ tool: name, props = {} }: { tool: ToolName; props?: Props }) {
  const [full, setFull] = useState(() => storeInUse || needsStore());
  useEffect(() => {
    if (full) return;
    const wake = () => {
      storeInUse = true;
      setFull(true);
    };
    waiting.add(wake);
    const stop = onStoredElsewhere(wake);
    return () => {
      waiting.delete(wake);
      stop();
    };
  }, [full]);

  if (full) return <LoadedTool name={name} props={props} />;
  const { empty } = TOOL_TEXTS[name];
  // The decision page's sign-off has no bar: like the tool, it shows nothing before an assessment exists.
  if (name === 'godkjenning') return null;
  const prefetch = () => void TOOLS[name].load().catch(() => undefined);
  return (
    <div class="tool-start">
      <section class="tool-panel assessment-bar" aria-labelledby="assessment-bar-heading" onFocusIn={prefetch}>
        <h2 id="assessment-bar-heading" class="tool-panel__title">
          Vurdering
        </h2>
        <NewAssessmentForm
          onCreate={createFirst}
          canCancel={false}
          onDone={() => {
            focusChoice = true;
            for (const wake of [...waiting]) wake();
          }}
        />
      </section>
      {empty && <p class="tool-panel">{empty}</p>}
    </div>
  );
}

function LoadedTool({ name, props }: { name: ToolName; props: Props }) {
  const state = useLazyModule(TOOLS[name]);
  useEffect(() => {
    if (state.state !== 'ready' || !focusChoice) return;
    const choice = document.getElementById('assessment-select');
    if (!choice) return;
    focusChoice = false;
    choice.focus();
  }, [state.state]);
  if (state.state === 'ready') {
    const Tool = state.module;
    return <Tool {...props} />;
  }
  if (state.state === 'failed')
    return (
      <p class="tool-panel form-error" role="alert">
        Verktøyet kunne ikke lastes. Dataene deres er ikke endret. Last siden på nytt og prøv igjen.
      </p>
    );
  return <p class="tool-loading">{TOOL_TEXTS[name].loading}</p>;
}
