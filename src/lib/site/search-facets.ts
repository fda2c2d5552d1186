/**
 * The catalog's search facets, defined once: the values each credential page declares to Pagefind
 * and the filter checkboxes on the catalog are built from the same function, so they always match.
 * Only filters that help a teacher choose are offered: a value every listed credential carries would
 * narrow nothing, so it is left out, and a facet left with no value is left out too.
 */
import type { Program, Stack, StandardsFramework } from '../../../schemas/index.ts';
import { programLabels } from '../content/program.ts';
import { evidenceTypes, servedPathways, type CredentialBundle } from './site-model.ts';

export const FACETS = [
  { id: 'level', label: 'Level' },
  { id: 'pathway', label: 'Pathway' },
  { id: 'stack', label: 'Counts toward' },
  { id: 'hours', label: 'Time it takes' },
  { id: 'evidence', label: 'Evidence you submit' },
  { id: 'framework', label: 'Standards framework' },
  { id: 'standard', label: 'Standard' },
] as const;

export type FacetId = (typeof FACETS)[number]['id'];

/** Facets with long lists show this many values before a "more" disclosure. */
const VISIBLE_VALUES = 8;

/**
 * Most values of one facet the catalog page holds. Past that (standards multiply as credentials cite
 * more of them), the page holds the first VISIBLE_VALUES and the catalog's script loads the others,
 * from /catalog/facets.json, when a teacher opens "N more" or a link ticks one of them.
 */
export const FACET_VALUES_IN_PAGE = 40;

/** What every facet value is computed against: the program, the frameworks and the listed credentials' hours. */
export interface FacetContext {
  program: Program;
  frameworks: StandardsFramework[];
  /** The micro-endorsements, so a teacher can find what counts toward one. */
  stacks: Stack[];
  /** The hour limits a teacher can filter by: each listed credential's most hours, smallest first. */
  hourLimits: number[];
}

export function facetContext(
  bundles: CredentialBundle[],
  program: Program,
  frameworks: StandardsFramework[],
  stacks: Stack[],
): FacetContext {
  const hourLimits = [...new Set(bundles.map((bundle) => bundle.credential.estimatedHours.max))].sort((a, b) => a - b);
  return { program, frameworks, stacks, hourLimits };
}

/** A level as the level filter names it, and as a catalog address carries it: `Level 2`. */
export const levelValue = (level: number) => `Level ${level}`;

/** The catalog's address with these filters ticked, e.g. `/catalog/?level=Level+1` (root-relative). */
export function catalogFilterPath(filters: Partial<Record<FacetId, string[]>>): string {
  const params = new URLSearchParams();
  for (const facet of FACETS) for (const value of filters[facet.id] ?? []) params.append(facet.id, value);
  return params.size > 0 ? `/catalog/?${params}` : '/catalog/';
}

/** "Up to N hours" holds every credential that needs at most N hours, as its cards say. */
const hourLimitLabel = (hours: number) => `Up to ${hours} hours`;

const frameworkName = (context: FacetContext, id: string) => context.frameworks.find((framework) => framework.id === id)?.shortName ?? id;

/** The standard facet's value for a standard, `NGSS HS-ETS1-3`: what a catalog link filters by (`?standard=`). */
export const standardFacetValue = (frameworkShortName: string, code: string) => `${frameworkShortName} ${code}`;

/** The filter values one credential carries, per facet. */
export function credentialFacetValues(bundle: CredentialBundle, context: FacetContext): Record<FacetId, string[]> {
  const { credential, alignment } = bundle;
  const { program } = context;
  const entries = alignment?.alignments ?? [];
  return {
    level: [levelValue(credential.level)],
    pathway: servedPathways(credential, program).map((id) => program.pathways.find((pathway) => pathway.id === id)?.name ?? id),
    stack: context.stacks.filter((stack) => stack.credentials.includes(credential.id)).map((stack) => stack.title),
    hours: context.hourLimits.filter((limit) => credential.estimatedHours.max <= limit).map(hourLimitLabel),
    evidence: evidenceTypes(credential).map(programLabels(program).evidence),
    framework: [...new Set(entries.map((entry) => frameworkName(context, entry.framework)))],
    standard: [...new Set(entries.map((entry) => standardFacetValue(frameworkName(context, entry.framework), entry.code)))],
  };
}

export interface FacetValue {
  /** What the page declares to Pagefind and the URL carries. */
  value: string;
  label: string;
  /** A short description shown with the label: a standard's plain-words label. */
  detail?: string | undefined;
  count: number;
}

export interface FacetView {
  id: FacetId;
  label: string;
  /** How the counts are made, where they could mislead (pathways add up to more than the catalog). */
  note?: string | undefined;
  visible: number;
  /** How many of the values the page itself holds; the rest are loaded on demand. */
  inPage: number;
  values: FacetValue[];
}

/** Every facet that narrows the list, with its values in a reading order and how many credentials carry each. */
export function searchFacets(bundles: CredentialBundle[], context: FacetContext): FacetView[] {
  const { program } = context;
  const perCredential = bundles.map((bundle) => credentialFacetValues(bundle, context));
  const order: Record<FacetId, (values: string[]) => string[]> = {
    level: (values) => values.sort(),
    pathway: (values) => program.pathways.map((pathway) => pathway.name).filter((name) => values.includes(name)),
    stack: (values) => context.stacks.map((stack) => stack.title).filter((title) => values.includes(title)),
    hours: (values) => context.hourLimits.map(hourLimitLabel).filter((label) => values.includes(label)),
    evidence: (values) => values.sort(),
    framework: (values) => values.sort(),
    standard: (values) => values.sort((a, b) => a.localeCompare(b, 'en', { numeric: true })),
  };
  const standardLabels = new Map<string, string | undefined>(
    context.frameworks.flatMap((framework) =>
      framework.items.map((item) => [standardFacetValue(framework.shortName, item.code), item.label] as const),
    ),
  );
  const sharedCount = bundles.filter((bundle) => servedPathways(bundle.credential, program).length === program.pathways.length).length;
  const notes: Partial<Record<FacetId, string | undefined>> = {
    pathway:
      sharedCount > 0
        ? `A credential counts under every pathway it serves: the ${sharedCount} that serve all pathways count under each.`
        : undefined,
  };
  return FACETS.flatMap((facet) => {
    const counts = new Map<string, number>();
    for (const values of perCredential) for (const value of values[facet.id]) counts.set(value, (counts.get(value) ?? 0) + 1);
    const values = order[facet.id]([...counts.keys()])
      .filter((value) => counts.get(value)! < bundles.length)
      .map((value) => ({
        value,
        label: value,
        detail: facet.id === 'standard' ? standardLabels.get(value) : undefined,
        count: counts.get(value)!,
      }));
    if (values.length === 0) return [];
    const long = values.length > FACET_VALUES_IN_PAGE;
    const visible = facet.id === 'standard' || long ? Math.min(VISIBLE_VALUES, values.length) : values.length;
    const inPage = long ? visible : values.length;
    return [{ id: facet.id, label: facet.label, note: notes[facet.id], visible, inPage, values }];
  });
}

/** The values each facet leaves out of the catalog page, which /catalog/facets.json carries (only facets that leave some out). */
export function valuesOnDemand(facets: FacetView[]): Partial<Record<FacetId, FacetValue[]>> {
  return Object.fromEntries(
    facets.filter((facet) => facet.inPage < facet.values.length).map((facet) => [facet.id, facet.values.slice(facet.inPage)]),
  );
}
