import type { ComponentChildren } from 'preact';
import { AssessmentBar } from '../workspace/AssessmentBar';
import { ToolMessages } from '../form/Panel';
import type { DpiaAssessment } from '../../lib/dpia/path';
import type { Dpia } from './use-dpia';
import { START } from '../tool-texts';

/** What a DPIA part shows: the active assessment, and the save, error and status of useDpia. */
export type DpiaView = Omit<Dpia, 'a'> & { a: DpiaAssessment };

/**
 * The frame every DPIA part shares: the assessment bar, the part's error
 * (an alert) and status (read out), and a prompt when no assessment is chosen.
 * Without the bar (a part shown inside another tool) it shows nothing until an
 * assessment is chosen.
 */
export function DpiaFrame({
  dpia,
  empty = START,
  bar = true,
  children,
}: {
  dpia: Dpia;
  empty?: string;
  bar?: boolean;
  children: (view: DpiaView) => ComponentChildren;
}) {
  const { a } = dpia;
  if (!a && !bar) return null;
  return (
    <div class="dpia">
      {bar && <AssessmentBar />}
      {a ? (
        <>
          <ToolMessages message={dpia.status} error={dpia.error} statusClass="sr-only" />
          {children({ ...dpia, a })}
        </>
      ) : (
        <p class="tool-panel">{empty}</p>
      )}
    </div>
  );
}
