/**
 * Reading the fields of a register entry from parsed YAML, with a Norwegian
 * message that says where the entry is when a field is missing or wrong. Pure.
 */
import { parseDay } from '../dates';

export type Obj = Record<string, unknown>;

export function list(value: unknown, file: string): Obj[] {
  if (!Array.isArray(value)) throw new Error(`content/rettskilder/${file}.yaml: forventet en liste med oppføringer`);
  return value.map((item, i) => {
    if (typeof item !== 'object' || item === null) {
      throw new Error(`content/rettskilder/${file}.yaml: oppføring ${i + 1} er ikke et objekt`);
    }
    return item as Obj;
  });
}

export function text(item: Obj, key: string, where: string): string {
  const value = item[key];
  if (typeof value !== 'string' || value.trim() === '') {
    throw new Error(`${where}: feltet «${key}» mangler eller er tomt`);
  }
  return value.trim();
}

export function optionalText(item: Obj, key: string, where: string): string | undefined {
  return item[key] === undefined ? undefined : text(item, key, where);
}

export function strings(item: Obj, key: string, where: string): string[] {
  const value = item[key] ?? [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' && typeof v !== 'number')) {
    throw new Error(`${where}: feltet «${key}» må være en liste med ord`);
  }
  return value.map(String);
}

export function numbers(item: Obj, key: string, where: string, max: number): number[] {
  const value = item[key] ?? [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > max)) {
    throw new Error(`${where}: feltet «${key}» må være en liste med tall fra 1 til ${max}`);
  }
  return value as number[];
}

function day(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

export function isoDate(item: Obj, key: string, where: string): string {
  const s = day(item[key]);
  if (!parseDay(s)) throw new Error(`${where}: «${key}» må være en gyldig dato skrevet ÅÅÅÅ-MM-DD`);
  return s;
}

export function url(item: Obj, key: string, where: string): string {
  const value = text(item, key, where);
  if (!/^https:\/\/[^\s]+$/.test(value)) throw new Error(`${where}: «${key}» må være en https-adresse`);
  return value;
}
