/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Unit tests (pure modules, node) and component tests (Preact in happy-dom).
// getViteConfig gives the tests the same Vite setup as the site (Preact JSX).
export default getViteConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
    environment: 'node',
    restoreMocks: true,
    setupFiles: ['test/support/vitest-setup.ts'],
    // A stylesheet an island links on demand (loadStylesheet, imported with `?url`: the risk
    // editor's CSS) gets its address, as in the build, and happy-dom reports it loaded without
    // fetching it, as a loaded stylesheet does in the browser.
    css: { include: [/\.css\?url$/] },
    environmentOptions: { happyDOM: { settings: { disableCSSFileLoading: true, handleDisabledFileLoadingAsSuccess: true } } },
  },
});
