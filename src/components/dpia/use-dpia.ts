import { useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { $activeAssessment, updateAssessment } from '../../stores/workspace';
import { setPart, withParts } from '../../lib/dpia/parts';
import type { DpiaAssessment, DpiaParts } from '../../lib/dpia/path';

/** The active assessment with its DPIA parts, and a save that changes one part (errors shown, never thrown). */
export function useDpia() {
  const active = useStore($activeAssessment);
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  const a: DpiaAssessment | null = active ? withParts(active) : null;
  function save<K extends keyof DpiaParts>(key: K, recipe: (part: DpiaParts[K]) => DpiaParts[K], message = '') {
    if (!active) return;
    try {
      updateAssessment(active.id, (current) => setPart(current, key, recipe(withParts(current)[key])));
      setError('');
      if (message) setStatus(message);
    } catch (e) {
      setError(e instanceof Error ? e.message : 'Endringen ble ikke lagret.');
    }
  }
  return { a, save, error, status, setStatus };
}

export type Dpia = ReturnType<typeof useDpia>;
