/**
 * The validator of the data model: schemas are small plain objects, and one
 * interpreter (`check`) walks a value against them. It returns the valid value
 * with only the fields the schema knows, or the first problem: where (a path)
 * and what, in Norwegian. A part that is valid as it stands (no unknown field
 * to leave out) is returned as the same object, not a copy: the model is never
 * changed in place, so after an edit the unchanged parts keep their identity,
 * and the views (memo) and the fingerprint skip them. The JSON Schema of the export format is generated
 * from the same schemas (json-schema.ts), so the two cannot drift apart.
 *
 * It is written for this model and kept small, because every tool page loads
 * it (see the budgets in `npm run bench`). Pure TypeScript: no DOM, no storage.
 */

/** Keys that must never reach an object: they could change its prototype. */
const FORBIDDEN = ['__proto__', 'constructor', 'prototype'];

/** A schema. Build them with the functions below; `T` is the type of valid data. */
export type Schema<T> = Node & { readonly [OUT]?: T };
declare const OUT: unique symbol;

/** The schemas' shapes, for the interpreter and the JSON Schema generator. */
export type Node =
  /** Text, at most `max` characters; with `re`, it must match (or be '' when `orEmpty`). */
  | { k: 's'; max?: number; long?: string; re?: RegExp; bad?: string; format?: 'date' | 'date-time'; orEmpty?: boolean }
  /** A whole number from `min` to `max`. */
  | { k: 'i'; min?: number; max?: number }
  | { k: 'b' }
  /** Exactly this value. */
  | { k: 'l'; value: string | number; bad?: string }
  /** One of the options. */
  | { k: 'p'; options: readonly string[]; bad: string }
  /** The inner schema, or null. */
  | { k: 'n'; inner: Node }
  /** The inner schema, or absent (in an object). */
  | { k: 'o'; inner: Node }
  | { k: 'O'; entries: Readonly<Record<string, Node>> }
  /** An object used as a map: every key matches `key`, every value `value`. */
  | { k: 'R'; key: Node; value: Node }
  | { k: 'A'; item: Node; max: number };

export type Infer<S> = S extends Schema<infer T> ? T : never;
type Optional = { k: 'o' };
type ObjectOf<E> = {
  -readonly [K in keyof E as E[K] extends Optional ? never : K]: Infer<E[K]>;
} & {
  -readonly [K in keyof E as E[K] extends Optional ? K : never]?: Infer<E[K]>;
};
type Flat<T> = { [K in keyof T]: T[K] } & {};

/** Text of at most `max` characters; `tooLong` says so in Norwegian. */
export const string = (max: number, tooLong: string): Schema<string> => ({ k: 's', max, long: tooLong });
/** Text that matches `re`; `bad` says what is wrong. */
export const matching = (re: RegExp, bad: string): Schema<string> => ({ k: 's', re, bad });

/** Calendar dates and times as ISO 8601 accepts them (the same patterns the format has always accepted). */
const ISO_DATE = /^\d{4}-(?:0[1-9]|1[0-2])-(?:[12]\d|0[1-9]|3[01])$/;
const ISO_TIMESTAMP =
  /^\d{4}-(?:0[1-9]|1[0-2])-(?:[12]\d|0[1-9]|3[01])[T ](?:0\d|1\d|2[0-3])(?::[0-5]\d){2}(?:\.\d{1,9})?(?:Z| ?[+-](?:0\d|1\d|2[0-3])(?::?[0-5]\d)?)$/;
/** A calendar date (YYYY-MM-DD); with `orEmpty`, '' too. */
export const isoDate = (bad: string, orEmpty?: boolean): Schema<string> => ({ k: 's', re: ISO_DATE, bad, format: 'date', orEmpty });
/** A date and time in ISO 8601. */
export const isoTimestamp = (bad: string): Schema<string> => ({ k: 's', re: ISO_TIMESTAMP, bad, format: 'date-time' });

export const integer = (min?: number, max?: number): Schema<number> => ({ k: 'i', min, max });
export const boolean: Schema<boolean> = { k: 'b' };
export const literal = <const T extends string | number>(value: T, bad?: string): Schema<T> => ({ k: 'l', value, bad });
export const picklist = <const T extends readonly string[]>(options: T, bad: string): Schema<T[number]> => ({ k: 'p', options, bad });
export const nullable = <T>(inner: Schema<T>): Schema<T | null> => ({ k: 'n', inner });
/** A field of an object that may be left out. */
export const optional = <T>(inner: Schema<T>): Schema<T | undefined> & Optional => ({ k: 'o', inner });
export const object = <const E extends Record<string, Schema<unknown>>>(entries: E): Schema<Flat<ObjectOf<E>>> => ({ k: 'O', entries });
export const record = <T>(key: Schema<string>, value: Schema<T>): Schema<Record<string, T>> => ({ k: 'R', key, value });
export const array = <T>(item: Schema<T>, max: number): Schema<T[]> => ({ k: 'A', item, max });

/** What is wrong, and where: `path` is the keys and list positions from the root. */
export interface Problem {
  path: (string | number)[];
  message: string;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; problem: Problem };

// Plain fields rather than parameter properties, so Node can run this file by stripping types (the bench does).
// An Error, so that what is thrown is an error object; check() catches it and returns a Problem.
class Invalid extends Error {
  readonly path: (string | number)[];
  constructor(path: (string | number)[], message: string) {
    super(message);
    this.path = path;
  }
}

/** A found value in a message: text in quotes (shortened), lists and objects by name. */
function shown(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (Array.isArray(value)) return 'en liste';
  return value !== null && typeof value === 'object' ? 'et objekt' : String(value);
}

const own = (value: object, key: string) => Object.prototype.hasOwnProperty.call(value, key);
const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

function run(node: Node, value: unknown, path: (string | number)[]): unknown {
  const fail = (message: string): never => {
    throw new Invalid(path, message);
  };
  const type = (what: string) => fail(`Må være ${what} (fant ${shown(value)}).`);
  if (node.k === 'o') return value === undefined ? value : run(node.inner, value, path);
  if (value === undefined) fail('Feltet mangler.');
  switch (node.k) {
    case 's':
      if (typeof value !== 'string') return type('tekst');
      if (node.max !== undefined && value.length > node.max) fail(node.long!);
      if (node.re && !(node.orEmpty && value === '') && !node.re.test(value)) fail(node.bad!);
      return value;
    case 'i':
      if (typeof value !== 'number' || !Number.isFinite(value)) return type('et tall');
      if (!Number.isInteger(value)) fail('Må være et heltall.');
      if (node.min !== undefined && value < node.min) fail(`Lavest ${node.min}.`);
      if (node.max !== undefined && value > node.max) fail(`Høyest ${node.max}.`);
      return value;
    case 'b':
      return typeof value === 'boolean' ? value : type('sann eller usann');
    case 'l':
      return value === node.value ? value : fail(node.bad ?? `Har feil verdi (fant ${shown(value)}, forventet ${shown(node.value)}).`);
    case 'p':
      return node.options.includes(value as string) ? value : fail(node.bad);
    case 'n':
      return value === null ? null : run(node.inner, value, path);
    case 'A':
      if (!Array.isArray(value)) return type('en liste');
      if (value.length > node.max) fail(`Listen har for mange elementer (${value.length}, høyst ${node.max}).`);
      {
        // A plain loop visits holes too (map would skip them), so a sparse list is checked item by item.
        const out: unknown[] = new Array(value.length);
        let same = true;
        for (let i = 0; i < value.length; i++) {
          out[i] = run(node.item, value[i], [...path, i]);
          if (out[i] !== value[i] || !(i in value)) same = false;
        }
        return same ? value : out;
      }
    default: {
      if (!isObject(value)) return type('et objekt');
      const out: Record<string, unknown> = {};
      let kept = 0;
      let same = true;
      if (node.k === 'O') {
        for (const key in node.entries) {
          const found = own(value, key) ? value[key] : undefined;
          const checked = run(node.entries[key], found, [...path, key]);
          if (checked !== undefined) {
            out[key] = checked;
            kept++;
            if (checked !== found) same = false;
          }
        }
      } else {
        for (const key of Object.keys(value)) {
          if (FORBIDDEN.includes(key)) throw new Invalid([...path, key], `Nøkkelen «${key}» er ikke tillatt.`);
          const checked = run(node.value, value[key], [...path, key]);
          out[run(node.key, key, [...path, key]) as string] = checked;
          kept++;
          if (checked !== value[key]) same = false;
        }
      }
      // Nothing left out or changed: the value itself, so an unchanged part keeps its identity.
      return same && kept === Object.keys(value).length && Object.getPrototypeOf(value) === Object.prototype ? value : out;
    }
  }
}

/** Checks a value against a schema: the valid value (with only known fields; unchanged parts are the same objects), or the first problem. */
export function check<T>(schema: Schema<T>, value: unknown): Checked<T> {
  try {
    return { ok: true, value: run(schema, value, []) as T };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, problem: { path: error.path, message: error.message } };
    throw error;
  }
}

/** Whether a value is valid. */
export function is<T>(schema: Schema<T>, value: unknown): value is T {
  return check(schema, value).ok;
}
