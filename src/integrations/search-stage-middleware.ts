/**
 * Build-time middleware (added by search-stage.ts for `astro build` only): hands each entry
 * page's HTML to the word splitting as soon as it is rendered, and passes the page on unchanged.
 */
import { defineMiddleware } from 'astro:middleware';
import { activeStager } from './search-stage-handoff.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const stager = activeStager();
  const file = stager && context.isPrerendered && response.status === 200 ? stager.fileFor(context.url.pathname) : null;
  if (!stager || file === null) return response;
  // A copy of the body: Astro writes the original to dist/ as it is.
  stager.take(file, await response.clone().text());
  return response;
});
