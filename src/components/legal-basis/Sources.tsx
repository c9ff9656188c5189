import { sourcePath, withBase, type Evaluation, type SourceRef } from '../../lib/legal-basis';

/** The site's base path, for links to the register and the other tools. */
export const BASE = import.meta.env.BASE_URL;

/** A legal source linked to its page in the register. */
export function Source({ refText }: { refText: SourceRef }) {
  const path = sourcePath(refText);
  return path ? <a href={withBase(BASE, path)}>{refText}</a> : <span>{refText}</span>;
}

/** A list of legal sources, each linked to its page in the register. */
export function Sources({ refs, label = 'Kilder' }: { refs: SourceRef[]; label?: string }) {
  if (refs.length === 0) return null;
  return (
    <p class="lb-sources">
      {label}:{' '}
      {refs.map((r, i) => (
        <span key={r}>
          {i > 0 && ', '}
          <Source refText={r} />
        </span>
      ))}
    </p>
  );
}

/** Warnings with the sources they cite: on a step (only that step's) and in the result (all). */
export function Warnings({ warnings, label }: { warnings: Evaluation['warnings']; label?: string }) {
  return (
    <ul class="lb-warnings" aria-label={label}>
      {warnings.map((w) => (
        <li key={w.id} class="lb-warning">
          <p>
            <strong>{w.marks?.length ? `Advarsel (${w.marks.join(', ')}):` : 'Advarsel:'}</strong> {w.text}
          </p>
          <Sources refs={w.articles} />
        </li>
      ))}
    </ul>
  );
}
