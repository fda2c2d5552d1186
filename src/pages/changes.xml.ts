import type { APIRoute } from 'astro';
import { loadSiteData } from '../data/site-data.ts';
import { changeEntries, renderAtomFeed } from '../lib/site/changelog-feed.ts';

export const GET: APIRoute = async ({ site }) => {
  const { pageCredentials } = await loadSiteData();
  return new Response(renderAtomFeed(changeEntries(pageCredentials), site!, 'Louisiana STEM Micro-Credentials: what changed'), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
};
