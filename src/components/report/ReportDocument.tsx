/**
 * The report itself, loaded when the user asks for it (ReportView): builds the
 * report from the assessment and shows it, with print and Word download. The
 * Word library is loaded only when the user asks for the file.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { $clock } from '../../stores/workspace';
import { buildReport } from '../../lib/report/build';
import { localDate } from '../../lib/decisions/dates';
import type { Block, ReportModel } from '../../lib/report/model';
import type { Checklist } from '../../lib/checklists';
import type { Assessment } from '../../lib/model/schema';
import { downloadBlob } from '../workspace/download';

/** The report of one assessment. It is shown when the user asks for it («Lag rapporten»), and focus moves to its title. */
export function ReportDocument({ assessment, checklists }: { assessment: Assessment; checklists: Checklist[] }) {
  const model = buildReport(assessment, { today: localDate($clock.get()()), checklists });
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => title.current?.focus(), []);
  usePrintTitle(model.fileBase);
  return (
    <>
      <ReportActions model={model} />
      <Report model={model} titleRef={title} />
    </>
  );
}

/**
 * While the page prints, its title is the report's file name
 * (`<dato>-<enhet>-<tittel>`), which the browser suggests as the PDF's name.
 */
function usePrintTitle(fileBase: string) {
  useEffect(() => {
    let saved: string | null = null;
    const before = () => {
      saved ??= document.title;
      document.title = fileBase;
    };
    const after = () => {
      if (saved !== null) document.title = saved;
      saved = null;
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
      after();
    };
  }, [fileBase]);
}

function ReportActions({ model }: { model: ReportModel }) {
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    setError('');
    setMessage('Lager Word-filen …');
    try {
      const { reportToDocxBlob } = await import('../../lib/report/to-docx');
      const blob = await reportToDocxBlob(model);
      downloadBlob(model.fileName, blob);
      setMessage(`Word-filen ${model.fileName} er lastet ned.`);
    } catch (e) {
      setMessage('');
      setError(`Word-filen kunne ikke lages: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="tool-panel report-actions" aria-labelledby="report-actions-heading">
      <h2 id="report-actions-heading" class="tool-panel__title">
        Skriv ut eller last ned
      </h2>
      <p>
        Rapporten under er laget av alt som er fylt ut i vurderingen. Utskriften viser bare rapporten, uten menyer og knapper. Velg «Lagre
        som PDF» i utskriftsvinduet for å få en PDF-fil.
      </p>
      <div class="actions">
        <button type="button" class="button" onClick={() => window.print()}>
          Skriv ut / lagre som PDF
        </button>
        <button type="button" class="button secondary" onClick={() => void download()} disabled={busy} aria-describedby="report-docx-hint">
          Last ned som Word-fil (.docx)
        </button>
      </div>
      <p id="report-docx-hint" class="report-hint">
        Filnavn: {model.fileName}. Utskriftsvinduet foreslår {model.fileBase}.pdf for PDF-filen.
      </p>
      <p role="status" aria-live="polite" class="report-status">
        {message}
      </p>
      {error && (
        <p class="form-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

function Report({ model, titleRef }: { model: ReportModel; titleRef: { current: HTMLHeadingElement | null } }) {
  return (
    <article class="report" aria-labelledby="report-title">
      <header class="report-cover">
        <p class="report-kicker">Rapport fra SoMe-veilederen</p>
        <h2 id="report-title" tabIndex={-1} ref={titleRef}>
          {model.title}
        </h2>
        <dl class="report-facts">
          {model.cover.map((c) => (
            <div key={c.label}>
              <dt>{c.label}</dt>
              <dd>{c.value}</dd>
            </div>
          ))}
        </dl>
      </header>
      {model.sections.map((s) => (
        <section key={s.id} class="report-section" aria-labelledby={`rapport-${s.id}`}>
          <h3 id={`rapport-${s.id}`}>{s.title}</h3>
          {s.blocks.map((b, i) => (
            <ReportBlock key={i} block={b} />
          ))}
        </section>
      ))}
    </article>
  );
}

/** Tables with at most this many rows are kept on one page when printed, with their caption. */
const KEEP_ROWS = 12;

const BAND_TEXT = { lav: 'lav', middels: 'middels', hoy: 'hoy' } as const;

function ReportBlock({ block }: { block: Block }) {
  switch (block.kind) {
    case 'paragraph':
      return <p class="report-text">{block.strong ? <strong>{block.text}</strong> : block.text}</p>;
    case 'subheading':
      return <h4>{block.text}</h4>;
    case 'list':
      return (
        <ul>
          {block.items.map((item, i) => (
            <li key={i} class="report-text">
              {item}
            </li>
          ))}
        </ul>
      );
    case 'facts':
      return (
        <dl class="report-facts">
          {block.items.map((item, i) => (
            <div key={i}>
              <dt>{item.label}</dt>
              <dd class="report-text">{item.value}</dd>
            </div>
          ))}
        </dl>
      );
    case 'table':
      return (
        // A scrollable wrapper on narrow screens: focusable and named so keyboard users can scroll it.
        <div
          class={block.rows.length <= KEEP_ROWS ? 'report-table-wrap report-table-wrap--keep' : 'report-table-wrap'}
          tabIndex={0}
          role="region"
          aria-label={`Tabell: ${block.caption}`}
        >
          <table class={block.bands ? 'report-table report-heatmap' : 'report-table'}>
            <caption>{block.caption}</caption>
            <thead>
              <tr>
                {block.headers.map((h, i) => (
                  <th key={i} scope="col">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((c, i) =>
                    i === 0 && block.rowHeaders ? (
                      <th key={i} scope="row">
                        {c}
                      </th>
                    ) : (
                      <td key={i} class={block.bands?.[r]?.[i - 1] ? `band-${BAND_TEXT[block.bands[r][i - 1]!]}` : 'report-text'}>
                        {c}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
  }
}
