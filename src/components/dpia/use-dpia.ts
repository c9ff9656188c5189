import { useStore } from '../useStore';
import { $activeAssessment } from '../../stores/workspace';
import { setPart, withParts } from '../../lib/dpia/parts';
import type { DpiaAssessment, DpiaParts } from '../../lib/dpia/path';
import { useAssessmentSave } from '../workspace/useAssessmentSave';

/** The active assessment with its DPIA parts, and a save that changes one part and says whether it was saved (errors shown, never thrown). */
export function useDpia() {
  const active = useStore($activeAssessment);
  const { save: saveAssessment, error, status, setStatus } = useAssessmentSave(active);
  const a: DpiaAssessment | null = active ? withParts(active) : null;
  function save<K extends keyof DpiaParts>(key: K, recipe: (part: DpiaParts[K]) => DpiaParts[K], message = ''): boolean {
    return saveAssessment((current) => setPart(current, key, recipe(withParts(current)[key])), message);
  }
  return { a, save, error, status, setStatus };
}

export type Dpia = ReturnType<typeof useDpia>;
