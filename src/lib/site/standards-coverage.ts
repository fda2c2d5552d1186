/**
 * What the standards pages show, bounded at any catalog size. The standards index summarizes each
 * framework; a framework's page lists its standards, each with a few of the credentials that
 * address it, and the first page of its alignment matrix; the rest of the matrix, and every
 * credential behind a standard, come on pages of a fixed size. So a page grows with the framework's
 * list of standards, never with the number of credentials.
 */
import type { Alignment, Program, StandardsFramework } from '../../../schemas/index.ts';
import { pathwayGroups, type PathwayGroup } from '../content/program.ts';
import { paginate, type ListPage } from './listing.ts';
import { coverageMatrix, standardAnchor, standardSectionPath, type CredentialBundle } from './site-model.ts';

/** Credentials a framework page lists under each of its standards; the rest are on the standard's own pages. */
export const STANDARD_PREVIEW = 10;
/** Credentials on each page of one standard's full list. */
export const STANDARD_PAGE_SIZE = 25;
/** Credential columns on each page of a framework's alignment matrix: as many as fit a 1280 px screen. */
export const MATRIX_COLUMNS = 18;

type StandardItem = StandardsFramework['items'][number];

/** One credential that addresses a standard, with each of its alignments to it. */
export interface Citation {
  bundle: CredentialBundle;
  alignments: Alignment[];
}

const alignmentsTo = (bundle: CredentialBundle, frameworkId: string, code: string) =>
  (bundle.alignment?.alignments ?? []).filter((entry) => entry.framework === frameworkId && entry.code === code);

/** The credentials that address one standard, in catalog order, each once. */
export function citationsOf(frameworkId: string, code: string, bundles: CredentialBundle[]): Citation[] {
  return bundles.flatMap((bundle) => {
    const alignments = alignmentsTo(bundle, frameworkId, code);
    return alignments.length > 0 ? [{ bundle, alignments }] : [];
  });
}

/** The credentials that address at least one listed standard of the framework, in catalog order. */
export function citingCredentials(framework: StandardsFramework, bundles: CredentialBundle[]): CredentialBundle[] {
  const rows = coverageMatrix([framework], bundles);
  return bundles.filter((bundle) => rows.some((row) => row.counts.has(bundle.credential.id)));
}

/** A framework in numbers, for the standards index. */
export interface FrameworkSummary {
  framework: StandardsFramework;
  /** Standards the registry lists for it. */
  listed: number;
  /** Of those, the ones at least one credential addresses. */
  addressed: number;
  /** Credentials that address at least one of its standards. */
  credentials: number;
  alignments: number;
  /** Listed standards no credential addresses yet. */
  unaddressed: StandardItem[];
}

export function frameworkSummary(framework: StandardsFramework, bundles: CredentialBundle[]): FrameworkSummary {
  const rows = coverageMatrix([framework], bundles);
  return {
    framework,
    listed: rows.length,
    addressed: rows.filter((row) => row.total > 0).length,
    credentials: citingCredentials(framework, bundles).length,
    alignments: rows.reduce((sum, row) => sum + row.total, 0),
    unaddressed: rows.filter((row) => row.total === 0).map((row) => row.item),
  };
}

/** Counts per pathway group: one number per column of `pathwayColumns()`, and their sum. */
export interface PathwayCounts {
  counts: number[];
  total: number;
}

/** The columns of a by-pathway table: the all-pathways group, then the pathways, as the program lists them. */
export const pathwayColumns = (program: Program): PathwayGroup[] => pathwayGroups(program);

/** How many of the given credentials each pathway group holds, by each credential's home pathway. */
export function countByPathway(bundles: CredentialBundle[], program: Program): PathwayCounts {
  const counts = pathwayColumns(program).map((group) => bundles.filter((bundle) => bundle.credential.pathway === group.id).length);
  return { counts, total: bundles.length };
}

/** One standard on its framework's page: a bounded preview of who addresses it, and how many do in all. */
export interface StandardSection {
  item: StandardItem;
  anchor: string;
  /** The first STANDARD_PREVIEW credentials, in catalog order. */
  shown: Citation[];
  /** Every credential that addresses it. */
  total: number;
  /** How many credentials of each pathway group address it. */
  byPathway: PathwayCounts;
}

export function standardSections(framework: StandardsFramework, bundles: CredentialBundle[], program: Program): StandardSection[] {
  return framework.items.map((item) => {
    const citations = citationsOf(framework.id, item.code, bundles);
    return {
      item,
      anchor: standardAnchor(item.code),
      shown: citations.slice(0, STANDARD_PREVIEW),
      total: citations.length,
      byPathway: countByPathway(
        citations.map((citation) => citation.bundle),
        program,
      ),
    };
  });
}

/** Whether a standard has pages of its own: only when its framework's page cannot list every credential. */
export const hasStandardPages = (section: Pick<StandardSection, 'total'>) => section.total > STANDARD_PREVIEW;

/** Every page of one standard's full list of credentials. */
export const standardPages = (frameworkId: string, code: string, bundles: CredentialBundle[]): ListPage<Citation>[] =>
  paginate(citationsOf(frameworkId, code, bundles), STANDARD_PAGE_SIZE);

/** One cell row of a matrix page: a standard and its alignments per credential column. */
export interface MatrixRow {
  item: StandardItem;
  anchor: string;
  /** Alignments per column, in the page's column order; 0 where the credential does not address it. */
  counts: number[];
  /** Alignments to the standard from every credential, on every page. */
  total: number;
}

/** One page of a framework's alignment matrix: every standard as a row, a bounded set of credentials as columns. */
export interface MatrixPage extends ListPage<CredentialBundle> {
  rows: MatrixRow[];
}

export function matrixPages(framework: StandardsFramework, bundles: CredentialBundle[]): MatrixPage[] {
  const rows = coverageMatrix([framework], bundles);
  return paginate(citingCredentials(framework, bundles), MATRIX_COLUMNS).map((page) => ({
    ...page,
    rows: rows.map((row) => ({
      item: row.item,
      anchor: standardAnchor(row.item.code),
      counts: page.items.map((bundle) => row.counts.get(bundle.credential.id) ?? 0),
      total: row.total,
    })),
  }));
}

/** Root-relative addresses of the standards pages, for sitePath(). */
export const standardsPaths = {
  index: '/standards/',
  framework: (frameworkId: string) => `/standards/${frameworkId}/`,
  section: standardSectionPath,
  /** The first page of a standard's full list; its name is the section's anchor, which never looks like a page number. */
  standard: (frameworkId: string, code: string) => `/standards/${frameworkId}/${standardAnchor(code)}/`,
};
