/**
 * The words of the listed credentials, most frequent first, for the catalog's "did you mean". The
 * search script fetches it only when a query finds little.
 */
import type { APIRoute } from 'astro';
import { loadSiteData } from '../../data/site-data.ts';
import { buildVocabulary } from '../../lib/site/search-vocabulary.ts';

export const GET: APIRoute = async () => {
  const { credentials } = await loadSiteData();
  return new Response(JSON.stringify(buildVocabulary(credentials)), { headers: { 'Content-Type': 'application/json' } });
};
