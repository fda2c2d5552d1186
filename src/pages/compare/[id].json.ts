/** One listed credential's column of the compare page; the page fetches it only when that credential is compared. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSiteData } from '../../data/site-data.ts';
import { compareColumn } from '../../lib/site/compare-data.ts';

export const getStaticPaths = (async () => {
  const { bundles } = await loadSiteData();
  return bundles.map((bundle) => ({ params: { id: bundle.credential.id }, props: { bundle } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { program, frameworks } = await loadSiteData();
  const { bundle } = props as { bundle: Parameters<typeof compareColumn>[0] };
  return new Response(JSON.stringify(compareColumn(bundle, program, frameworks)), { headers: { 'Content-Type': 'application/json' } });
};
