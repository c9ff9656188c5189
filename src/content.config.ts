import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { readFileSync } from 'node:fs';

/**
 * The guide lives in `content/docs/` at the top of the project, not in
 * `src/content/docs/`. Starlight's own loader only knows the latter, so we use
 * Astro's glob loader with the same file pattern.
 */
export const collections = {
  docs: defineCollection({
    loader: glob({ base: './content/docs', pattern: '**/[^_]*.{md,mdx}' }),
    schema: docsSchema(),
  }),
  // Starlight's UI strings for bokmål, with our corrections (content/i18n/nb.json).
  // An inline loader gives entries without a file path, which Starlight keys by id.
  i18n: defineCollection({
    loader: async () => [
      { id: 'nb', ...JSON.parse(readFileSync('./content/i18n/nb.json', 'utf8')) },
    ],
    schema: i18nSchema(),
  }),
  // The glossary (content/ordliste/ordliste.yaml): one entry per term, keyed by
  // an ASCII slug of the term that pages and tools link to as /oppslag/ordliste/#<id>.
  ordliste: defineCollection({
    loader: file('./content/ordliste/ordliste.yaml'),
    schema: z.object({
      term: z.string().min(1),
      alias: z.array(z.string().min(1)).optional(),
      definisjon: z.string().min(1),
      se: z.array(z.string().min(1)).optional(),
      kapittel: z.string().startsWith('/').optional(),
    }),
  }),
};
