import type { APIRoute } from 'astro';
import { registerJsonSchema } from '../lib/rettskilder/json';

export const prerender = true;

/** The JSON Schema of /rettskilder.json. */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(registerJsonSchema(), null, 2) + '\n', {
    headers: { 'content-type': 'application/schema+json; charset=utf-8' },
  });
