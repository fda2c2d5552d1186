/** The credential in CTDL, as a JSON-LD @graph for the Credential Registry; one per credential page. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadExportCatalog } from '../../../data/export-catalog.ts';
import { loadSiteData } from '../../../data/site-data.ts';
import { buildCredentialCtdl } from '../../../lib/exports/ctdl.ts';
import { exportResponse } from '../../../lib/exports/export-urls.ts';

export const getStaticPaths = (async () => {
  const { pageCredentials } = await loadSiteData();
  return pageCredentials.map((credential) => ({ params: { id: credential.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const { pageBundles, stacks } = await loadSiteData();
  const bundle = pageBundles.find((candidate) => candidate.credential.id === params.id)!;
  return exportResponse(buildCredentialCtdl(bundle, stacks, await loadExportCatalog(site)));
};
