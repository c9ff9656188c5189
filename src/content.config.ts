import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { readFileSync } from 'node:fs';
import { loadRegister } from './plugins/rettskilder-data';
import { STATUSES } from './lib/rettskilder/register';
import { scenarioSchema } from './lib/risk/scenario-schema';

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
    loader: () => [{ id: 'nb', ...(JSON.parse(readFileSync('./content/i18n/nb.json', 'utf8')) as Record<string, unknown>) }],
    schema: i18nSchema(),
  }),
  // The checklists (content/sjekklister/*.yaml), one file per list, in file-name order.
  // The entry id is the list's own `id`, used as anchor on the tools page.
  sjekklister: defineCollection({
    loader: glob({
      base: './content/sjekklister',
      pattern: '*.yaml',
      generateId: ({ entry, data }) => (typeof data.id === 'string' ? data.id : entry.replace(/\.yaml$/, '')),
    }),
    schema: z.object({
      id: z.string().regex(/^[a-z0-9-]{1,64}$/),
      title: z.string().min(1),
      chapter: z.string().min(1),
      intro: z.string().min(1),
      items: z
        .array(
          z.object({
            id: z.string().regex(/^[a-z0-9-]{1,64}$/),
            question: z.string().min(1),
            why: z.string().min(1),
            link: z.string().startsWith('/'),
            articles: z.array(z.string().min(1)),
          }),
        )
        .min(1),
    }),
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
  // The register of legal sources (content/rettskilder/*.yaml): the GDPR's 99
  // articles (gdpr.yaml 1–43, gdpr-44-99.yaml 44–99), Norwegian laws and cases,
  // keyed by their page path ("gdpr/artikkel-35", "lover/arkivlova",
  // "dommer/c-311-18"). loadRegister checks headings, statuses, dates and ids and
  // fails the build on an error. The same reader feeds the link plugin and the
  // sidebar, so they always agree.
  rettskilder: defineCollection({
    loader: () => loadRegister(),
    schema: z.object({
      kind: z.enum(['gdpr', 'lov', 'dom']),
      path: z.string().startsWith('/').endsWith('/'),
      short: z.string().min(1),
      title: z.string().min(1),
      heading: z.string().min(1),
      tooltip: z.string().min(1),
      brief: z.string().min(1),
      summary: z.string().min(1).optional(),
      forMunicipality: z.string().min(1).optional(),
      aliases: z.array(z.string().min(1)),
      status: z.enum(STATUSES),
      checked: z.string(),
      sources: z.array(z.object({ label: z.string().min(1), href: z.url() })).min(1),
      relevant: z.boolean(),
      related: z.array(z.number().int()),
      recitals: z.array(z.number().int()),
      article: z.number().int().optional(),
      chapter: z.string().optional(),
      section: z.string().optional(),
      caseName: z.string().optional(),
      date: z.string().optional(),
      court: z.string().optional(),
      note: z.string().optional(),
      file: z.string(),
      order: z.number(),
    }),
  }),
  // The scenario bank: one YAML file per scenario (content/scenarier/<id>.yaml),
  // checked with the same schema the unit tests use.
  scenarier: defineCollection({
    loader: glob({ base: './content/scenarier', pattern: '*.yaml' }),
    schema: scenarioSchema,
  }),
};
