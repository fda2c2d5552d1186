/**
 * The validated content as the pages need it, loaded once per build from the Astro collections
 * (which the content gate has already checked) and joined with the shared site model.
 */
import { getCollection } from 'astro:content';
import { programLabels } from '../lib/content/program.ts';
import { catalogLastUpdated, type CredentialBundle } from '../lib/site/site-model.ts';
import { buildModeFrom, hasPage, isListed } from '../lib/site/visibility.ts';

const byLevelThenCode = (a: { level: number; code: string }, b: { level: number; code: string }) =>
  a.level - b.level || a.code.localeCompare(b.code, 'en', { numeric: true });

let cached: ReturnType<typeof load> | undefined;

/** Every page asks for the same data; it is assembled once per build. */
export function loadSiteData() {
  cached ??= load();
  return cached;
}

async function load() {
  const [credentialEntries, rubrics, alignments, frameworks, stacks, programEntries, pilots] = await Promise.all([
    getCollection('credentials'),
    getCollection('rubrics'),
    getCollection('alignments'),
    getCollection('standards'),
    getCollection('stacks'),
    getCollection('program'),
    getCollection('pilots'),
  ]);
  // The content gate refuses to build without a valid program file, so the entry is there.
  const program = programEntries[0]!.data;
  const mode = buildModeFrom(process.env);
  const all = credentialEntries.map((entry) => entry.data).sort(byLevelThenCode);
  const rubricOf = new Map(rubrics.map((entry) => [entry.id, entry.data]));
  const alignmentOf = new Map(alignments.map((entry) => [entry.id, entry.data]));
  const bundleOf = (credential: (typeof all)[number]): CredentialBundle => ({
    credential,
    rubric: rubricOf.get(credential.id),
    alignment: alignmentOf.get(credential.id),
  });
  const pageCredentials = all.filter((credential) => hasPage(credential, mode));
  const credentials = all.filter((credential) => isListed(credential, mode));
  return {
    mode,
    /** Listed in the catalog, search, map, pathways and standards pages. */
    credentials,
    bundles: credentials.map(bundleOf),
    /** Every credential that gets a page in this build (listed ones plus retired ones). */
    pageCredentials,
    pageBundles: pageCredentials.map(bundleOf),
    /** Every valid credential, shown or not: stacks and totals describe the whole program. */
    allCredentials: all,
    /** How many credentials the content holds but this build does not show. */
    unpublishedCount: all.length - pageCredentials.length,
    frameworks: frameworks.map((entry) => entry.data).sort((a, b) => a.name.localeCompare(b.name)),
    stacks: stacks.map((entry) => entry.data),
    program,
    /** The program's names for evidence types, formats and statuses. */
    labels: programLabels(program),
    /** In the order content/program.yaml gives them. */
    pathways: program.pathways,
    pilots: pilots.map((entry) => entry.data),
    lastUpdated: catalogLastUpdated(all),
  };
}

export type SiteData = Awaited<ReturnType<typeof load>>;
