/**
 * What the open-format exports need from the build: the site's address, the program, the standards
 * registry and which credentials have a page (and so exports) in this build mode.
 */
import type { ExportCatalog } from '../lib/exports/open-badges.ts';
import { loadSiteData } from './site-data.ts';

export async function loadExportCatalog(site: URL | undefined): Promise<ExportCatalog> {
  const { program, frameworks, pageCredentials } = await loadSiteData();
  if (!site) throw new Error('The exports need absolute addresses: set `site` in astro.config.mjs (SITE_URL).');
  return { site, program, frameworks, exported: new Set(pageCredentials.map((credential) => credential.id)) };
}
