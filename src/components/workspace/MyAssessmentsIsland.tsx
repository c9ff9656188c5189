import { useEffect, useRef, useState } from 'preact/hooks';
import { MY_ASSESSMENTS_TEXTS as TEXTS } from '../tool-texts';
import { LazyTool, createFirstAssessment, lazyComponent, prefetch, useLightStart } from '../LazyTool';
import { keepingText, readPersisted } from '../../stores/persisted';
import { NewAssessmentForm } from './NewAssessmentForm';
import { ImportPicker } from './ImportPicker';

/** What the user did on the start view, for the full tool to carry on from. */
export type MyAssessmentsStart = { created: true } | { file: File };

const FULL = lazyComponent(async () => (await import('./MyAssessments')).MyAssessments);

/** Whether the page was opened to start a new assessment («Start en vurdering» links to ?ny). */
export const askedForNew = () => typeof location !== 'undefined' && new URLSearchParams(location.search).has('ny');

/**
 * The island of Mine vurderinger. On a first visit (nothing stored) it shows the
 * start with Preact alone: that nothing is stored yet, whether the browser keeps the
 * data, «Ny vurdering» and the choice of a file to import. Creating the first
 * assessment or choosing a file loads the full list (MyAssessments.tsx), which carries
 * on from there. With anything stored it loads the list at once (src/components/LazyTool.tsx).
 */
export function MyAssessmentsIsland() {
  const { full, start, begin } = useLightStart<MyAssessmentsStart>();
  const [keeping, setKeeping] = useState<string | null>(null);
  const [creating, setCreating] = useState(askedForNew);
  const newButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (full) return;
    let live = true;
    void readPersisted().then((answer) => live && setKeeping(keepingText(answer)));
    if (creating) document.getElementById('new-platform')?.focus();
    return () => {
      live = false;
    };
  }, []);

  if (full) return <LazyTool lazy={FULL} loading={TEXTS.loading} props={{ start }} />;
  return (
    <div class="my-assessments" onFocusIn={prefetch(FULL)}>
      <section class="tool-panel" aria-labelledby="my-heading">
        <h2 id="my-heading" class="tool-panel__title" tabIndex={-1}>
          {TEXTS.heading}
        </h2>
        <div class="keeping-status">{keeping && <p>{keeping}</p>}</div>
        <div aria-live="polite" class="my-assessments__status" />
        <p>{TEXTS.none}</p>
        <div class="actions">
          {!creating && (
            <button type="button" class="button" ref={newButton} onClick={() => setCreating(true)}>
              Ny vurdering
            </button>
          )}
        </div>
        {creating && (
          <NewAssessmentForm
            onCreate={createFirstAssessment}
            canCancel
            autoFocus
            onCancel={() => {
              setCreating(false);
              requestAnimationFrame(() => newButton.current?.focus());
            }}
            onDone={() => begin({ created: true })}
          />
        )}
      </section>
      <ImportPicker onFile={(file) => begin({ file })} />
    </div>
  );
}
