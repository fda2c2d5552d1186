/**
 * Every listed credential as the plan and compare pages need it (id, code, title, page, level,
 * hours, what comes first), in catalog order. Those pages fetch it only when there is a plan or a
 * comparison to show, so their HTML stays the same size whatever the size of the catalog.
 */
import type { APIRoute } from 'astro';
import { loadSiteData } from '../../data/site-data.ts';
import { planListing } from '../../lib/site/card-data.ts';

export const GET: APIRoute = async () => {
  const { credentials } = await loadSiteData();
  return new Response(JSON.stringify({ credentials: credentials.map(planListing) }), { headers: { 'Content-Type': 'application/json' } });
};
