import { useRef, useState } from 'preact/hooks';
import { bandAt, type RiskMethod } from '../../lib/risk/method';
import { bandStyle } from '../../lib/risk/method-edit';

interface Props {
  method: RiskMethod;
  /** With onCycle the cells are buttons: arrows move, Enter or Space gives the cell the next band. */
  onCycle?: (likelihood: number, consequence: number) => void;
  caption: string;
  id: string;
}

/**
 * The method's matrix: likelihood down (highest first), consequence across,
 * every cell with its band's name, pattern and colour. Editable with the
 * keyboard when onCycle is given (one cell in the tab order, arrow keys move).
 */
export function MethodMatrix({ method, onCycle, caption, id }: Props) {
  const rows = method.likelihood.length;
  const cols = method.consequence.length;
  const [focus, setFocus] = useState({ row: 0, col: 0 });
  const table = useRef<HTMLTableElement>(null);
  const row0 = Math.min(focus.row, rows - 1);
  const col0 = Math.min(focus.col, cols - 1);

  const move = (event: KeyboardEvent, r: number, c: number) => {
    const moves: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
    let next: { row: number; col: number } | null = null;
    if (event.key in moves) {
      const [dr, dc] = moves[event.key];
      next = { row: Math.min(rows - 1, Math.max(0, r + dr)), col: Math.min(cols - 1, Math.max(0, c + dc)) };
    } else if (event.key === 'Home') next = { row: r, col: 0 };
    else if (event.key === 'End') next = { row: r, col: cols - 1 };
    if (!next) return;
    event.preventDefault();
    setFocus(next);
    table.current?.querySelector<HTMLButtonElement>(`[data-cell="${next.row}-${next.col}"]`)?.focus();
  };

  return (
    <div class="method-matrix-wrap">
      <table class="heatmap__table method-matrix" id={id} ref={table} aria-describedby={onCycle ? `${id}-help` : undefined}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" class="heatmap__corner">
              <span class="heatmap__axis">Sannsynlighet ↓ Konsekvens →</span>
            </th>
            {method.consequence.map((step, i) => (
              <th scope="col" key={i}>
                <abbr title={`Konsekvens ${i + 1}: ${step.name}`}>K{i + 1}</abbr>
                <span class="heatmap__scale-name">{step.name}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {method.likelihood.map((_, k) => {
            const l = rows - k;
            const step = method.likelihood[l - 1];
            return (
              <tr key={l}>
                <th scope="row">
                  <abbr title={`Sannsynlighet ${l}: ${step.name}`}>S{l}</abbr>
                  <span class="heatmap__scale-name">{step.name}</span>
                </th>
                {method.consequence.map((__, c) => {
                  const band = bandAt(method, l, c + 1)!;
                  const label = `Sannsynlighet ${l}, konsekvens ${c + 1}: ${band.name}`;
                  return (
                    <td key={c} class="heatmap__cell method-cell" style={bandStyle(band)} data-band={band.id}>
                      {onCycle ? (
                        <button
                          type="button"
                          class="heatmap__button"
                          data-cell={`${k}-${c}`}
                          aria-label={`${label}. Trykk for neste nivå.`}
                          tabIndex={row0 === k && col0 === c ? 0 : -1}
                          onFocus={() => setFocus({ row: k, col: c })}
                          onKeyDown={(e) => move(e, k, c)}
                          onClick={() => onCycle(l, c + 1)}
                        >
                          <span class="heatmap__band">{band.name}</span>
                        </button>
                      ) : (
                        <span class="heatmap__button" title={label}>
                          <span class="heatmap__band">{band.name}</span>
                        </span>
                      )}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
      {onCycle && (
        <p id={`${id}-help`} class="heatmap__help">
          Piltastene flytter mellom rutene. Enter, mellomrom eller klikk gir ruten neste nivå.
        </p>
      )}
    </div>
  );
}
