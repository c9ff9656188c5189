import { describe, it, expect } from 'vitest';
import { fnv1a64, assessmentFingerprint, canonicalHash, canonicalJson } from '../../src/lib/decisions/fingerprint';
import { emptyAssessment } from '../../src/lib/model/schema';

/** The reference: FNV-1a 64 with BigInt, byte by byte (the earlier implementation). */
function reference(input: string): string {
  let hash = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(input)) {
    hash ^= BigInt(byte);
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, '0');
}

/** mulberry32, so a failing input can be replayed from the seed. */
function seeded(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('fingeravtrykket (FNV-1a 64 på 16-biters lemmer)', () => {
  it('gir kjente FNV-1a-64-verdier', () => {
    expect(fnv1a64('')).toBe('cbf29ce484222325');
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c');
    expect(fnv1a64('foobar')).toBe('85944171f73967e8');
  });

  it('gir de samme verdiene som BigInt-utgaven for 500 tilfeldige tekster (frø 20261130)', () => {
    const random = seeded(20261130);
    const alphabet = 'abcæøåÆØÅ «»–{}":,0123456789\n\u{1F600}\u0000\uFFFF';
    // Lone surrogates too: TextEncoder (the reference) writes them as U+FFFD.
    const chars = [...alphabet, '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\u07FF', '\u0800'];
    for (let i = 0; i < 500; i++) {
      const length = Math.floor(random() * 300);
      let text = '';
      for (let j = 0; j < length; j++) text += chars[Math.floor(random() * chars.length)];
      expect(fnv1a64(text), `tekst nr. ${i}`).toBe(reference(text));
    }
  });

  it('gir det samme av verdien bit for bit som av hele den kanoniske teksten (300 tilfeldige verdier, frø 20261202)', () => {
    const random = seeded(20261202);
    const units = ['a', 'Ø', '«', '–', '\u{1F600}', '\uD800', '\uDFFF', '"', '\\', '\n', '\u0000'];
    const text = () => Array.from({ length: Math.floor(random() * 12) }, () => units[Math.floor(random() * units.length)]).join('');
    const value = (depth: number): unknown => {
      const pick = random();
      if (depth > 3 || pick < 0.3) return [text(), 42, -1.5, true, null][Math.floor(random() * 5)];
      if (pick < 0.6) return Array.from({ length: Math.floor(random() * 4) }, () => value(depth + 1));
      return Object.fromEntries(Array.from({ length: Math.floor(random() * 4) }, () => [text(), value(depth + 1)]));
    };
    for (let i = 0; i < 300; i++) {
      const v = value(0);
      const whole = canonicalJson(v);
      expect(canonicalHash(v), `verdi nr. ${i}: ${whole}`).toBe(reference(whole));
    }
  });

  it('regnes ut én gang per endring av vurderingen', () => {
    const a = emptyAssessment({ id: 'v-1', title: 'A', platform: 'Facebook', unit: 'Kultur', owner: '' }, new Date('2026-11-30T10:00:00Z'));
    const first = assessmentFingerprint(a);
    expect(assessmentFingerprint(a)).toBe(first);
    const changed = { ...a, title: 'B' };
    expect(assessmentFingerprint(changed)).not.toBe(first);
    expect(assessmentFingerprint({ ...a })).toBe(first);
  });

  it('gjenbruker teksten til uendrede risikoer, men ser en endret risiko', () => {
    const base = emptyAssessment(
      { id: 'v-2', title: 'A', platform: 'Facebook', unit: 'Kultur', owner: '' },
      new Date('2026-11-30T10:00:00Z'),
    );
    const risk = (i: number) => ({
      id: `r-${i}`,
      title: `Risiko ${i}`,
      nowLikelihood: null,
      nowConsequence: null,
      residualJustification: '',
    });
    const a = { ...base, risks: [risk(1), risk(2), risk(3)] } as unknown as typeof base;
    const first = assessmentFingerprint(a);
    // A new assessment object with the same risk objects (as after an edit elsewhere) reuses their text.
    expect(assessmentFingerprint({ ...a })).toBe(first);
    // The same content as fresh objects gives the same fingerprint.
    expect(assessmentFingerprint(structuredClone(a))).toBe(first);
    // One risk changed (a new object, as the store makes): a new fingerprint, the same as from fresh objects.
    const edited = { ...a, risks: a.risks.map((r, i) => (i === 1 ? { ...r, title: 'Endret' } : r)) };
    const second = assessmentFingerprint(edited);
    expect(second).not.toBe(first);
    expect(assessmentFingerprint(structuredClone(edited))).toBe(second);
  });
});
