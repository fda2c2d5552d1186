/**
 * `npm run import:case`: bring the coded items of a CASE package into content/standards/<id>.yaml.
 * A merge, never a rewrite: the file is edited as a YAML document, so its comments, the labels authors
 * wrote in their own words and every other field they wrote stay as they are. An item already listed
 * (matched by code) only has its official `uri`, `gradeBand` and `parent` brought in line with the
 * package; an item the package lacks is left alone. The result is laid out as `npm run format:content`
 * would lay it out, so a second import of the same package changes nothing. No statement text is
 * ever written: the package reader never reads it.
 */
import { Document, isMap, isSeq, parseDocument, type YAMLMap } from 'yaml';
import { standardsFrameworkSchema } from '../../../schemas/index.ts';
import { formatYaml } from '../authoring/format-yaml.ts';
import { comment, file as yamlFile } from '../authoring/yaml-text.ts';
import type { CaseFramework, CaseItem } from './case-package.ts';

export { readCasePackage, withAncestors, gradeBandOf, type CaseFramework, type CaseItem } from './case-package.ts';

/** The fields the package is the authority for; everything else in an item is the author's. */
const IMPORTED_FIELDS = ['uri', 'gradeBand', 'parent'] as const;
type ImportedField = (typeof IMPORTED_FIELDS)[number];

export interface ImportReport {
  /** Codes new to the file. */
  added: string[];
  /** Codes whose uri, grade band or parent the package changed, with the fields it changed. */
  changed: Array<{ code: string; fields: ImportedField[] }>;
  /** Codes already as the package has them. */
  unchanged: string[];
  /** Codes in the file that the import did not bring: kept exactly as they are. */
  leftAlone: string[];
  /** Codes whose wider grade band, written by an author, was kept over the package's narrower one. */
  widerGradeBands: Array<{ code: string; kept: string; package: string }>;
}

export type ImportResult = { ok: true; text: string; created: boolean; report: ImportReport } | { ok: false; message: string };

/** Called every PROGRESS_EVERY items of a big import, for a progress line. */
export type Progress = (done: number, total: number) => void;
export const PROGRESS_EVERY = 250;

/** The grades of a band, as [low, high] with K as 0. */
function gradeSpan(band: string): [number, number] {
  const [low, high = low] = band.split('-').map((grade) => (grade === 'K' ? 0 : Number(grade)));
  return [low!, high!];
}

const covers = (outer: string, inner: string) => {
  const [outerLow, outerHigh] = gradeSpan(outer);
  const [innerLow, innerHigh] = gradeSpan(inner);
  return outerLow <= innerLow && innerHigh <= outerHigh;
};

const itemNode = (item: CaseItem) =>
  Object.fromEntries(
    Object.entries({ code: item.code, gradeBand: item.gradeBand, uri: item.uri, parent: item.parent }).filter(
      ([, value]) => value !== undefined,
    ),
  );

/** The text of a new registry file for the package: its facts, with comments telling the author what to check. */
function newFileText(id: string, framework: CaseFramework, items: readonly CaseItem[]): string {
  const https = [framework.officialSourceURL, framework.uri].find((url) => url?.startsWith('https://'));
  const license = framework.license
    ? `${framework.license.title}${framework.license.uri ? ` (${framework.license.uri})` : ''}. Codes are cited with labels in our own words; the official text stays with the publisher.`
    : 'The CASE package names no license. Check the terms of use on the publisher site and write the notice they ask for here.';
  const data = {
    id,
    name: framework.title,
    shortName: id.toUpperCase().slice(0, 30),
    publisher: framework.publisher,
    year: framework.year,
    audience: items.some((item) => item.gradeBand) ? 'students' : 'educators',
    url: https ?? framework.uri,
    license,
    items: items.map(itemNode),
  };
  const doc = new Document(data);
  const header = [
    ...comment(`${framework.title}. Field guide: content/standards/README.md`),
    ...comment(`Imported from the CASE package ${framework.uri} with npm run import:case; run it again to bring in changes.`),
    ...comment(
      'Before you commit: check name, shortName, publisher, year, url and license against the publisher; give every item a credential cites a short label in your own words (never the official statement).',
    ),
  ];
  doc.commentBefore = header.map((line) => line.slice(1)).join('\n');
  return yamlFile([doc.toString().trimEnd()]);
}

/** The first schema problem of a registry file's text, as `field: message`, or undefined when it is valid. */
function schemaProblem(text: string): string | undefined {
  const result = standardsFrameworkSchema.safeParse(parseDocument(text).toJS());
  if (result.success) return undefined;
  const issue = result.error.issues[0]!;
  return `${issue.path.join('.') || 'the file'}: ${issue.message}`;
}

function emptyReport(): ImportReport {
  return { added: [], changed: [], unchanged: [], leftAlone: [], widerGradeBands: [] };
}

/** Bring `items` into an existing registry file's document; what changed is recorded in `report`. */
function mergeItems(doc: Document, items: readonly CaseItem[], report: ImportReport, progress?: Progress): string | undefined {
  const list = doc.get('items', true);
  if (!isSeq(list)) return 'the file has no items list to merge into';
  const existing = new Map<string, YAMLMap>();
  for (const node of list.items) {
    const code = isMap(node) ? node.get('code') : undefined;
    if (typeof code === 'string') existing.set(code.trim(), node as YAMLMap);
  }
  const imported = new Set(items.map((item) => item.code));
  // A new item goes in front of the next item, in outline order, that the file already lists (a parent
  // before its child), or at the end; items the author ordered keep their order.
  const nextListed: Array<YAMLMap | undefined> = [];
  for (let index = items.length - 1, next: YAMLMap | undefined; index >= 0; index -= 1) {
    nextListed[index] = next;
    next = existing.get(items[index]!.code) ?? next;
  }
  items.forEach((item, index) => {
    if ((index + 1) % PROGRESS_EVERY === 0) progress?.(index + 1, items.length);
    const node = existing.get(item.code);
    if (!node) {
      const anchor = nextListed[index];
      const at = anchor ? list.items.indexOf(anchor) : -1;
      list.items.splice(at === -1 ? list.items.length : at, 0, doc.createNode(itemNode(item)));
      report.added.push(item.code);
      return;
    }
    const fields: ImportedField[] = [];
    for (const field of IMPORTED_FIELDS) {
      const current = node.get(field);
      let wanted = item[field];
      if (field === 'gradeBand') {
        if (wanted === undefined) continue; // the package gives no grades: keep the author's
        if (typeof current === 'string' && current !== wanted && /^(K|\d+)(-\d+)?$/.test(current) && covers(current, wanted)) {
          report.widerGradeBands.push({ code: item.code, kept: current, package: wanted });
          wanted = current;
        }
      }
      if (current === wanted) continue;
      if (wanted === undefined) node.delete(field);
      else node.set(field, wanted);
      fields.push(field);
    }
    if (fields.length) report.changed.push({ code: item.code, fields });
    else report.unchanged.push(item.code);
  });
  report.leftAlone.push(...[...existing.keys()].filter((code) => !imported.has(code)));
  return undefined;
}

/**
 * Import `items` of a package into the registry file `file` (its current text, or undefined when
 * there is none yet). The result is the new text and what changed; when nothing changed the text is
 * the original, byte for byte. Refused, with one sentence, when the file cannot be merged into or the
 * result would not be a valid registry file.
 */
export function importCase(
  file: string,
  current: string | undefined,
  id: string,
  framework: CaseFramework,
  items: readonly CaseItem[],
  progress?: Progress,
): ImportResult {
  const report = emptyReport();
  let text: string;
  if (current === undefined) {
    if (items.length === 0) return { ok: false, message: 'nothing to import: no item of the package was selected' };
    items.forEach((_, index) => (index + 1) % PROGRESS_EVERY === 0 && progress?.(index + 1, items.length));
    report.added.push(...items.map((item) => item.code));
    text = newFileText(id, framework, items);
  } else {
    const doc = parseDocument(current);
    if (doc.errors.length)
      return { ok: false, message: `the file is not valid YAML (${doc.errors[0]!.message.split('\n')[0]}); fix it first` };
    const refused = mergeItems(doc, items, report, progress);
    if (refused) return { ok: false, message: refused };
    if (report.added.length === 0 && report.changed.length === 0) return { ok: true, text: current, created: false, report };
    text = doc.toString();
  }
  const formatted = formatYaml(file, text, standardsFrameworkSchema);
  if (!formatted.ok) return { ok: false, message: formatted.problem.message };
  const invalid = schemaProblem(formatted.text);
  if (invalid) {
    const before = current === undefined ? undefined : schemaProblem(current);
    return {
      ok: false,
      message: before
        ? `the file does not pass its schema yet (${before}); fix it first (npm run check shows where)`
        : `the result would not be a valid registry file (${invalid})`,
    };
  }
  return { ok: true, text: formatted.text, created: current === undefined, report };
}

/** `3: A, B, C`, or the first `limit` codes and how many more. */
export function codeList(codes: readonly string[], limit = 10): string {
  if (codes.length === 0) return '0';
  const shown = codes.slice(0, limit).join(', ');
  return `${codes.length}: ${shown}${codes.length > limit ? `, and ${codes.length - limit} more` : ''}`;
}
