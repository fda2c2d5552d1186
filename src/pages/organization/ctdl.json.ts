/** LDOE as a CTDL CredentialOrganization, which every credential's CTDL names as owner and offerer. */
import type { APIRoute } from 'astro';
import { loadExportCatalog } from '../../data/export-catalog.ts';
import { loadSiteData } from '../../data/site-data.ts';
import { buildOrganizationCtdl } from '../../lib/exports/ctdl.ts';
import { exportResponse } from '../../lib/exports/export-urls.ts';

export const GET: APIRoute = async ({ site }) => {
  const { pageCredentials } = await loadSiteData();
  return exportResponse(buildOrganizationCtdl(pageCredentials, await loadExportCatalog(site)));
};
