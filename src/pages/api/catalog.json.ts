/**
 * Every credential this build lists, with its facets, hours, status, version and links to its page,
 * printable pages and exports, plus the micro-endorsements: for platforms that show or award them.
 * Fields are documented in the README ("Catalog API").
 */
import type { APIRoute } from 'astro';
import { loadSiteData } from '../../data/site-data.ts';
import { catalogApi } from '../../lib/exports/catalog-api.ts';
import { exportJson } from '../../lib/exports/export-urls.ts';

export const GET: APIRoute = async ({ site }) => {
  const { mode, program, frameworks, stacks, bundles, pageCredentials } = await loadSiteData();
  return new Response(exportJson(catalogApi({ mode, program, frameworks, stacks, bundles, pageCredentials, site: site! })), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
