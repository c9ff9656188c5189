import { pathWithBase as withBase } from '../../lib/paths';
import { assessmentPath, nextStep, STATE_LABELS, type DpiaAssessment, type StepId } from '../../lib/dpia/path';

/** The step of the path the current page belongs to, from the address. */
function currentStep(pathname: string, steps: readonly { id: StepId; path: string }[]): StepId | undefined {
  return steps.find((s) => pathname.endsWith(s.path) || pathname.endsWith(s.path.slice(0, -1)))?.id;
}

/**
 * The eight steps of the active assessment in order, each with its state in
 * words, and a link to the next step. Every step is a link: the path guides,
 * it does not lock.
 */
export function AssessmentPath({ assessment }: { assessment: DpiaAssessment }) {
  const path = assessmentPath(assessment);
  const here = typeof location === 'undefined' ? undefined : currentStep(location.pathname, path);
  const next = nextStep(path, here);
  const done = path.filter((s) => s.state === 'ferdig').length;
  return (
    <nav class="dpia-path" aria-labelledby="dpia-path-heading">
      <p id="dpia-path-heading" class="dpia-path__title">
        Stegene i vurderingen ({done} av {path.length} ferdig)
      </p>
      <ol class="dpia-path__steps">
        {path.map((step) => (
          <li key={step.id} class={`dpia-path__step dpia-path__step--${step.state}`}>
            <a href={withBase(step.path)} aria-current={step.id === here ? 'page' : undefined}>
              {step.label}
            </a>
            <span class="dpia-path__state">: {STATE_LABELS[step.state]}</span>
          </li>
        ))}
      </ol>
      {next ? (
        <p class="dpia-path__next">
          Neste steg: <a href={withBase(next.path)}>{next.label}</a> ({STATE_LABELS[next.state]})
        </p>
      ) : (
        <p class="dpia-path__next">Alle stegene er ferdige. Lag rapporten og arkiver den.</p>
      )}
    </nav>
  );
}
