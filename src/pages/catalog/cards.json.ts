/**
 * Every listed credential's card, in catalog order: what the catalog's search script renders a
 * result from when the page it is on does not hold that card. Fetched only when a search or a filter
 * needs it; the cards come from the same cardData() as the server-rendered ones.
 */
import type { APIRoute } from 'astro';
import { loadSiteData } from '../../data/site-data.ts';
import { cardData } from '../../lib/site/card-data.ts';

export const GET: APIRoute = async () => {
  const { credentials, program } = await loadSiteData();
  return new Response(JSON.stringify({ cards: credentials.map((credential) => cardData(credential, program)) }), {
    headers: { 'Content-Type': 'application/json' },
  });
};
