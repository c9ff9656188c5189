import type { APIRoute } from 'astro';
import { registerJson } from '../lib/rettskilder/json';
import { gdprStructure, registerEntries } from '../components/rettskilder/data';

export const prerender = true;

/** The register as JSON, for other intranet pages (schema: /rettskilder.schema.json). */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(registerJson(await registerEntries(), gdprStructure(), import.meta.env.BASE_URL), null, 2) + '\n', {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
