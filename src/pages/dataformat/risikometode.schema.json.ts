import type { APIRoute } from 'astro';
import { methodJsonSchema } from '../../lib/risk/method-file';

export const prerender = true;

/** The published JSON Schema of a risk method file, built from the same schemas the app validates with. */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(methodJsonSchema(), null, 2) + '\n', {
    headers: { 'content-type': 'application/schema+json; charset=utf-8' },
  });
