/** The standards registry, each item with the credentials this build lists that address it. */
import type { APIRoute } from 'astro';
import { loadSiteData } from '../../data/site-data.ts';
import { standardsApi } from '../../lib/exports/catalog-api.ts';
import { exportJson } from '../../lib/exports/export-urls.ts';

export const GET: APIRoute = async ({ site }) => {
  const { frameworks, bundles } = await loadSiteData();
  return new Response(exportJson(standardsApi({ frameworks, bundles, site: site! })), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
