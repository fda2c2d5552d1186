/**
 * The CTDL files the Credential Registry publish workflow sends, one absolute URL a line: the
 * organization, then every published credential. Never a draft, even in a preview build.
 */
import type { APIRoute } from 'astro';
import { loadSiteData } from '../../data/site-data.ts';
import { ctdlUrls } from '../../lib/exports/catalog-api.ts';

export const GET: APIRoute = async ({ site }) => {
  const { pageCredentials } = await loadSiteData();
  return new Response(ctdlUrls(pageCredentials, site!), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
