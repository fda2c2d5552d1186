/**
 * The filter values the catalog page leaves out of a long facet (see FACET_VALUES_IN_PAGE), with
 * their labels and counts, from the same searchFacets() as the page; the catalog's script loads them
 * when a teacher opens "N more" or a link ticks one of them.
 */
import type { APIRoute } from 'astro';
import { loadSiteData } from '../../data/site-data.ts';
import { facetContext, searchFacets, valuesOnDemand } from '../../lib/site/search-facets.ts';

export const GET: APIRoute = async () => {
  const { bundles, program, frameworks, stacks } = await loadSiteData();
  const facets = searchFacets(bundles, facetContext(bundles, program, frameworks, stacks));
  return new Response(JSON.stringify(valuesOnDemand(facets)), { headers: { 'Content-Type': 'application/json' } });
};
