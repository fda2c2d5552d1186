import type { APIRoute } from 'astro';
import { loadSiteData } from '../data/site-data.ts';
import { changeEntries, renderAtomFeed } from '../lib/site/changelog-feed.ts';
import { siteRoot } from '../lib/site/site-path.ts';

export const GET: APIRoute = async ({ site }) => {
  const { pageCredentials } = await loadSiteData();
  // The feed's addresses are absolute, under the base path the site is served from.
  return new Response(renderAtomFeed(changeEntries(pageCredentials), siteRoot(site!), 'Louisiana STEM Micro-Credentials: what changed'), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
};
