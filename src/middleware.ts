/** Build-time only: a progress line every few hundred pages (src/lib/site/build-progress.ts). */
import { defineMiddleware } from 'astro:middleware';
import { pageRendered } from './lib/site/build-progress.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  // Pages only: the data files (cards.json, compare/<id>.json...) are rendered too, but are not pages.
  if (context.isPrerendered && import.meta.env.PROD && response.headers.get('content-type')?.startsWith('text/html')) {
    const line = pageRendered();
    // Astro has written this page's address and appends its render time once the page is written:
    // the progress starts a line of its own, so it never lands in the middle of a page's address.
    if (line) process.stdout.write(`\n${line}`);
  }
  return response;
});
