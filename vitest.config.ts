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
  },
});
