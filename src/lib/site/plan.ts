/**
 * "My plan": the credentials a teacher means to earn over one school year, which term each falls in,
 * the order to earn them in, the hours that adds up to and what is missing. Pure functions over plain
 * data, shared by the plan page (built on the server) and its script (in the browser), so nothing
 * here may import Node modules. A plan travels as a query string, `c=id1,id2&t=fall,spring`, both in
 * a shared link and in the browser's storage, and is always read back through `parsePlan`, which
 * drops what it cannot trust: unknown ids, repeats and terms that do not exist.
 */

/** The parts of a Louisiana school year a teacher can plan for, in the order they come. */
export const TERMS = [
  { id: 'summer-before', label: 'Summer before school (June–July)', short: 'Summer before school' },
  { id: 'fall', label: 'Fall semester (August–December)', short: 'Fall semester' },
  { id: 'spring', label: 'Spring semester (January–May)', short: 'Spring semester' },
  { id: 'summer-after', label: 'Summer after the school year (June–July)', short: 'Summer after the year' },
] as const;

export type TermId = (typeof TERMS)[number]['id'];

/** Where a newly added credential goes until the teacher moves it. */
export const DEFAULT_TERM: TermId = 'fall';

/** Most credentials a plan or a link may hold: every credential of a large catalog, and no more. */
export const MAX_PLAN_SIZE = 40;

/** How many credentials the compare page puts side by side. */
export const MAX_COMPARE = 3;

/** What the plan needs to know about a credential. */
export interface PlanCredential {
  id: string;
  code: string;
  level: number;
  hours: { min: number; max: number };
  prerequisites: string[];
  recommendedBefore: string[];
}

/** A credential as the plan and compare pages load it: what the plan needs, and its title and page to name it. */
export interface PlanListing extends PlanCredential {
  title: string;
  url: string;
}

export interface PlanEntry {
  id: string;
  term: TermId;
}

export interface ParsedPlan {
  entries: PlanEntry[];
  /** Ids the catalog does not know, left out of the plan (each once). */
  unknown: string[];
  /** True when something had to be dropped or corrected: repeats, bad terms or too many entries. */
  repaired: boolean;
}

const isTerm = (value: string): value is TermId => TERMS.some((term) => term.id === value);
const termIndex = (term: TermId) => TERMS.findIndex((candidate) => candidate.id === term);
const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Whether a value could be a credential id at all (a slug of sensible length). */
export const looksLikeId = (value: string) => value.length <= 80 && ID_PATTERN.test(value);

/** The ids a plan may hold: a catalog's ids, or a test such as `looksLikeId` where the catalog is not at hand. */
export type KnownIds = ReadonlySet<string> | ((id: string) => boolean);

/** Comma-separated values from one or more occurrences of a parameter, trimmed, empties dropped. */
export function listParam(params: URLSearchParams, name: string): string[] {
  return params
    .getAll(name)
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter((value) => value.length > 0);
}

/**
 * Reads a plan from a query string (a shared link or the stored copy). Unknown ids are left out and
 * reported; repeats keep their first place; a missing or unknown term becomes the default term.
 */
export function parsePlan(query: string | URLSearchParams, knownIds: KnownIds): ParsedPlan {
  const known = typeof knownIds === 'function' ? { has: knownIds } : knownIds;
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const ids = listParam(params, 'c');
  const terms = params
    .getAll('t')
    .flatMap((value) => value.split(','))
    .map((value) => value.trim());
  const entries: PlanEntry[] = [];
  const unknown: string[] = [];
  let repaired = false;
  ids.forEach((id, index) => {
    if (!known.has(id)) {
      // Only show ids that look like ids; anything else is noise and is simply dropped.
      if (looksLikeId(id) && !unknown.includes(id)) unknown.push(id);
      else repaired = true;
      return;
    }
    if (entries.some((entry) => entry.id === id) || entries.length >= MAX_PLAN_SIZE) {
      repaired = true;
      return;
    }
    const term = terms[index] ?? '';
    if (!isTerm(term)) repaired = true;
    entries.push({ id, term: isTerm(term) ? term : DEFAULT_TERM });
  });
  return { entries, unknown, repaired };
}

/** The query string that `parsePlan` reads back into the same plan; empty for an empty plan. */
export function serializePlan(entries: PlanEntry[]): string {
  if (entries.length === 0) return '';
  const ids = entries.map((entry) => entry.id).join(',');
  const terms = entries.map((entry) => entry.term).join(',');
  return `c=${ids}&t=${terms}`;
}

/** Two plans are the same when they hold the same credentials in the same terms, in any order. */
export function samePlan(a: PlanEntry[], b: PlanEntry[]): boolean {
  if (a.length !== b.length) return false;
  const termOf = new Map(a.map((entry) => [entry.id, entry.term]));
  return b.every((entry) => termOf.get(entry.id) === entry.term);
}

export const addToPlan = (entries: PlanEntry[], id: string, term: TermId = DEFAULT_TERM): PlanEntry[] =>
  entries.some((entry) => entry.id === id) || entries.length >= MAX_PLAN_SIZE ? entries : [...entries, { id, term }];

export const removeFromPlan = (entries: PlanEntry[], id: string): PlanEntry[] => entries.filter((entry) => entry.id !== id);

export const moveToTerm = (entries: PlanEntry[], id: string, term: string): PlanEntry[] =>
  isTerm(term) ? entries.map((entry) => (entry.id === id ? { id, term } : entry)) : entries;

const byLevelThenCode = (a: PlanCredential, b: PlanCredential) =>
  a.level - b.level || a.code.localeCompare(b.code, 'en', { numeric: true });

/**
 * The order to earn the planned credentials in: by term, and within the school year every
 * prerequisite before the credentials that need it, then recommended credentials before the ones
 * they lead to, then lower levels first and codes in order. Ordering never moves a credential to
 * another term; a prerequisite planned for a later term is reported by `planWarnings` instead.
 */
export function orderPlan(entries: PlanEntry[], credentials: ReadonlyMap<string, PlanCredential>): PlanEntry[] {
  const planned = entries.filter((entry) => credentials.has(entry.id));
  const termOf = new Map(planned.map((entry) => [entry.id, entry.term]));
  const before = (id: string) => {
    const credential = credentials.get(id)!;
    return [...credential.prerequisites, ...credential.recommendedBefore].filter(
      (other) => termOf.has(other) && termIndex(termOf.get(other)!) === termIndex(termOf.get(id)!),
    );
  };
  const ordered: PlanEntry[] = [];
  for (const term of TERMS) {
    const left = planned.filter((entry) => entry.term === term.id).map((entry) => credentials.get(entry.id)!);
    while (left.length > 0) {
      left.sort(byLevelThenCode);
      const done = new Set(ordered.map((entry) => entry.id));
      // Take the first credential whose earlier ones are placed; in a circle, the first by level.
      const index = Math.max(
        0,
        left.findIndex((credential) => before(credential.id).every((other) => done.has(other))),
      );
      const [next] = left.splice(index, 1);
      ordered.push({ id: next!.id, term: term.id });
    }
  }
  return ordered;
}

export interface PlanWarning {
  /**
   * `missing-prerequisite`: a prerequisite is not in the plan at all; `prerequisite-later`: it is
   * planned for a later term than the credential that needs it; `missing-recommended` and
   * `recommended-later`: the same for a recommended credential (softer).
   */
  kind: 'missing-prerequisite' | 'prerequisite-later' | 'missing-recommended' | 'recommended-later';
  /** The planned credential the warning is about. */
  id: string;
  /** The credential it needs or is recommended to follow. */
  other: string;
}

/** What the teacher should know about the plan, in plan order; credentials unknown to the catalog are skipped. */
export function planWarnings(entries: PlanEntry[], credentials: ReadonlyMap<string, PlanCredential>): PlanWarning[] {
  const termOf = new Map(entries.map((entry) => [entry.id, entry.term]));
  return entries.flatMap((entry) => {
    const credential = credentials.get(entry.id);
    if (!credential) return [];
    const check = (others: string[], missing: PlanWarning['kind'], later: PlanWarning['kind']) =>
      others
        .filter((other) => credentials.has(other))
        .flatMap((other): PlanWarning[] => {
          const term = termOf.get(other);
          if (term === undefined) return [{ kind: missing, id: entry.id, other }];
          if (termIndex(term) > termIndex(entry.term)) return [{ kind: later, id: entry.id, other }];
          return [];
        });
    return [
      ...check(credential.prerequisites, 'missing-prerequisite', 'prerequisite-later'),
      ...check(credential.recommendedBefore, 'missing-recommended', 'recommended-later'),
    ];
  });
}

export interface HourTotal {
  count: number;
  min: number;
  max: number;
}

/** Hours for the whole plan and for each term (every term listed, empty ones with zero). */
export function planTotals(
  entries: PlanEntry[],
  credentials: ReadonlyMap<string, PlanCredential>,
): { total: HourTotal; byTerm: Record<TermId, HourTotal> } {
  const empty = (): HourTotal => ({ count: 0, min: 0, max: 0 });
  const byTerm = Object.fromEntries(TERMS.map((term) => [term.id, empty()])) as Record<TermId, HourTotal>;
  const total = empty();
  for (const entry of entries) {
    const credential = credentials.get(entry.id);
    if (!credential) continue;
    for (const sum of [total, byTerm[entry.term]]) {
      sum.count += 1;
      sum.min += credential.hours.min;
      sum.max += credential.hours.max;
    }
  }
  return { total, byTerm };
}

/** "12 hours", "10–14 hours" or "no hours yet", like the catalog's hour ranges. */
export function formatHourRange({ min, max }: { min: number; max: number }): string {
  if (max === 0) return 'no hours yet';
  if (min === max) return `${min} ${min === 1 ? 'hour' : 'hours'}`;
  return `${min}–${max} hours`;
}

/** "1 credential", "3 credentials". */
export const credentialCount = (count: number) => `${count} ${count === 1 ? 'credential' : 'credentials'}`;

/** The credentials to compare, from `?c=a,b,c` (or repeated `c`): known ids, each once, at most three. */
export function parseCompare(query: string | URLSearchParams, known: ReadonlySet<string>) {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const requested = [...new Set(listParam(params, 'c'))];
  const ids = requested.filter((id) => known.has(id));
  const unknown = requested.filter((id) => !known.has(id) && looksLikeId(id));
  return { ids: ids.slice(0, MAX_COMPARE), unknown, tooMany: ids.length > MAX_COMPARE };
}

/**
 * The credentials the compare page offers to choose from, in catalog order: the whole catalog while
 * it is no longer than `limit`; past that, only the ones being compared and the ones in the plan, so
 * the chooser stays short however large the catalog grows.
 */
export function compareChoices(
  catalogIds: readonly string[],
  planned: readonly string[],
  compared: readonly string[],
  limit: number,
): string[] {
  if (catalogIds.length <= limit) return [...catalogIds];
  const wanted = new Set([...compared, ...planned]);
  return catalogIds.filter((id) => wanted.has(id));
}
