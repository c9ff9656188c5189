import type { APIRoute, GetStaticPaths } from 'astro';
import { publishedSchemas } from '../../lib/model/json-schema';

export const prerender = true;

/**
 * The JSON Schema of every published version, e.g. arbeidsomrade-v1.schema.json
 * and arbeidsomrade-v2.schema.json. Earlier versions are frozen files; the
 * current one is built from the schemas the app validates with.
 * (arbeidsomrade.schema.json, without a version, is always the current version.)
 */
export const getStaticPaths = (() =>
  publishedSchemas().map(({ path, schema }) => ({
    params: { file: path.replace(/^dataformat\//, '') },
    props: { schema },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify((props as { schema: unknown }).schema, null, 2) + '\n', {
    headers: { 'content-type': 'application/schema+json; charset=utf-8' },
  });
