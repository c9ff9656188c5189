import { TOOL_TEXTS, type ToolName } from './tool-texts';
import { NewAssessmentForm } from './workspace/NewAssessmentForm';
import { LazyTool, createFirstAssessment, lazyComponent, prefetch, useFullTool, wakeTools, type LazyComponent } from './LazyTool';

/** Each tool's view, loaded when it is needed: at once when something is stored, else at the first assessment. */
const TOOLS: Record<ToolName, LazyComponent> = {
  vurderinger: lazyComponent(async () => (await import('./workspace/AssessmentBar')).AssessmentBar),
  screening: lazyComponent(async () => (await import('./dpia/Screening')).Screening),
  beskrivelse: lazyComponent(async () => (await import('./dpia/Description')).Description),
  behandlingsgrunnlag: lazyComponent(async () => (await import('./legal-basis/LegalBasisHelper')).LegalBasisHelper),
  nodvendighet: lazyComponent(async () => (await import('./dpia/Necessity')).Necessity),
  risikovurdering: lazyComponent(async () => (await import('./risk/RiskRegister')).RiskRegister),
  medvirkning: lazyComponent(async () => (await import('./dpia/Consultation')).Consultation),
  sjekklister: lazyComponent(async () => (await import('./checklists/Checklists')).Checklists),
  etikk: lazyComponent(async () => (await import('./ethics/EthicsReflection')).EthicsReflection),
  beslutning: lazyComponent(async () => (await import('./decisions/DecisionRecorder')).DecisionRecorder),
  godkjenning: lazyComponent(async () => (await import('./dpia/SignOff')).SignOff),
  rapport: lazyComponent(async () => (await import('./report/ReportView')).ReportView),
};

/** After the first assessment is created, focus goes to the bar's choice of assessment once the tool shows it. */
let focusChoice = false;
const focusTheChoice = () => {
  const choice = focusChoice && document.getElementById('assessment-select');
  if (!choice) return;
  focusChoice = false;
  choice.focus();
};

/**
 * The island of a tool page (see src/components/tool-texts.ts for which). On a
 * first visit (nothing stored: src/stores/presence.ts) it shows the start with
 * Preact alone: the assessment bar's form and the tool's prompt. The store, the
 * model and the tool load when the user starts filling in the form, and show
 * once the assessment is created. When anything is stored, or storage cannot be
 * used, the tool loads at once. Another tab's first assessment wakes it too
 * (src/components/LazyTool.tsx).
 */
export function ToolIsland({ tool: name, props = {} }: { tool: ToolName; props?: Record<string, unknown> }) {
  const full = useFullTool();
  const texts = TOOL_TEXTS[name];
  if (full) return <LazyTool lazy={TOOLS[name]} loading={texts.loading} props={props} onReady={focusTheChoice} />;
  // A part without a bar of its own (the decision page's sign-off) shows nothing before an assessment exists, like the tool.
  if ('bar' in texts && !texts.bar) return null;
  return (
    <div class="tool-start">
      <section class="tool-panel assessment-bar" aria-labelledby="assessment-bar-heading" onFocusIn={prefetch(TOOLS[name])}>
        <h2 id="assessment-bar-heading" class="tool-panel__title">
          Vurdering
        </h2>
        <NewAssessmentForm
          onCreate={createFirstAssessment}
          canCancel={false}
          onDone={() => {
            focusChoice = true;
            wakeTools();
          }}
        />
      </section>
      {texts.empty && <p class="tool-panel">{texts.empty}</p>}
    </div>
  );
}
