import { fileURLToPath } from 'node:url';

/**
 * MDX pages import Starlight's components from its barrel, e.g.
 *   import { Aside, Steps } from '@astrojs/starlight/components';
 * The barrel imports every component (Card, Tabs, Steps, Icon, …), and each brings its
 * stylesheet, so every page that imported only Aside was linked to the CSS of all of them
 * (three more stylesheets per page than bare Starlight). This rewrites such an import in
 * an .mdx file to one import per component from Starlight's own file, so a page loads the
 * CSS of the components it uses. `Code` (Expressive Code) stays on the barrel.
 */
const BARREL = /import\s*\{([^}]*)\}\s*from\s*['"]@astrojs\/starlight\/components['"];?/g;

/** The rewrite, on the text of an MDX file (exported for the unit test). */
export function rewriteStarlightImports(source: string, userComponentsDir: string): string {
  return source.replace(BARREL, (_all, names: string) => {
    const parts = names
      .split(',')
      .map((n) => n.trim())
      .filter(Boolean);
    const lines: string[] = [];
    const keep: string[] = [];
    for (const part of parts) {
      const [name, alias] = part.split(/\s+as\s+/).map((s) => s.trim());
      if (!/^[A-Z][A-Za-z]*$/.test(name) || name === 'Code') keep.push(part);
      else lines.push(`import ${alias ?? name} from '${userComponentsDir}${name}.astro';`);
    }
    if (keep.length) lines.push(`import { ${keep.join(', ')} } from '@astrojs/starlight/components';`);
    return lines.join(' ');
  });
}

export function starlightUserComponents() {
  const dir = fileURLToPath(new URL('../../node_modules/@astrojs/starlight/dist/user-components/', import.meta.url));
  return {
    name: 'some-veilederen:starlight-user-components',
    enforce: 'pre' as const,
    transform(code: string, id: string) {
      if (!id.split('?')[0].endsWith('.mdx') || !code.includes('@astrojs/starlight/components')) return null;
      const out = rewriteStarlightImports(code, dir);
      return out === code ? null : { code: out, map: null };
    },
  };
}
