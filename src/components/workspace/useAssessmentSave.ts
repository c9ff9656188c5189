import { useState } from 'preact/hooks';
import { updateAssessment } from '../../stores/workspace';
import type { Assessment } from '../../lib/model/schema';

/**
 * Saving a change to the active assessment from a tool: `save` applies the
 * recipe and returns whether it was saved; a refusal is shown as `error`
 * (Norwegian, from the store), and a message for screen readers as `status`.
 */
export function useAssessmentSave(active: Assessment | null) {
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  const save = (recipe: (a: Assessment) => Assessment, message = ''): boolean => {
    if (!active) return false;
    const saved = updateAssessment(active.id, recipe);
    if (!saved.ok) {
      setError(saved.message);
      return false;
    }
    setError('');
    if (message) setStatus(message);
    return true;
  };
  return { save, error, status, setStatus };
}
