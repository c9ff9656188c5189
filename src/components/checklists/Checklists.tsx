import { useEffect } from 'preact/hooks';
import { useStore } from '../useStore';
import { $activeAssessment } from '../../stores/workspace';
import { useAssessmentSave } from '../workspace/useAssessmentSave';
import { AssessmentBar } from '../workspace/AssessmentBar';
import { ToolMessages } from '../form/Panel';
import { TextField } from '../form/TextField';
import { pathWithBase } from '../../lib/paths';
import { ANSWER_OPTIONS, getAnswer, listProgress, progressText, setAnswer, type Checklist } from '../../lib/checklists';
import type { Assessment, ChecklistAnswer } from '../../lib/model/schema';
import { TOOL_TEXTS } from '../tool-texts';

const BASE = import.meta.env.BASE_URL ?? '/';

/**
 * The checklists tool: one section per list (anchor = list id), each question
 * answered ja / nei / delvis / ikke relevant with a comment, saved in the active
 * assessment. The lists come as props (loaded from content/ at build time).
 */
export function Checklists({ lists, base = BASE }: { lists: Checklist[]; base?: string }) {
  const active = useStore($activeAssessment);
  const { save: saveAssessment, error, status } = useAssessmentSave(active);

  // The page's hash (#<list id>) names a list; the island renders after load, so scroll to it here.
  useEffect(() => {
    const target = decodeURIComponent(window.location.hash.slice(1));
    if (!target || !lists.some((l) => l.id === target)) return;
    const heading = document.getElementById(`${target}-heading`);
    heading?.scrollIntoView();
    heading?.focus({ preventScroll: true });
  }, [active?.id]);

  const save = (listId: string, itemId: string, patch: Partial<ChecklistAnswer>, message = ''): boolean =>
    saveAssessment((a: Assessment) => ({ ...a, checklists: setAnswer(a.checklists, listId, itemId, patch) }), message);

  return (
    <div class="checklists">
      <AssessmentBar />
      <ToolMessages message={status} error={error} statusClass="sr-only" />
      {!active ? (
        <p class="tool-panel checklists__empty">{TOOL_TEXTS.sjekklister.empty}</p>
      ) : (
        <>
          <nav class="tool-panel checklists__overview" aria-labelledby="checklists-overview-heading">
            <h2 id="checklists-overview-heading" class="tool-panel__title">
              Sjekklistene for «{active.title}»
            </h2>
            <ul>
              {lists.map((list) => (
                <li key={list.id}>
                  <a href={`#${list.id}`}>{list.title}</a> – {progressText(listProgress(list, active.checklists))}
                </li>
              ))}
            </ul>
          </nav>
          {lists.map((list) => (
            <ChecklistSection key={list.id} list={list} assessment={active} base={base} onSave={save} />
          ))}
        </>
      )}
    </div>
  );
}

function ChecklistSection({
  list,
  assessment,
  base,
  onSave,
}: {
  list: Checklist;
  assessment: Assessment;
  base: string;
  onSave: (listId: string, itemId: string, patch: Partial<ChecklistAnswer>, message?: string) => boolean;
}) {
  const progress = listProgress(list, assessment.checklists);
  const text = progressText(progress);
  return (
    <section id={list.id} class="tool-panel checklist" aria-labelledby={`${list.id}-heading`}>
      <h2 id={`${list.id}-heading`} class="tool-panel__title" tabIndex={-1}>
        {list.title} <span class="checklist__chapter">({list.chapter})</span>
      </h2>
      <p>{list.intro}</p>
      <div class="checklist__progress">
        <progress
          id={`${list.id}-progress`}
          max={progress.total}
          value={progress.answered}
          aria-label={`Framdrift for ${list.title}: ${text}`}
        />
        <span class="checklist__progress-text">
          {text}
          {progress.answered === progress.total && <span class="checklist__done"> ✓ Ferdig</span>}
        </span>
      </div>
      <ol class="checklist__items">
        {list.items.map((item) => {
          const key = `${list.id}--${item.id}`;
          const current = getAnswer(assessment.checklists, list.id, item.id);
          return (
            <li key={item.id} class="checklist__item">
              <fieldset aria-describedby={`${key}-why`}>
                <legend>{item.question}</legend>
                <p id={`${key}-why`} class="checklist__why">
                  <strong>Hvorfor: </strong>
                  {item.why}
                </p>
                <p class="checklist__ref">
                  <a href={pathWithBase(item.link, base)}>Les mer i {list.chapter.toLowerCase()}</a>
                  {item.articles.length > 0 && <> · Gjelder {item.articles.join(', ')}</>}
                </p>
                <div class="checklist__answers">
                  {ANSWER_OPTIONS.map((option) => (
                    <label key={option.value} class="tool-choice">
                      <input
                        type="radio"
                        name={key}
                        value={option.value}
                        checked={current.answer === option.value}
                        onChange={() => onSave(list.id, item.id, { answer: option.value }, `Svaret «${option.label}» er lagret.`)}
                      />
                      {option.label}
                    </label>
                  ))}
                  {current.answer !== null && (
                    <button
                      type="button"
                      class="button secondary checklist__clear"
                      onClick={() => onSave(list.id, item.id, { answer: null }, 'Svaret er fjernet.')}
                    >
                      Fjern svaret
                    </button>
                  )}
                </div>
                <TextField
                  id={`${key}-comment`}
                  label="Kommentar"
                  multiline
                  maxLength={20000}
                  value={current.comment}
                  draft={{ form: 'sjekkliste', id: assessment.id, field: `${list.id}.${item.id}`, what: 'sjekklistene' }}
                  onCommit={(comment) => onSave(list.id, item.id, { comment })}
                />
              </fieldset>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
