/**
 * Safe reading of JSON from outside (a file, a stored value): keys that could
 * change an object's prototype are refused, and nesting is bounded. Pure.
 */

/** Keys that must never reach an object: they could change its prototype. */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
/** The deepest nesting the format ever needs, with a wide margin. */
const MAX_DEPTH = 32;

/** Formats a path like `assessments[2].risks[0].likelihood`. */
export function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(part)) out += out ? `.${part}` : part;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out || '(roten)';
}

export type ShapeProblem = { kind: 'forbidden-key'; key: string; path: string } | { kind: 'too-deep'; path: string };

/**
 * Walks parsed JSON (iteratively, so deep nesting cannot overflow the stack)
 * and returns the first forbidden key or too-deep nesting, or null.
 */
export function findShapeProblem(value: unknown, maxDepth = MAX_DEPTH): ShapeProblem | null {
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value, path: [] }];
  while (stack.length > 0) {
    const { value: current, path } = stack.pop()!;
    if (current === null || typeof current !== 'object') continue;
    if (path.length > maxDepth) return { kind: 'too-deep', path: formatPath(path) };
    if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--) stack.push({ value: current[i], path: [...path, i] });
      continue;
    }
    for (const key of Object.keys(current)) {
      if (FORBIDDEN_KEYS.has(key)) return { kind: 'forbidden-key', key, path: formatPath([...path, key]) };
      stack.push({ value: (current as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
  return null;
}

/** Removes a leading byte order mark (files saved by some Windows editors have one). */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The size of a string in UTF-8 bytes. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Parses JSON text, with the position of a syntax error in Norwegian. */
export function parseJson(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : '';
    const position = /position (\d+)/.exec(detail)?.[1];
    // A parser that stops at (or next to) the last character ran out of text: the file is cut off.
    const end =
      /end of (JSON )?(data|input)|unterminated/i.test(detail) || (position !== undefined && Number(position) >= text.trimEnd().length - 1);
    return {
      ok: false,
      message:
        'Filen er ikke gyldig JSON' +
        (end ? ': den slutter for tidlig, så den er trolig avkuttet.' : position ? `: feil ved tegn ${Number(position) + 1}.` : '.'),
    };
  }
}
