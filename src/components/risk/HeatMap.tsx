import { useState } from 'preact/hooks';
import { memo } from './memo';
import type { HeatCell, Stage } from '../../lib/risk/register';
import { STAGE_LABEL, countWord } from '../../lib/risk/register';
import { bandById, type RiskMethod } from '../../lib/risk/method';
import { bandStyle } from '../../lib/risk/method-edit';

interface Props {
  stage: Stage;
  method: RiskMethod;
  rows: HeatCell[][];
  unplaced: number;
  fromInherent: number;
  selected: { likelihood: number; consequence: number } | null;
  onSelect: (cell: HeatCell) => void;
}

/**
 * A 5×5 heat map as a table of buttons: likelihood down, consequence across.
 * Each cell shows its count and its level as text, and its level as a pattern
 * and colour. One button is in the tab order; the arrow keys move between cells.
 */
export const HeatMap = memo(function HeatMap({ stage, method, rows, unplaced, fromInherent, selected, onSelect }: Props) {
  const [focus, setFocus] = useState({ row: 0, col: 0 });
  const id = `heatmap-${stage}`;
  const lastCol = method.consequence.length - 1;
  const likelihoodName = (level: number) => method.likelihood[level - 1]?.name ?? '';

  const onKeyDown = (event: KeyboardEvent, row: number, col: number) => {
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
    };
    let next: { row: number; col: number } | null = null;
    if (event.key in moves) {
      const [dr, dc] = moves[event.key];
      next = { row: Math.min(rows.length - 1, Math.max(0, row + dr)), col: Math.min(lastCol, Math.max(0, col + dc)) };
    } else if (event.key === 'Home') next = { row, col: 0 };
    else if (event.key === 'End') next = { row, col: lastCol };
    if (!next) return;
    event.preventDefault();
    setFocus(next);
    const table = (event.currentTarget as HTMLElement).closest('table');
    table?.querySelector<HTMLButtonElement>(`[data-cell="${next.row}-${next.col}"]`)?.focus();
  };

  return (
    <div class="heatmap">
      <table class="heatmap__table" id={id} aria-describedby={`${id}-help`}>
        <caption>Risikokart {STAGE_LABEL[stage]}</caption>
        <thead>
          <tr>
            <th scope="col" class="heatmap__corner">
              <span class="heatmap__axis">Sannsynlighet ↓ Konsekvens →</span>
            </th>
            {method.consequence.map(({ name }, i) => (
              <th scope="col" key={i}>
                <abbr title={`Konsekvens ${i + 1}: ${name}`}>K{i + 1}</abbr>
                <span class="heatmap__scale-name">{name}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={row[0].likelihood}>
              <th scope="row">
                <abbr title={`Sannsynlighet ${row[0].likelihood}: ${likelihoodName(row[0].likelihood)}`}>S{row[0].likelihood}</abbr>
                <span class="heatmap__scale-name">{likelihoodName(row[0].likelihood)}</span>
              </th>
              {row.map((cell, c) => {
                const pressed = selected?.likelihood === cell.likelihood && selected.consequence === cell.consequence;
                const band = bandById(method, cell.band)!;
                return (
                  <td key={cell.consequence} class="heatmap__cell" data-band={band.id} style={bandStyle(band)}>
                    <button
                      type="button"
                      data-cell={`${r}-${c}`}
                      data-count={cell.count}
                      class={`heatmap__button${cell.count === 0 ? ' is-empty' : ''}`}
                      aria-label={cell.label}
                      aria-pressed={pressed}
                      tabIndex={Math.min(focus.row, rows.length - 1) === r && Math.min(focus.col, lastCol) === c ? 0 : -1}
                      onFocus={() => setFocus({ row: r, col: c })}
                      onKeyDown={(e) => onKeyDown(e, r, c)}
                      onClick={() => onSelect(cell)}
                    >
                      <span class="heatmap__band">{band.name}</span> <span class="heatmap__count">{cell.count}</span>
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p id={`${id}-help`} class="heatmap__help">
        Velg en rute for å vise risikoene i den. Piltastene flytter mellom rutene.
        {unplaced > 0 && ` ${countWord(unplaced)} er ikke vurdert og vises ikke i kartet.`}
        {stage === 'after' &&
          fromInherent > 0 &&
          ` ${countWord(fromInherent)} er ikke vurdert etter tiltak og vises med nivået før tiltak.`}
      </p>
    </div>
  );
});
