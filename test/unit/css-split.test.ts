import { describe, expect, it } from 'vitest';
import { rewriteStarlightImports } from '../../src/plugins/starlight-user-components';
import { inlineStyles } from '../../src/plugins/chunks';

describe('Starlight-komponenter importeres hver for seg fra MDX', () => {
  it('skriver om en import fra samlefilen til én import per komponent', () => {
    const out = rewriteStarlightImports("import { Aside, Steps } from '@astrojs/starlight/components';\n\nTekst", '/sl/');
    expect(out).toBe("import Aside from '/sl/Aside.astro'; import Steps from '/sl/Steps.astro';\n\nTekst");
  });
  it('beholder Code på samlefilen og tar vare på alias', () => {
    const out = rewriteStarlightImports('import { Code, Card as Kort } from "@astrojs/starlight/components"', '/sl/');
    expect(out).toBe("import Kort from '/sl/Card.astro'; import { Code } from '@astrojs/starlight/components';");
  });
  it('lar annen tekst være', () => {
    const src = "import X from '~/components/X.astro';\n# Tittel";
    expect(rewriteStarlightImports(src, '/sl/')).toBe(src);
  });
});

describe('hvilke stilark som legges inn i siden', () => {
  it('bare de små stilarkene til Starlights komponenter', () => {
    expect(inlineStyles('_astro/Icon.qSKqIBwe.css')).toBe(true);
    expect(inlineStyles('_astro/Steps.INesMrRP.css')).toBe(true);
    expect(inlineStyles('_astro/docs.9NVMtFtx.css')).toBe(true);
    expect(inlineStyles('_astro/tools.CtHcoljz.css')).toBe(false);
    expect(inlineStyles('_astro/rapport.1R4wdJEr.css')).toBe(false);
    expect(inlineStyles('_astro/middleware.D1QZZiqI.css')).toBe(false);
    expect(inlineStyles('_astro/logo.CFU1u52p.svg')).toBeUndefined();
  });
});
