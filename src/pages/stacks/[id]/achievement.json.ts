/** A micro-endorsement as an Open Badges 3.0 Achievement whose criteria name its member credentials. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadExportCatalog } from '../../../data/export-catalog.ts';
import { loadSiteData } from '../../../data/site-data.ts';
import { exportResponse } from '../../../lib/exports/export-urls.ts';
import { buildStackAchievement } from '../../../lib/exports/open-badges.ts';

// Every stack has a page in every build (src/pages/stacks/[id].astro), so every stack has its export.
export const getStaticPaths = (async () => {
  const { stacks } = await loadSiteData();
  return stacks.map((stack) => ({ params: { id: stack.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const { stacks, allCredentials } = await loadSiteData();
  const stack = stacks.find((candidate) => candidate.id === params.id)!;
  const members = stack.credentials.flatMap((id) => allCredentials.filter((credential) => credential.id === id));
  return exportResponse(buildStackAchievement(stack, members, await loadExportCatalog(site)));
};
