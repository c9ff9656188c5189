import { describe, it, expect } from 'vitest';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import {
  inlineScriptBodies,
  cspHash,
  starlightComponentsDir,
  starlightInlineScriptHashes,
  contentSecurityPolicy,
  CSP_DIRECTIVES,
  STARLIGHT_INLINE_SCRIPT_SOURCES,
} from '../../src/plugins/csp';

describe('inlineScriptBodies', () => {
  it('finner teksten i hver <script is:inline>, uendret, og hopper over andre skript', () => {
    const source = [
      '<script is:inline>\n\tvar a = 1;\n</script>',
      '<script>import x from "y";</script>',
      '<script is:inline aria-hidden="true">(() => {})();</script>',
      '<script type="module" src="/a.js"></script>',
    ].join('\n');
    expect(inlineScriptBodies(source)).toEqual(['\n\tvar a = 1;\n', '(() => {})();']);
  });
  it('gir en tom liste når komponenten ikke har innebygde skript', () => {
    expect(inlineScriptBodies('<div>ingen skript</div><script>let b;</script>')).toEqual([]);
  });
});

describe('cspHash', () => {
  it('er SHA-256 i base64 av teksten, slik nettleseren regner den', () => {
    const expected = createHash('sha256').update('alert(1)').digest('base64');
    expect(cspHash('alert(1)')).toBe(`sha256-${expected}`);
    // Whitespace counts: a script with other whitespace has another hash.
    expect(cspHash('alert(1)\n')).not.toBe(cspHash('alert(1)'));
  });
});

describe('contentSecurityPolicy', () => {
  it('hasher Starlights innebygde skript og tillater aldri innebygde skript generelt', () => {
    const hashes = starlightInlineScriptHashes();
    expect(hashes.length).toBeGreaterThanOrEqual(4);
    for (const h of hashes) expect(h).toMatch(/^sha256-[A-Za-z0-9+/]{43}=$/);
    const csp = contentSecurityPolicy();
    expect(csp.scriptDirective.resources).toEqual(["'self'"]);
    expect(JSON.stringify(csp.scriptDirective)).not.toContain('unsafe');
    expect(csp.directives).toEqual(
      expect.arrayContaining([
        "default-src 'self'",
        "connect-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ]),
    );
    expect(csp.directives).toEqual([...CSP_DIRECTIVES]);
  });
});

describe('Starlights komponenter', () => {
  it('finnes gjennom pakkens exports (import.meta.resolve), ikke en fast sti i node_modules', () => {
    const dir = starlightComponentsDir();
    for (const file of STARLIGHT_INLINE_SCRIPT_SOURCES) expect(existsSync(new URL(file, dir)), file).toBe(true);
  });
});
