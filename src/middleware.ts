import { defineMiddleware } from 'astro:middleware';
import { fixSearchButtonName } from './lib/html-fixes';
import { wrapTablesForScrolling } from './lib/table-scroll';

/** Runs once per page at build time and applies the HTML corrections in lib/html-fixes. */
export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.includes('text/html')) return response;
  const html = await response.text();
  return new Response(wrapTablesForScrolling(fixSearchButtonName(html, 'Søk', 'Ctrl')), {
    status: response.status,
    headers: response.headers,
  });
});
