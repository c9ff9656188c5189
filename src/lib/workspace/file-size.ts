/**
 * How large an import file may be, and how sizes are written. On its own so that a start
 * view can say the limit, and refuse a file that is too large, without loading the import's
 * checks (file.ts). Pure TypeScript.
 */

/** The largest file the import reads: 10 MB. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

/** Formats a byte count for messages ("10 MB", "512 kB"). */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toLocaleString('nb-NO', { maximumFractionDigits: 1 })} MB`;
  if (bytes >= 1024) return `${Math.ceil(bytes / 1024).toLocaleString('nb-NO')} kB`;
  return `${bytes} byte`;
}

/** Why a file of `size` bytes is not read. */
export const tooLargeMessage = (size: number): string =>
  `Filen er ${formatBytes(size)}. Den største filen som kan leses inn, er ${formatBytes(MAX_IMPORT_BYTES)}.`;
