import type { ComponentChildren, Ref } from 'preact';
import { useState } from 'preact/hooks';
import { MAX_IMPORT_BYTES, formatBytes } from '../../lib/workspace/file-size';
import { Panel } from '../form/Panel';

/**
 * The import panel's choice of file (the file picker and the drop zone), without the
 * reading: Mine vurderinger's start view shows it before the store and the import's
 * checks are loaded, and ImportPanel shows it with what the file holds (children).
 */
export function ImportPicker({
  onFile,
  inputRef,
  describedBy = 'import-hint',
  children,
}: {
  onFile: (file: File) => void;
  inputRef?: Ref<HTMLInputElement>;
  describedBy?: string;
  children?: ComponentChildren;
}) {
  const [dragging, setDragging] = useState(false);
  const onPick = (event: Event) => {
    const file = (event.currentTarget as HTMLInputElement).files?.[0];
    if (file) onFile(file);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer?.files?.[0];
    if (file) onFile(file);
  };
  return (
    <Panel id="import-heading" title="Importer fra fil" class="import-panel">
      <p>
        Les inn en fil som er eksportert fra SoMe-veilederen (JSON, høyst {formatBytes(MAX_IMPORT_BYTES)}). Dere ser hva filen inneholder
        før noe endres.
      </p>
      <div
        class={`drop-zone${dragging ? ' drop-zone--active' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <div class="field">
          <label for="import-file">Velg en fil å importere</label>
          <input
            ref={inputRef}
            id="import-file"
            type="file"
            accept=".json,application/json"
            onChange={onPick}
            aria-describedby={describedBy}
          />
        </div>
        <p id="import-hint">Dere kan også dra filen hit og slippe den.</p>
      </div>
      {children}
    </Panel>
  );
}
