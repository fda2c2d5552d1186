/**
 * The catalog's search facets, defined once: the values each credential page declares to Pagefind
 * and the filter checkboxes on the catalog are built from the same function, so they always match.
 */
import type { Program, StandardsFramework } from '../../../schemas/index.ts';
import { programLabels } from '../content/program.ts';
import { HOUR_BANDS, evidenceTypes, hourBand, servedPathways, type CredentialBundle } from './site-model.ts';

export const FACETS = [
  { id: 'level', label: 'Level' },
  { id: 'pathway', label: 'Pathway' },
  { id: 'hours', label: 'Estimated hours' },
  { id: 'evidence', label: 'Evidence you submit' },
  { id: 'framework', label: 'Standards framework' },
  { id: 'standard', label: 'Standard code' },
] as const;

export type FacetId = (typeof FACETS)[number]['id'];

/** Facets with long lists show this many values before a "more" disclosure. */
const VISIBLE_VALUES = 8;

/** The filter values one credential carries, per facet. */
export function credentialFacetValues(
  bundle: CredentialBundle,
  program: Program,
  frameworks: StandardsFramework[],
): Record<FacetId, string[]> {
  const { credential, alignment } = bundle;
  const shortName = (id: string) => frameworks.find((framework) => framework.id === id)?.shortName ?? id;
  const entries = alignment?.alignments ?? [];
  return {
    level: [`Level ${credential.level}`],
    pathway: servedPathways(credential, program).map((id) => program.pathways.find((pathway) => pathway.id === id)?.name ?? id),
    hours: [hourBand(credential).label],
    evidence: evidenceTypes(credential).map(programLabels(program).evidence),
    framework: [...new Set(entries.map((entry) => shortName(entry.framework)))],
    standard: [...new Set(entries.map((entry) => `${shortName(entry.framework)} ${entry.code}`))],
  };
}

export interface FacetView {
  id: FacetId;
  label: string;
  visible: number;
  values: Array<{ value: string; label: string; count: number }>;
}

/** Every facet with every value that occurs, in a reading order, and how many credentials carry it. */
export function searchFacets(bundles: CredentialBundle[], program: Program, frameworks: StandardsFramework[]): FacetView[] {
  const perCredential = bundles.map((bundle) => credentialFacetValues(bundle, program, frameworks));
  const order: Record<FacetId, (values: string[]) => string[]> = {
    level: (values) => values.sort(),
    pathway: (values) => program.pathways.map((pathway) => pathway.name).filter((name) => values.includes(name)),
    hours: (values) => HOUR_BANDS.map((band) => band.label).filter((label) => values.includes(label)),
    evidence: (values) => values.sort(),
    framework: (values) => values.sort(),
    standard: (values) => values.sort((a, b) => a.localeCompare(b, 'en', { numeric: true })),
  };
  return FACETS.map((facet) => {
    const counts = new Map<string, number>();
    for (const values of perCredential) for (const value of values[facet.id]) counts.set(value, (counts.get(value) ?? 0) + 1);
    const values = order[facet.id]([...counts.keys()]).map((value) => ({ value, label: value, count: counts.get(value)! }));
    return { id: facet.id, label: facet.label, visible: facet.id === 'standard' ? VISIBLE_VALUES : values.length, values };
  });
}
