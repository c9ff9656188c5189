import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Islands import no CSS: a stylesheet imported by a Preact component was linked by Astro from
 * every page of the site (content pages then loaded the tools' styles). The page's wrapper
 * (*Tool.astro) or the MDX page imports the tool's stylesheets instead.
 */
const COMPONENTS = new URL('../../src/components/', import.meta.url).pathname;

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? tsxFiles(join(dir, entry.name)) : entry.name.endsWith('.tsx') ? [join(dir, entry.name)] : [],
  );
}

describe('øyene importerer ikke stilark', () => {
  const files = tsxFiles(COMPONENTS);
  it('finner komponentene', () => expect(files.length).toBeGreaterThan(40));
  it.each(files.map((f) => [f.slice(COMPONENTS.length), f]))('%s', (_name, file) => {
    expect(readFileSync(file, 'utf8')).not.toMatch(/^import\s+['"][^'"]+\.css['"]/m);
  });
});
