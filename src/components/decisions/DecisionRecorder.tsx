import { useMemo, useState } from 'preact/hooks';
import { useStore } from '../useStore';
import { $activeAssessment } from '../../stores/workspace';
import { AssessmentBar } from '../workspace/AssessmentBar';
import type { Assessment } from '../../lib/model/schema';
import { assessmentFingerprint } from '../../lib/decisions/fingerprint';
import { decisionStatus } from '../../lib/decisions/rules';
import { StatusPanel } from './StatusPanel';
import { RoundForm } from './RoundForm';
import { ConsultationLog } from './ConsultationLog';
import { DecisionLog } from './DecisionLog';
import { TOOL_TEXTS } from '../tool-texts';

/** The decision recorder: status under chapter 8, a form for the next round, and the append-only log. */
export function DecisionRecorder() {
  const active = useStore($activeAssessment);
  return (
    <div class="decision-tool">
      <AssessmentBar />
      {active ? <DecisionPanel key={active.id} a={active} /> : <p class="decision-empty">{TOOL_TEXTS.beslutning.empty}</p>}
    </div>
  );
}

function DecisionPanel({ a }: { a: Assessment }) {
  const fingerprint = useMemo(() => assessmentFingerprint(a), [a]);
  const status = decisionStatus(a, fingerprint);
  const [message, setMessage] = useState('');
  return (
    <>
      <StatusPanel a={a} status={status} />
      <p class="decision-message" role="status" aria-live="polite">
        {message}
      </p>
      <RoundForm a={a} onRecorded={setMessage} />
      <ConsultationLog a={a} onRecorded={setMessage} />
      <DecisionLog a={a} times={status.times} />
    </>
  );
}
