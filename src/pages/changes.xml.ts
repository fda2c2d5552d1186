import type { APIRoute } from 'astro';
import { loadSiteData } from '../data/site-data.ts';
import { changeEntries, renderAtomFeed } from '../lib/site/changelog-feed.ts';
import { sitePath } from '../lib/site/site-path.ts';

export const GET: APIRoute = async ({ site }) => {
  const { pageCredentials } = await loadSiteData();
  // The feed's addresses are absolute, under the base path the site is served from.
  const root = new URL(sitePath('/'), site);
  return new Response(renderAtomFeed(changeEntries(pageCredentials), root, 'Louisiana STEM Micro-Credentials: what changed'), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
};
