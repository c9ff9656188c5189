import { describe, it, expect } from 'vitest';
import { backupFileName } from '../../src/lib/workspace/root';

describe('backupFileName (src/lib/workspace/root.ts)', () => {
  it('names the file after the time of the backup and the key it came from, without the prefix and version', () => {
    const at = '2026-12-02T17:34:47.123Z';
    expect(
      backupFileName({
        key: `some-veilederen:backup:${at}:some-veilederen:risikometode:v1`,
        originalKey: 'some-veilederen:risikometode:v1',
        at,
      }),
    ).toBe('sikkerhetskopi-2026-12-02T17-34-47-risikometode-v1.txt');
    expect(backupFileName({ key: 'x', originalKey: 'some-veilederen:v5:vurdering:v-abc', at })).toBe(
      'sikkerhetskopi-2026-12-02T17-34-47-vurdering-v-abc.txt',
    );
  });

  it('gives a name with only safe characters, whatever the key holds', () => {
    const name = backupFileName({ key: 'x', originalKey: 'some-veilederen:v5:utkast:skjema:../../é ø', at: '2026-12-02T17:34:47Z' });
    expect(name).toMatch(/^sikkerhetskopi-2026-12-02T17-34-47-[A-Za-z0-9_-]+\.txt$/);
  });
});
