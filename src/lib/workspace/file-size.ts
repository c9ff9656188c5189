/**
 * How large an import file may be, and how sizes are written. On its own so that a start
 * view can say the limit, and refuse a file that is too large, without loading the import's
 * checks (file.ts). Pure TypeScript.
 */

/** The largest file the import reads: 10 MB. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

/**
 * A number as Norwegian text: at most one decimal, decimal comma, a no-break space between
 * thousands ("10", "10,5", "1 024"). Written out rather than with toLocaleString: the first
 * locale-aware call loads the browser's number formats, a long task on the first paint of
 * Mine vurderinger (about 50 ms, measured 2.12.2026).
 */
function norwegianNumber(value: number): string {
  const [whole, decimal] = (Math.round(value * 10) / 10).toFixed(1).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  return decimal === '0' ? grouped : `${grouped},${decimal}`;
}

/** Between a number and its unit: a no-break space, so that "10 MB" never breaks over two lines (at 320 px). */
const NBSP = '\u00a0';

/** Formats a byte count for messages ("10 MB", "10,5 MB", "512 kB", with a no-break space before the unit). */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${norwegianNumber(bytes / (1024 * 1024))}${NBSP}MB`;
  if (bytes >= 1024) return `${norwegianNumber(Math.ceil(bytes / 1024))}${NBSP}kB`;
  return `${bytes}${NBSP}byte`;
}

/** Why a file of `size` bytes is not read. */
export const tooLargeMessage = (size: number): string =>
  `Filen er ${formatBytes(size)}. Den største filen som kan leses inn, er ${formatBytes(MAX_IMPORT_BYTES)}.`;
