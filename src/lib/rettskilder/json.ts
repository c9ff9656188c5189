/**
 * The register as published JSON (/rettskilder.json), so other intranet pages
 * can link to an article, a law or a case, and its JSON Schema
 * (/rettskilder.schema.json). Pure: entries and structure are handed in.
 */
import { STATUSES, type RegisterEntry } from './register';
import type { GdprStructure } from './structure';

const REGISTER_JSON_FORMAT = 'some-veilederen/rettskilder';
const REGISTER_JSON_VERSION = 1;

function withBase(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}${path}`;
}

export function registerJson(entries: readonly RegisterEntry[], structure: GdprStructure, base = '/') {
  const articles = entries.filter((e) => e.kind === 'gdpr');
  return {
    format: REGISTER_JSON_FORMAT,
    version: REGISTER_JSON_VERSION,
    articles: articles.map((e) => {
      const chapter = structure.chapterOf.get(e.article!)!;
      const section = structure.sectionOf.get(e.article!);
      return {
        number: e.article!,
        heading: e.title,
        chapter: { number: chapter.roman, heading: chapter.heading, url: withBase(base, `/gdpr/${chapter.slug}/`) },
        ...(section ? { section: { number: section.id, heading: section.heading } } : {}),
        status: e.status,
        checked: e.checked || null,
        summary: e.brief,
        relevantForMunicipality: e.relevant,
        url: withBase(base, e.path),
        sources: e.sources.map((s) => ({ label: s.label, url: s.href })),
      };
    }),
    laws: entries
      .filter((e) => e.kind === 'lov')
      .map((e) => ({
        id: e.id,
        name: e.short,
        title: e.title,
        status: e.status,
        checked: e.checked,
        summary: e.brief,
        url: withBase(base, e.path),
        sources: e.sources.map((s) => ({ label: s.label, url: s.href })),
      })),
    cases: entries
      .filter((e) => e.kind === 'dom')
      .map((e) => ({
        id: e.id,
        number: e.short,
        court: e.court!,
        name: e.caseName!,
        title: e.title,
        date: e.date!,
        status: e.status,
        checked: e.checked,
        summary: e.brief,
        ...(e.note ? { note: e.note } : {}),
        url: withBase(base, e.path),
        sources: e.sources.map((s) => ({ label: s.label, url: s.href })),
      })),
  };
}

const text = { type: 'string', minLength: 1 } as const;
const date = { type: 'string', format: 'date' } as const;
const status = { enum: [...STATUSES] } as const;
const url = { type: 'string', pattern: '^/' } as const;
const sources = {
  type: 'array',
  minItems: 1,
  items: {
    type: 'object',
    additionalProperties: false,
    required: ['label', 'url'],
    properties: { label: text, url: { type: 'string', format: 'uri', pattern: '^https://' } },
  },
} as const;

export function registerJsonSchema() {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'rettskilder.schema.json',
    title: 'SoMe-veilederen: rettskilderegisteret',
    description:
      'Artiklene i personvernforordningen, norske lover og dommer og avgjørelser i rettskilderegisteret, med status, sist kontrollert, kort sammendrag og adresse.',
    type: 'object',
    additionalProperties: false,
    required: ['format', 'version', 'articles', 'laws', 'cases'],
    properties: {
      format: { const: REGISTER_JSON_FORMAT },
      version: { const: REGISTER_JSON_VERSION },
      articles: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['number', 'heading', 'chapter', 'status', 'checked', 'summary', 'relevantForMunicipality', 'url', 'sources'],
          properties: {
            number: { type: 'integer', minimum: 1, maximum: 99 },
            heading: text,
            chapter: {
              type: 'object',
              additionalProperties: false,
              required: ['number', 'heading', 'url'],
              properties: { number: { type: 'string', pattern: '^(I|II|III|IV|V|VI|VII|VIII|IX|X|XI)$' }, heading: text, url },
            },
            section: {
              type: 'object',
              additionalProperties: false,
              required: ['number', 'heading'],
              properties: { number: { type: 'string', pattern: '^[IVX]+\\.\\d$' }, heading: text },
            },
            status,
            checked: { anyOf: [date, { type: 'null' }] },
            summary: text,
            relevantForMunicipality: { type: 'boolean' },
            url,
            sources,
          },
        },
      },
      laws: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['id', 'name', 'title', 'status', 'checked', 'summary', 'url', 'sources'],
          properties: {
            id: { type: 'string', pattern: '^lover/[a-z0-9-]+$' },
            name: text,
            title: text,
            status,
            checked: date,
            summary: text,
            url,
            sources,
          },
        },
      },
      cases: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['id', 'number', 'court', 'name', 'title', 'date', 'status', 'checked', 'summary', 'url', 'sources'],
          properties: {
            id: { type: 'string', pattern: '^dommer/[a-z0-9-]+$' },
            number: text,
            court: text,
            name: text,
            title: text,
            date,
            status,
            checked: date,
            summary: text,
            note: text,
            url,
            sources,
          },
        },
      },
    },
  };
}
