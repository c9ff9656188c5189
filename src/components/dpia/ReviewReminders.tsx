import { useStore } from '../useStore';
import { $assessments, $clock, selectAssessment } from '../../stores/workspace';
import { withParts } from '../../lib/dpia/parts';
import { dueForReview, REVIEW_STATE_LABELS } from '../../lib/dpia/review';
import { localDate, formatShortDate } from '../../lib/dates';
import { pathWithBase as withBase } from '../../lib/paths';

/** The assessments due for review or overdue (within 30 days), like the account review's reminders. */
export function ReviewReminders() {
  const assessments = useStore($assessments);
  const today = localDate($clock.get()());
  const due = dueForReview(assessments.map(withParts), today);
  if (due.length === 0) return null;
  return (
    <section class="tool-panel" aria-labelledby="review-due-heading">
      <h2 id="review-due-heading" class="tool-panel__title">
        Vurderinger som skal gjennomgås
      </h2>
      <ul class="dpia-due">
        {due.map((d) => (
          <li key={d.item.id} class={`dpia-due--${d.state}`}>
            <strong>{REVIEW_STATE_LABELS[d.state]}:</strong> «{d.item.title}», neste gjennomgang {formatShortDate(d.nextReview)}
            {d.owner ? `, ansvarlig ${d.owner}` : ''}.{' '}
            <a href={withBase('/verktoy/ledelsesbeslutning/')} onClick={() => selectAssessment(d.item.id)}>
              Åpne godkjenningen<span class="sr-only"> for «{d.item.title}»</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
