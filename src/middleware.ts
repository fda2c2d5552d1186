/** Build-time only: a progress line every few hundred pages (src/lib/site/build-progress.ts). */
import { defineMiddleware } from 'astro:middleware';
import { pageRendered } from './lib/site/build-progress.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (context.isPrerendered && import.meta.env.PROD) {
    const line = pageRendered();
    if (line) console.log(line);
  }
  return response;
});
