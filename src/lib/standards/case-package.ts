/**
 * Reading a CASE 1.0/1.1 package (the CFPackage JSON a CASE server publishes: CFDocument, CFItems,
 * CFAssociations) into what our standards registry keeps of it: each coded item's official code,
 * official URI, grade band and nearest coded ancestor. Headings (items without a humanCodingScheme)
 * only carry the hierarchy. The statement text is never read into the result, so nothing downstream
 * can copy it.
 */
import { z } from 'astro/zod';

/** One registry item as the package gives it. */
export interface CaseItem {
  code: string;
  uri: string;
  gradeBand?: string | undefined;
  /** Code of the nearest coded ancestor (CASE `isChildOf`, followed through headings). */
  parent?: string | undefined;
}

/** What the registry keeps of a package: the document's facts and its coded items, in outline order. */
export interface CaseFramework {
  title: string;
  /** `publisher`, or `creator` where the package names no publisher. */
  publisher: string;
  /** The document's own CASE URI. */
  uri: string;
  officialSourceURL?: string | undefined;
  /** Year of the edition: `statusStartDate`, a year in the title or version, or the last change. */
  year: number;
  /** The license's title and address, where the package names one. */
  license?: { title: string; uri?: string | undefined } | undefined;
  items: CaseItem[];
  /** Items in the package, coded or not. */
  itemCount: number;
  /** Items without a code: headings, kept only as links in the hierarchy. */
  headings: number;
  /** Codes that appear on more than one item; the first in outline order is kept. */
  repeatedCodes: string[];
  /** Codes with spaces, which are not codes the registry can cite. */
  skippedCodes: string[];
}

export type PackageResult = { ok: true; framework: CaseFramework } | { ok: false; message: string };

const text = z.string().trim().min(1);
const nodeLink = z.object({ identifier: text, uri: z.string().optional() });

/** The fields of a CFPackage the import reads; everything else (statements, notes, types) is dropped unread. */
const casePackageSchema = z.object({
  CFDocument: z.object({
    identifier: text,
    uri: text,
    title: text,
    creator: text,
    publisher: text.optional(),
    officialSourceURL: z.string().optional(),
    version: z.string().optional(),
    statusStartDate: z.string().optional(),
    lastChangeDateTime: z.string().optional(),
    licenseURI: z.object({ identifier: z.string().optional(), title: z.string().optional(), uri: z.string().optional() }).optional(),
  }),
  CFItems: z.array(
    z.object({
      identifier: text,
      uri: text,
      humanCodingScheme: z.string().optional(),
      educationLevel: z.array(z.string()).optional(),
    }),
  ),
  CFAssociations: z
    .array(
      z.object({ associationType: text, originNodeURI: nodeLink, destinationNodeURI: nodeLink, sequenceNumber: z.number().optional() }),
    )
    .optional()
    .default([]),
  CFDefinitions: z
    .object({ CFLicenses: z.array(z.object({ identifier: z.string(), title: z.string().optional() })).optional() })
    .optional(),
});

type CasePackage = z.output<typeof casePackageSchema>;

/** A path like `CFItems[3].uri`, as a reader finds it in the file. */
const pathText = (path: ReadonlyArray<PropertyKey>) =>
  path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');

const kindOf = (value: unknown) =>
  value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'an object' : typeof value;
const WANTED: Record<string, string> = { string: 'text', array: 'a list', object: 'an object', number: 'a number' };

function describeIssue(issue: z.core.$ZodIssue, input: unknown): string {
  const where = pathText(issue.path) || 'the file';
  const found = issue.path.reduce<unknown>((value, key) => (value as Record<PropertyKey, unknown> | undefined)?.[key], input);
  if (issue.code === 'invalid_type')
    return found === undefined
      ? `${where} is missing`
      : `${where} should be ${WANTED[issue.expected] ?? issue.expected} (found ${kindOf(found)})`;
  if (issue.code === 'too_small') return `${where} is empty`;
  return `${where}: ${issue.message}`;
}

/** CEDS grade levels as grade numbers: KG is 0, 01 to 12 are 1 to 12. Other levels (PK, adult…) have no K-12 grade. */
function gradeNumber(level: string): number | undefined {
  if (level.toUpperCase() === 'KG') return 0;
  if (!/^\d{1,2}$/.test(level)) return undefined;
  const grade = Number(level);
  return grade <= 12 ? grade : undefined;
}

/** `["09","10","11","12"]` → `9-12`, `["KG"]` → `K`: the span from the lowest grade to the highest. */
export function gradeBandOf(levels: readonly string[] | undefined): string | undefined {
  const grades = (levels ?? []).map(gradeNumber).filter((grade) => grade !== undefined);
  if (grades.length === 0) return undefined;
  const name = (grade: number) => (grade === 0 ? 'K' : String(grade));
  const low = Math.min(...grades);
  const high = Math.max(...grades);
  return low === high ? name(low) : `${name(low)}-${name(high)}`;
}

function editionYear(document: CasePackage['CFDocument']): number {
  const yearIn = (value: string | undefined) => value?.match(/\b(19|20)\d\d\b/)?.[0];
  const year =
    yearIn(document.statusStartDate) ?? yearIn(document.title) ?? yearIn(document.version) ?? yearIn(document.lastChangeDateTime);
  return year ? Number(year) : new Date().getUTCFullYear();
}

/** Each item's nearest coded ancestor, following `isChildOf` (origin = child, destination = parent) through headings. */
function nearestCodedAncestors(pkg: CasePackage): Map<string, string> {
  const parentOf = new Map<string, string>();
  for (const association of pkg.CFAssociations)
    if (association.associationType === 'isChildOf' && !parentOf.has(association.originNodeURI.identifier))
      parentOf.set(association.originNodeURI.identifier, association.destinationNodeURI.identifier);
  const codeOf = new Map(pkg.CFItems.map((item) => [item.identifier, item.humanCodingScheme?.trim() || undefined]));
  const ancestors = new Map<string, string>();
  for (const item of pkg.CFItems) {
    const own = codeOf.get(item.identifier);
    const seen = new Set([item.identifier]);
    for (let id = parentOf.get(item.identifier); id !== undefined && !seen.has(id); id = parentOf.get(id)) {
      seen.add(id);
      const code = codeOf.get(id);
      if (code && code !== own) {
        ancestors.set(item.identifier, code);
        break;
      }
    }
  }
  return ancestors;
}

/**
 * The items in reading order: depth first from the document down its `isChildOf` tree, siblings by
 * `sequenceNumber` (then package order), as the publisher's outline reads. Items the tree does not
 * reach follow in package order. (CFItems itself is often in creation order, which reads as noise.)
 */
function outlineOrder(pkg: CasePackage): CasePackage['CFItems'] {
  const byId = new Map(pkg.CFItems.map((item) => [item.identifier, item]));
  const children = new Map<string, Array<{ id: string; rank: number; index: number }>>();
  const placed = new Set<string>();
  pkg.CFAssociations.forEach((association, index) => {
    const child = association.originNodeURI.identifier;
    if (association.associationType !== 'isChildOf' || placed.has(child)) return;
    placed.add(child);
    const parent = association.destinationNodeURI.identifier;
    const siblings = children.get(parent) ?? [];
    siblings.push({ id: child, rank: association.sequenceNumber ?? Number.POSITIVE_INFINITY, index });
    children.set(parent, siblings);
  });
  const ordered: CasePackage['CFItems'] = [];
  const visited = new Set<string>();
  const stack = [pkg.CFDocument.identifier];
  while (stack.length) {
    const id = stack.pop()!;
    if (visited.has(id)) continue;
    visited.add(id);
    const item = byId.get(id);
    if (item) ordered.push(item);
    const below = [...(children.get(id) ?? [])].sort((a, b) => a.rank - b.rank || a.index - b.index);
    for (let at = below.length - 1; at >= 0; at -= 1) stack.push(below[at]!.id);
  }
  return [...ordered, ...pkg.CFItems.filter((item) => !visited.has(item.identifier))];
}

/** The registry's view of a CASE package, or one sentence saying what is wrong with it. */
export function readCasePackage(json: string): PackageResult {
  let input: unknown;
  try {
    input = JSON.parse(json);
  } catch (error) {
    return { ok: false, message: `not JSON (${(error as Error).message})` };
  }
  // Some servers wrap the package in a CFPackage object.
  if (input && typeof input === 'object' && !('CFDocument' in input) && 'CFPackage' in input) input = input.CFPackage;
  if (!input || typeof input !== 'object' || Array.isArray(input))
    return { ok: false, message: `not a CASE package (the file holds ${kindOf(input)}, not a CFPackage object)` };
  const parsed = casePackageSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: `not a CASE package: ${describeIssue(parsed.error.issues[0]!, input)}` };
  const pkg = parsed.data;
  const ancestors = nearestCodedAncestors(pkg);
  const items: CaseItem[] = [];
  const seen = new Set<string>();
  const repeated = new Set<string>();
  const skipped = new Set<string>();
  let headings = 0;
  for (const item of outlineOrder(pkg)) {
    const code = item.humanCodingScheme?.trim();
    if (!code) {
      headings += 1;
      continue;
    }
    if (/\s/.test(code)) skipped.add(code);
    else if (seen.has(code)) repeated.add(code);
    else {
      seen.add(code);
      items.push({ code, uri: item.uri, gradeBand: gradeBandOf(item.educationLevel), parent: ancestors.get(item.identifier) });
    }
  }
  const document = pkg.CFDocument;
  const licenseId = document.licenseURI?.identifier;
  const licenseTitle =
    pkg.CFDefinitions?.CFLicenses?.find((license) => license.identifier === licenseId)?.title ?? document.licenseURI?.title;
  return {
    ok: true,
    framework: {
      title: document.title,
      publisher: document.publisher ?? document.creator,
      uri: document.uri,
      officialSourceURL: document.officialSourceURL,
      year: editionYear(document),
      license: licenseTitle?.trim() ? { title: licenseTitle.trim(), uri: document.licenseURI?.uri } : undefined,
      items,
      itemCount: pkg.CFItems.length,
      headings,
      repeatedCodes: [...repeated],
      skippedCodes: [...skipped],
    },
  };
}

/** The items of `codes`, with every coded ancestor of each, in outline order: what `--only-cited` imports. */
export function withAncestors(items: readonly CaseItem[], codes: Iterable<string>): CaseItem[] {
  const byCode = new Map(items.map((item) => [item.code, item]));
  const wanted = new Set<string>();
  for (const code of codes)
    for (let at = byCode.get(code); at && !wanted.has(at.code); at = at.parent ? byCode.get(at.parent) : undefined) wanted.add(at.code);
  return items.filter((item) => wanted.has(item.code));
}
