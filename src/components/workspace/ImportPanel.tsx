import { useEffect, useRef, useState } from 'preact/hooks';
import { useStore } from '../useStore';
import { $assessmentMap, $accountMap, workspaceSnapshot } from '../../stores/workspace';
import { applyImportPlan } from '../../stores/transfer';
import { previewImport, readWorkspaceFile, type ImportPreview } from '../../lib/workspace/file';
import { MAX_IMPORT_BYTES, tooLargeMessage } from '../../lib/workspace/file-size';
import { planImport, type ConflictChoice } from '../../lib/workspace/import-plan';
import { newId } from '../../lib/model/ids';
import type { WorkspaceFile } from '../../lib/model/schema';
import { formatDateTime } from '../../lib/dates';
import { RadioGroup } from '../form/Fieldset';
import { showChosen } from '../form/file-input';
import { ImportPicker } from './ImportPicker';

const IMPORT_CHOICES = [
  { value: 'keep-both' as const, label: 'Behold begge (de importerte får nye id-er og «(importert)» etter tittelen)' },
  { value: 'replace' as const, label: 'Erstatt dem som finnes her med dem i filen' },
];

type State =
  | { step: 'idle' }
  | { step: 'error'; fileName: string; message: string }
  | { step: 'preview'; fileName: string; file: WorkspaceFile; preview: ImportPreview }
  | { step: 'done'; message: string };

/**
 * Reads an exported file (file picker or drag and drop), shows what it holds
 * and what it would add or replace, and applies it only when the user
 * confirms: all of it or nothing. `initialFile` is a file chosen on the start
 * view before this panel was loaded (src/components/workspace/MyAssessmentsIsland.tsx).
 */
export function ImportPanel({ initialFile }: { initialFile?: File }) {
  const assessments = useStore($assessmentMap);
  const accounts = useStore($accountMap);
  const [state, setState] = useState<State>({ step: 'idle' });
  const [choice, setChoice] = useState<ConflictChoice>('keep-both');
  const input = useRef<HTMLInputElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  const readFile = async (file: File) => {
    // Marks let the browser tests measure reading and applying large files.
    performance.mark('some-veilederen:import-start');
    setChoice('keep-both');
    if (file.size > MAX_IMPORT_BYTES) {
      setState({ step: 'error', fileName: file.name, message: tooLargeMessage(file.size) });
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      setState({ step: 'error', fileName: file.name, message: 'Filen kunne ikke leses.' });
      return;
    }
    const result = readWorkspaceFile(text, file.size);
    if (!result.ok) {
      setState({ step: 'error', fileName: file.name, message: result.message });
      return;
    }
    setState({
      step: 'preview',
      fileName: file.name,
      file: result.file,
      preview: previewImport(result.file, { assessments, accounts }, result.migrated),
    });
    requestAnimationFrame(() => {
      heading.current?.focus();
      performance.mark('some-veilederen:import-preview');
    });
  };

  useEffect(() => {
    if (!initialFile) return;
    showChosen(input.current, initialFile);
    input.current?.focus();
    void readFile(initialFile);
  }, []);
  const reset = () => {
    if (input.current) input.current.value = '';
  };
  const confirm = () => {
    if (state.step !== 'preview') return;
    performance.mark('some-veilederen:import-apply-start');
    const applied = applyImportPlan(planImport(state.file, workspaceSnapshot(), choice, newId));
    performance.mark('some-veilederen:import-applied');
    if (applied.ok) {
      const counts = applied.value;
      reset();
      setState({
        step: 'done',
        message: `Importert fra «${state.fileName}»: ${counts.assessments} ${counts.assessments === 1 ? 'vurdering' : 'vurderinger'} og ${counts.accounts} ${counts.accounts === 1 ? 'konto' : 'kontoer'}.`,
      });
    } else {
      setState({ step: 'error', fileName: state.fileName, message: applied.message });
    }
    input.current?.focus();
  };
  const cancel = () => {
    reset();
    setState({ step: 'idle' });
    input.current?.focus();
  };

  const errorId = 'import-error';
  return (
    <ImportPicker
      onFile={(file) => void readFile(file)}
      inputRef={input}
      describedBy={state.step === 'error' ? `${errorId} import-hint` : 'import-hint'}
    >
      <div aria-live="polite">{state.step === 'done' && <p class="workspace-success">{state.message}</p>}</div>
      {state.step === 'error' && (
        <p id={errorId} class="form-error" role="alert">
          «{state.fileName}» ble ikke importert. {state.message}
        </p>
      )}
      {state.step === 'preview' && (
        <div class="import-preview">
          <h3 ref={heading} tabIndex={-1}>
            Dette inneholder «{state.fileName}»
          </h3>
          <p>
            Eksportert {formatDateTime(state.preview.exportedAt)} fra SoMe-veilederen {state.preview.appVersion}.
            {state.preview.migrated.length > 0 && ` Filen er fra en eldre versjon og blir oppdatert: ${state.preview.migrated.join(' ')}`}
          </p>
          <p>
            {state.preview.assessments.length} {state.preview.assessments.length === 1 ? 'vurdering' : 'vurderinger'} og{' '}
            {state.preview.accounts.length} {state.preview.accounts.length === 1 ? 'konto' : 'kontoer'}:
          </p>
          <ul>
            {state.preview.assessments.map((item) => (
              <li key={`a-${item.id}`}>
                Vurdering «{item.label}», sist endret {formatDateTime(item.updatedAt)}:{' '}
                {item.existing
                  ? `finnes fra før her som «${item.existing.label}», sist endret ${formatDateTime(item.existing.updatedAt)}.`
                  : 'ny, blir lagt til.'}
              </li>
            ))}
            {state.preview.accounts.map((item) => (
              <li key={`k-${item.id}`}>
                Konto «{item.label}»: {item.existing ? `finnes fra før her som «${item.existing.label}».` : 'ny, blir lagt til.'}
              </li>
            ))}
          </ul>
          {state.preview.conflicts > 0 && (
            <RadioGroup
              class="import-choice"
              name="import-choice"
              legend={`${state.preview.conflicts === 1 ? 'Én av dem finnes fra før.' : `${state.preview.conflicts} av dem finnes fra før.`} Hva vil dere gjøre?`}
              options={IMPORT_CHOICES}
              value={choice}
              onChange={setChoice}
            />
          )}
          <div class="actions">
            <button type="button" class="button" onClick={confirm}>
              Importer
            </button>
            <button type="button" class="button secondary" onClick={cancel}>
              Avbryt
            </button>
          </div>
        </div>
      )}
    </ImportPicker>
  );
}
