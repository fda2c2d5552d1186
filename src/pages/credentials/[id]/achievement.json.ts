/** The credential as an Open Badges 3.0 Achievement, for platforms that award it; one per credential page. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadExportCatalog } from '../../../data/export-catalog.ts';
import { loadSiteData } from '../../../data/site-data.ts';
import { exportResponse } from '../../../lib/exports/export-urls.ts';
import { buildAchievement } from '../../../lib/exports/open-badges.ts';

export const getStaticPaths = (async () => {
  const { pageCredentials } = await loadSiteData();
  return pageCredentials.map((credential) => ({ params: { id: credential.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const { pageBundles } = await loadSiteData();
  const bundle = pageBundles.find((candidate) => candidate.credential.id === params.id)!;
  return exportResponse(buildAchievement(bundle, await loadExportCatalog(site)));
};
