import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/**
 * The site's Content-Security-Policy, delivered by Astro's built-in CSP support
 * (`security.csp`) as a `<meta http-equiv="content-security-policy">` in every page.
 *
 * Astro hashes the scripts and styles it bundles itself. Starlight also writes a few
 * small scripts straight into every page (`<script is:inline>`: the theme provider,
 * the theme picker, the sidebar scroll restore and the search shortcut label). Astro
 * does not hash those, so we hash them here from Starlight's own component sources:
 * when Starlight changes them, the hashes follow. Scripts get no 'unsafe-inline'.
 *
 * Starlight also writes many `style="…"` attributes whose values depend on the page
 * (`--depth: 2;` in the sidebar, icon sizes, the hidden search shortcut). Those are
 * allowed with `style-src-attr 'unsafe-inline'` only: style attributes cannot run
 * code, and `<style>`/stylesheets stay limited to 'self' and Astro's hashes. The
 * browser tests (test/browser/hardening.spec.ts) fail on any CSP violation.
 */

/** Starlight components that contain `<script is:inline>` blocks rendered on every page. */
export const STARLIGHT_INLINE_SCRIPT_SOURCES = ['ThemeProvider.astro', 'ThemeSelect.astro', 'SidebarPersister.astro', 'Search.astro'];

/** The directives besides script-src and style-src, which Astro manages. */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** The text of every `<script is:inline …>` block in an Astro component's source. */
export function inlineScriptBodies(astroSource: string): string[] {
  const bodies: string[] = [];
  const pattern = /<script\b[^>]*\bis:inline\b[^>]*>([\s\S]*?)<\/script>/g;
  for (const match of astroSource.matchAll(pattern)) bodies.push(match[1]);
  return bodies;
}

/** A CSP source expression for the SHA-256 hash of a script or style text. */
export function cspHash(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/**
 * Where Starlight's component sources are, found the way Node finds the
 * package (through its `exports`), so it works whether or not node_modules
 * is hoisted.
 */
export function starlightComponentsDir(): URL {
  // "@astrojs/starlight/components" is dist/components.ts; the sources sit in dist/components/.
  return new URL('components/', import.meta.resolve('@astrojs/starlight/components'));
}

/** Reads Starlight's component sources and hashes their inline scripts. */
export function starlightInlineScriptHashes(componentsDir: URL = starlightComponentsDir()): `sha256-${string}`[] {
  const hashes = new Set<`sha256-${string}`>();
  for (const file of STARLIGHT_INLINE_SCRIPT_SOURCES) {
    const source = readFileSync(new URL(file, componentsDir), 'utf8');
    const bodies = inlineScriptBodies(source);
    if (bodies.length === 0) throw new Error(`CSP: fant ingen innebygde skript i Starlights ${file}`);
    for (const body of bodies) hashes.add(cspHash(body));
  }
  return [...hashes];
}

/** The value for `security.csp` in astro.config.mjs. */
export function contentSecurityPolicy() {
  return {
    algorithm: 'SHA-256' as const,
    directives: [...CSP_DIRECTIVES],
    scriptDirective: {
      resources: ["'self'"],
      hashes: starlightInlineScriptHashes(),
    },
    styleDirective: {
      resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' as const }],
    },
  };
}
