// @ts-check
// ESLint for SoMe-veilederen: `npm run lint` (eslint . --max-warnings 0), part of `npm run check`.
// typescript-eslint's recommendedTypeChecked with type-aware parsing of the TypeScript in src/ and
// test/, eslint-plugin-astro for .astro files, and eslint-config-prettier last (Prettier formats).
// Rules are not turned off to get green: fix the code, or disable one line with a comment saying why.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import prettierConfig from 'eslint-config-prettier';

export default defineConfig(
  // Build output, generated files and test artefacts.
  globalIgnores(['**/dist/', '**/dist-*/', '**/.astro/', 'test-results/', 'playwright-report/', 'bench-results/', '**/*.d.ts']),

  // Node globals for config files and scripts; the browser ones for the site's code.
  {
    languageOptions: {
      globals: { ...globals.nodeBuiltin },
    },
  },
  {
    // The site's code, and the bench script's functions that run in the page (page.evaluate).
    files: ['src/**', 'test/bench/bench.mjs'],
    languageOptions: {
      globals: { ...globals.browser },
    },
  },

  eslint.configs.recommended,

  // TypeScript: the recommended rules that need type information.
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: {
          // The two tool configs in the root are type-checked by test/tsconfig.json, which the
          // project service does not find on its own (it looks for the nearest tsconfig.json).
          allowDefaultProject: ['playwright.config.ts', 'vitest.config.ts'],
          defaultProject: 'test/tsconfig.json',
        },
        tsconfigRootDir: dirname(fileURLToPath(import.meta.url)),
      },
    },
  },

  // JavaScript (config files, scripts) and .astro files are linted without type information. In
  // .astro frontmatter, TypeScript alone (without Astro's language tools) types `Astro.props` and
  // imported .astro components as errors, so the type-aware rules would report false problems.
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  astro.configs['flat/recommended'],
  {
    files: ['**/*.astro', '**/*.astro/*.ts', '**/*.astro/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
  },

  {
    rules: {
      // Unused names are errors, except the ones marked unused on purpose with a leading `_` and
      // the siblings of a rest element (destructuring to leave a property out).
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          ignoreRestSiblings: true,
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
        },
      ],
    },
  },

  // Formatting is Prettier's job.
  prettierConfig,
);
