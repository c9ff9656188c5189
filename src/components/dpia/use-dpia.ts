import { useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { $activeAssessment, updateAssessment } from '../../stores/workspace';
import { setPart, withParts } from '../../lib/dpia/parts';
import type { DpiaAssessment, DpiaParts } from '../../lib/dpia/path';

/** The active assessment with its DPIA parts, and a save that changes one part (a refusal is shown, in Norwegian). */
export function useDpia() {
  const active = useStore($activeAssessment);
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  const a: DpiaAssessment | null = active ? withParts(active) : null;
  function save<K extends keyof DpiaParts>(key: K, recipe: (part: DpiaParts[K]) => DpiaParts[K], message = '') {
    if (!active) return;
    const result = updateAssessment(active.id, (current) => setPart(current, key, recipe(withParts(current)[key])));
    if (!result.ok) {
      setError(result.message);
      return;
    }
    setError('');
    if (message) setStatus(message);
  }
  return { a, save, error, status, setStatus };
}

export type Dpia = ReturnType<typeof useDpia>;
