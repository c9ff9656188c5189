import type { APIRoute } from 'astro';
import { workspaceJsonSchema } from '../../lib/model/json-schema';

export const prerender = true;

/** The published JSON Schema of the export format, built from the same schemas the app validates with. */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(workspaceJsonSchema(), null, 2) + '\n', {
    headers: { 'content-type': 'application/schema+json; charset=utf-8' },
  });
