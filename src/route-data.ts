import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { narrowRegisterSidebar } from './lib/register-sidebar';

/** Starlight's route middleware (astro.config.mjs, routeMiddleware): runs once per page at build time. */
export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  route.sidebar = narrowRegisterSidebar(route.sidebar);
});
