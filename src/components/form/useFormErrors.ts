import { useRef, useState } from 'preact/hooks';

/**
 * The errors of a form that is checked on submit: `check` shows what the
 * rules found and moves focus to the first field in error (in `order`), and
 * `save` runs the saving step and shows its error (in Norwegian) if it fails.
 */
export function useFormErrors<K extends string>(order: readonly K[], idOf: (key: K) => string) {
  const [errors, setErrors] = useState<Partial<Record<K, string>>>({});
  const [saveError, setSaveError] = useState('');
  const formRef = useRef<HTMLFormElement>(null);

  /** Shows `found`; true when the form may be saved. */
  const check = (found: Partial<Record<K, string>>): boolean => {
    setErrors(found);
    setSaveError('');
    const first = order.find((k) => found[k]);
    if (first === undefined) return true;
    const form = formRef.current;
    const id = idOf(first);
    // A radio group is focused on its checked or first radio; other fields on the control itself.
    const target =
      form?.querySelector<HTMLElement>(`input[name="${id}"]:checked`) ??
      form?.querySelector<HTMLElement>(`input[name="${id}"]`) ??
      form?.querySelector<HTMLElement>(`#${id}`);
    target?.focus();
    return false;
  };

  /** Runs `step`; true when it succeeded (then the errors are cleared). */
  const save = (step: () => void): boolean => {
    try {
      step();
      setErrors({});
      return true;
    } catch (e) {
      setSaveError(e instanceof Error ? e.message : String(e));
      return false;
    }
  };

  const summary = order.flatMap((k) => (errors[k] ? [errors[k]] : []));
  return { errors, setErrors, saveError, formRef, check, save, summary };
}
