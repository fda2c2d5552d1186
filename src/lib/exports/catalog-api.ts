/**
 * The catalog API: `/api/catalog.json`, `/api/standards.json` and `/api/ctdl-urls.txt`, made from
 * the same validated content and visibility rules as the pages, so a platform reads exactly what the
 * build shows. Pure functions over plain data; every URL is absolute, from the configured site.
 * Output is byte-stable: keys in a fixed order, no timestamps, 2-space JSON with a final newline.
 */
import type { Credential, Program, Stack, StandardsFramework } from '../../../schemas/index.ts';
import { findLevel, pathwayName } from '../content/program.ts';
import { credentialFacetValues, facetContext, FACETS } from '../site/search-facets.ts';
import { catalogLastUpdated, standardAnchor, type CredentialBundle } from '../site/site-model.ts';
import type { BuildMode } from '../site/visibility.ts';
import { exportUrls } from './export-urls.ts';

/** Where the API files live on the site. */
export const API_PATHS = {
  catalog: '/api/catalog.json',
  standards: '/api/standards.json',
  ctdlUrls: '/api/ctdl-urls.txt',
} as const;

/** A credential's page, printable pages and export files, as absolute URLs. */
function credentialLinks(id: string, site: URL) {
  const urls = exportUrls(site);
  return {
    page: urls.credentialPage(id),
    onePager: urls.onePagerPage(id),
    rubric: urls.rubricPage(id),
    achievement: urls.achievement(id),
    ctdl: urls.credentialCtdl(id),
  };
}

/** What the API endpoints are computed from: the build's data, already filtered by visibility. */
export interface CatalogApiInput {
  mode: BuildMode;
  program: Program;
  frameworks: StandardsFramework[];
  stacks: Stack[];
  /** The credentials the build lists (`isListed`), in catalog order. */
  bundles: CredentialBundle[];
  /** Every credential with a page in this build (`hasPage`): listed ones plus retired ones. */
  pageCredentials: Credential[];
  site: URL;
}

export function catalogApi(input: CatalogApiInput) {
  const { mode, program, frameworks, stacks, bundles, pageCredentials, site } = input;
  const context = facetContext(bundles, program, frameworks, stacks);
  const listed = new Set(bundles.map((bundle) => bundle.credential.id));
  const urls = exportUrls(site);
  return {
    name: program.name,
    owner: program.owner,
    build: mode,
    site: urls.home,
    lastUpdated: catalogLastUpdated(bundles.map((bundle) => bundle.credential)) || null,
    links: {
      catalog: urls.page('catalog/'),
      standards: urls.page(API_PATHS.standards.slice(1)),
      ctdlUrls: urls.page(API_PATHS.ctdlUrls.slice(1)),
      organization: urls.organizationCtdl,
    },
    facets: FACETS.map((facet) => ({ id: facet.id, label: facet.label })),
    credentials: bundles.map((bundle) => {
      const { credential } = bundle;
      return {
        id: credential.id,
        code: credential.code,
        title: credential.title,
        level: credential.level,
        levelName: findLevel(program, credential.level)?.name ?? null,
        pathway: credential.pathway,
        pathwayName: pathwayName(program, credential.pathway),
        alsoServes: credential.alsoServes,
        summary: credential.summary,
        estimatedHours: { min: credential.estimatedHours.min, max: credential.estimatedHours.max },
        status: credential.status,
        version: credential.version,
        facets: credentialFacetValues(bundle, context),
        links: credentialLinks(credential.id, site),
      };
    }),
    // Retired credentials are no longer listed, but keep their page and exports so old links work.
    retired: pageCredentials
      .filter((credential) => credential.status === 'retired')
      .map((credential) => ({
        id: credential.id,
        code: credential.code,
        title: credential.title,
        version: credential.version,
        replacedBy: credential.replacedBy ?? null,
        links: credentialLinks(credential.id, site),
      })),
    stacks: stacks.map((stack) => ({
      id: stack.id,
      title: stack.title,
      pathway: stack.pathway,
      description: stack.description,
      credentials: stack.credentials,
      unlisted: stack.credentials.filter((id) => !listed.has(id)),
      links: { page: urls.stackPage(stack.id), achievement: urls.stackAchievement(stack.id) },
    })),
  };
}

export type CatalogApi = ReturnType<typeof catalogApi>;

/** The standards registry, each item with the listed credentials that address it. */
export function standardsApi(input: Pick<CatalogApiInput, 'frameworks' | 'bundles' | 'site'>) {
  const { frameworks, bundles, site } = input;
  const urls = exportUrls(site);
  return {
    frameworks: frameworks.map((framework) => ({
      id: framework.id,
      name: framework.name,
      shortName: framework.shortName,
      publisher: framework.publisher,
      year: framework.year,
      audience: framework.audience,
      url: framework.url,
      license: framework.license,
      page: urls.page(`standards/${framework.id}/`),
      items: framework.items.map((item) => ({
        code: item.code,
        label: item.label ?? null,
        parent: item.parent ?? null,
        uri: item.uri ?? null,
        gradeBand: item.gradeBand ?? null,
        page: urls.page(`standards/${framework.id}/#${standardAnchor(item.code)}`),
        credentials: bundles
          .filter((bundle) =>
            (bundle.alignment?.alignments ?? []).some((entry) => entry.framework === framework.id && entry.code === item.code),
          )
          .map(({ credential }) => ({ id: credential.id, code: credential.code })),
      })),
    })),
  };
}

export type StandardsApi = ReturnType<typeof standardsApi>;

/**
 * What the Credential Registry publish workflow sends: the CTDL of every published credential. Only
 * `published` counts, in any build mode, so the registry never receives a draft, a credential in
 * review or a retired one, even from a preview build. The organization record is not sent: the
 * publish action sets every credential's owner to LDOE's own CTID in the registry, and publishing
 * /organization/ctdl.json (whose CTID is derived here) would add a second LDOE organization.
 */
export function ctdlUrls(credentials: Credential[], site: URL): string {
  const urls = exportUrls(site);
  return credentials
    .filter((credential) => credential.status === 'published')
    .map((credential) => `${urls.credentialCtdl(credential.id)}\n`)
    .join('');
}
