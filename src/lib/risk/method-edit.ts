/**
 * Edits of a risk method, as pure functions the settings page calls: add and
 * remove scale steps and bands (the matrix follows), cycle a cell's band, and
 * the CSS custom properties that draw a band by colour and pattern, and reading back
 * the unsaved method the page keeps as a draft.
 * Every function returns a new method. Pure TypeScript: no DOM.
 */
import { check } from '../model/check';
import { riskMethod, validateMethod } from './method-schema';
import { MAX_BANDS, MAX_STEPS, MIN_BANDS, MIN_STEPS, textColourFor, type MethodBand, type Pattern, type RiskMethod } from './method';

type Axis = 'likelihood' | 'consequence';

/** Adds a step at the top of a scale; the new row or column copies the highest one. */
export function addStep(m: RiskMethod, axis: Axis): RiskMethod {
  if (m[axis].length >= MAX_STEPS) return m;
  const next = structuredClone(m);
  next[axis].push({ name: `Nivå ${m[axis].length + 1}`, description: '' });
  if (axis === 'likelihood') next.matrix.push([...next.matrix.at(-1)!]);
  else for (const row of next.matrix) row.push(row.at(-1)!);
  return next;
}

/** Removes the highest step of a scale (never below three). */
export function removeStep(m: RiskMethod, axis: Axis): RiskMethod {
  if (m[axis].length <= MIN_STEPS) return m;
  const next = structuredClone(m);
  next[axis].pop();
  if (axis === 'likelihood') next.matrix.pop();
  else for (const row of next.matrix) row.pop();
  return next;
}

const FREE_COLOURS = ['#d7efd0', '#fbe9a6', '#f7c8c4', '#d9d2f0', '#c9e3f2'];
const FREE_PATTERNS: Pattern[] = ['ingen', 'prikker', 'striper', 'ruter', 'bolger'];

/** Adds a band above the highest one (at most five). */
export function addBand(m: RiskMethod): RiskMethod {
  if (m.bands.length >= MAX_BANDS) return m;
  const next = structuredClone(m);
  let n = m.bands.length + 1;
  while (next.bands.some((b) => b.id === `niva-${n}`)) n++;
  next.bands.push({
    id: `niva-${n}`,
    name: `Nivå ${n}`,
    colour: FREE_COLOURS.find((c) => !m.bands.some((b) => b.colour === c)) ?? '#eeeeee',
    pattern: FREE_PATTERNS.find((p) => !m.bands.some((b) => b.pattern === p)) ?? 'ingen',
    criterion: '',
  });
  return next;
}

/** Removes a band (at least two stay); its cells move to the band below it, or above for the lowest. */
export function removeBand(m: RiskMethod, bandId: string): RiskMethod {
  const at = m.bands.findIndex((b) => b.id === bandId);
  if (at < 0 || m.bands.length <= MIN_BANDS) return m;
  const next = structuredClone(m);
  const heir = next.bands[at === 0 ? 1 : at - 1].id;
  next.bands.splice(at, 1);
  next.matrix = next.matrix.map((row) => row.map((id) => (id === bandId ? heir : id)));
  if (next.highBand === bandId) next.highBand = next.bands.at(-1)!.id;
  return next;
}

/** Changes one band's fields. */
export function updateBand(m: RiskMethod, bandId: string, patch: Partial<Omit<MethodBand, 'id'>>): RiskMethod {
  return { ...m, bands: m.bands.map((b) => (b.id === bandId ? { ...b, ...patch } : b)) };
}

/** Changes one step of a scale. */
export function updateStep(m: RiskMethod, axis: Axis, index: number, patch: Partial<{ name: string; description: string }>): RiskMethod {
  return { ...m, [axis]: m[axis].map((s, i) => (i === index ? { ...s, ...patch } : s)) };
}

/** The next band of a cell (Enter or Space on the matrix), from the highest back to the lowest. */
export function cycleCell(m: RiskMethod, likelihood: number, consequence: number): RiskMethod {
  const current = m.matrix[likelihood - 1]?.[consequence - 1];
  if (current === undefined) return m;
  const at = m.bands.findIndex((b) => b.id === current);
  const nextId = m.bands[(at + 1) % m.bands.length].id;
  return {
    ...m,
    matrix: m.matrix.map((row, l) => (l === likelihood - 1 ? row.map((id, c) => (c === consequence - 1 ? nextId : id)) : row)),
  };
}

/** CSS custom properties that draw a band: background, text colour with enough contrast, and pattern. */
export function bandStyle(band: Pick<MethodBand, 'colour' | 'pattern'>): Record<string, string> {
  const fg = textColourFor(band.colour);
  const ink = fg === '#ffffff' ? '255 255 255' : '17 17 17';
  const pattern: Record<Pattern, string> = {
    ingen: 'none',
    prikker: `radial-gradient(circle, rgb(${ink} / 0.4) 1.5px, transparent 1.6px)`,
    striper: `repeating-linear-gradient(45deg, rgb(${ink} / 0.3) 0 3px, transparent 3px 9px)`,
    ruter: `linear-gradient(rgb(${ink} / 0.25) 1px, transparent 1px), linear-gradient(90deg, rgb(${ink} / 0.25) 1px, transparent 1px)`,
    bolger: `repeating-linear-gradient(0deg, rgb(${ink} / 0.3) 0 2px, transparent 2px 7px)`,
  };
  return { '--band-bg': band.colour, '--band-fg': fg, '--band-pattern': pattern[band.pattern] };
}

/**
 * The unsaved method the settings page keeps as a draft while it is edited (JSON), or null when
 * the text is not one. A draft may have blank names (a name being retyped), which saving refuses
 * with a message; everything else must hold as in a saved method, so the page can draw it.
 */
export function methodFromDraft(text: string): RiskMethod | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  const checked = check(riskMethod, data);
  if (!checked.ok) return null;
  const m = checked.value;
  const named = <T extends { name: string }>(x: T): T => ({ ...x, name: x.name.trim() === '' ? '–' : x.name });
  const withNames = { ...named(m), likelihood: m.likelihood.map(named), consequence: m.consequence.map(named), bands: m.bands.map(named) };
  return validateMethod(withNames).ok ? m : null;
}
