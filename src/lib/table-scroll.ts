/**
 * WCAG 1.4.10 (reflow) and 2.1.1 (keyboard): a table that is wider than a narrow
 * screen must scroll inside its own container, not make the whole page scroll
 * sideways, and a keyboard user must be able to reach and scroll that container.
 * Starlight lets tables scroll (`display: block; overflow: auto`), but the scrolling
 * table cannot get focus. Applied at build time by the middleware
 * (src/middleware.ts), this wraps every table in the page's content in a
 * focusable, labelled region; src/styles/hardening.css makes the region the
 * scroller. Pure string function, no DOM.
 */

const TABLE = /<table\b[^>]*>[\s\S]*?<\/table>/g;

/** Text content of an HTML fragment: tags removed, entities kept, whitespace collapsed. */
function textOf(fragment: string): string {
  return fragment
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The region's accessible name: the table's caption if it has one, else "Tabell". */
export function tableLabel(tableHtml: string): string {
  const caption = /<caption\b[^>]*>([\s\S]*?)<\/caption>/.exec(tableHtml);
  const text = caption ? textOf(caption[1]).replace(/"/g, '&quot;') : '';
  return text ? `Tabell: ${text}` : 'Tabell';
}

/** Wraps every table inside the main content (`<main>`) in a focusable, labelled scroll region. */
export function wrapTablesForScrolling(html: string): string {
  const start = html.indexOf('<main');
  const end = html.lastIndexOf('</main>');
  if (start === -1 || end === -1) return html;
  const main = html.slice(start, end).replace(TABLE, (table, offset: number, whole: string) => {
    if (/<div class="table-scroll"[^>]*>\s*$/.test(whole.slice(Math.max(0, offset - 1000), offset))) return table;
    return `<div class="table-scroll" role="region" tabindex="0" aria-label="${tableLabel(table)}">${table}</div>`;
  });
  return html.slice(0, start) + main + html.slice(end);
}
