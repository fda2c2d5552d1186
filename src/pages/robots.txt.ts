/**
 * robots.txt: the public catalog invites crawlers and names its sitemap; a preview build (drafts and
 * credentials in review) turns every crawler away and has no sitemap, on top of its pages' noindex.
 */
import type { APIRoute } from 'astro';
import { loadSiteData } from '../data/site-data.ts';
import { exportUrls } from '../lib/exports/export-urls.ts';

export const GET: APIRoute = async ({ site }) => {
  const { mode } = await loadSiteData();
  const body =
    mode === 'preview'
      ? 'User-agent: *\nDisallow: /\n'
      : `User-agent: *\nAllow: /\n\nSitemap: ${exportUrls(site!).page('sitemap-index.xml')}\n`;
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
