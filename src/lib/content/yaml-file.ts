/**
 * Parses a YAML content file once, traces any field path back to its line and column when a
 * problem needs one, and validates it against a zod schema with author-friendly messages.
 */
import { CORE_SCHEMA, load as loadYaml } from 'js-yaml';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import { isDeepStrictEqual } from 'node:util';
import type { z } from 'astro/zod';
import { formatFieldPath, makeProblem, type FieldPath, type Position, type Problem } from '../problems.ts';
import { fieldOfLine, indentationProblem, lineToMove, nodeStart, placeLine } from './yaml-indentation.ts';
import { issueToProblems } from './zod-issues.ts';
import { NO_CACHE, type CheckCache } from './check-cache.ts';

export interface YamlFile<T = unknown> {
  /** Path relative to the project root. */
  file: string;
  /** Raw parsed value, before validation. */
  raw: unknown;
  /** Validated value, or undefined when the file failed its schema. */
  data: T | undefined;
  /** A problem at a field path in this file; check rules leave out `rule`, which defineRule() adds. */
  problemAt(
    path: FieldPath,
    message: string,
    options?: { hint?: string | undefined; rule?: string; severity?: Problem['severity'] },
  ): Problem;
}

const YAML_HINTS: Record<string, string> = {
  DUPLICATE_KEY: 'each field may appear only once in the same block; delete or rename the repeated one',
  BAD_INDENT: 'fields of the same block must start in the same column; indent with spaces, not tabs',
  TAB_AS_INDENT: 'indent with spaces; YAML does not allow tabs',
  MISSING_CHAR: 'a quote or bracket is not closed',
  BLOCK_AS_IMPLICIT_KEY: 'wrap text that contains ": " in double quotes; otherwise check the indentation of this line and the next',
  MULTILINE_IMPLICIT_KEY: 'a key must fit on one line; check for a missing colon or quote on the line above',
  UNEXPECTED_TOKEN: 'text that contains ": " or starts with a special character must be wrapped in double quotes',
  BAD_SCALAR_START: 'wrap text that starts with a special character in double quotes',
  ALIAS_PROPS: 'anchors and aliases are not used in content files; write the value out',
  BAD_ALIAS: 'anchors and aliases are not used in content files; write the value out',
};

/** Messages the parser files under a code whose usual hint would mislead here. */
const YAML_MESSAGE_HINTS: ReadonlyArray<[RegExp, string]> = [
  [/^Sequence item without - indicator/, 'start each list entry with "- " in the same column as the entries above it'],
  [
    /^Implicit map keys need to be followed by map values/,
    'put ": " after the field name, or wrap text that runs over several lines in double quotes',
  ],
  [
    /^Flow (sequence|mapping) in block collection must be sufficiently indented/,
    'close the "[" or "{" of this value, and indent any line it continues on deeper than its field',
  ],
];

function firstLine(message: string): string {
  return message
    .split('\n')[0]!
    .replace(/ at line \d+, column \d+:?$/, '')
    .trim();
}

function childNode(node: unknown, key: string | number): { value?: YamlNode | undefined; key?: YamlNode | undefined } | undefined {
  if (isMap(node)) {
    const pair = node.items.find((item) => (isScalar(item.key) ? item.key.value : item.key) === key);
    return pair ? { value: (pair.value ?? undefined) as YamlNode | undefined, key: pair.key as YamlNode } : undefined;
  }
  if (isSeq(node) && typeof key === 'number') {
    const item = node.items[key];
    return item ? { value: item as YamlNode } : undefined;
  }
  return undefined;
}

function locator(doc: Document, counter: LineCounter) {
  return (path: FieldPath, { atKey = false } = {}): Position => {
    let node: unknown = doc.contents;
    let best = nodeStart(doc.contents, counter) ?? { line: 1, col: 1 };
    for (const [index, key] of path.entries()) {
      const child = childNode(node, key);
      if (!child) break;
      const isLast = index === path.length - 1;
      const target = isLast && atKey && child.key ? child.key : (child.value ?? child.key);
      best = nodeStart(target, counter) ?? nodeStart(child.key, counter) ?? best;
      node = child.value;
    }
    return best;
  };
}

/**
 * `title: 'Teacher's guide'`: the apostrophe ends the single-quoted text early. Returns the text as the
 * author meant it and where its opening quote is, when the line has that shape.
 */
function strayApostrophe(line: string): { column: number; text: string } | undefined {
  const quoted = /^(\s*(?:- +)*(?:[^\s#'"][^:#]*?: +)?)'(.*)'(?:\s+#[^']*)?\s*$/.exec(line);
  if (!quoted || !quoted[2]!.replace(/''/g, '').includes("'")) return undefined;
  return { column: quoted[1]!.length, text: quoted[2]!.replace(/''/g, "'") };
}

/**
 * Syntax problems as the position-keeping parser reports them, with its error codes mapped to hints. The
 * fast reader's error marks the line where the layout broke, which is the line to fix for indentation.
 */
function diagnoseSyntax(file: string, text: string, readerError: unknown): Problem[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: true, strict: true });
  // One broken line usually makes the parser report several follow-on errors; the first is the one to fix.
  const issue = doc.errors[0];
  if (!issue) return [];
  const lines = text.split(/\r?\n/);
  const position = issue.linePos?.[0] ?? { line: 1, col: 1 };
  const problem = (message: string, hint: string, at: Position = position, field = ''): Problem =>
    makeProblem(file, message, { line: at.line, col: at.col, field, hint, rule: 'yaml' });

  const apostrophe = strayApostrophe(lines[position.line - 1] ?? '');
  if (apostrophe) {
    const placed = placeLine(lines, position.line);
    const field = placed && placed.block.column === placed.start.column ? fieldOfLine(placed) : '';
    const doubled = `'${apostrophe.text.replace(/'/g, "''")}'`;
    return [
      problem(
        `Fix the quotes: the apostrophe in '${apostrophe.text}' ends the single-quoted text early.`,
        `write it as ${JSON.stringify(apostrophe.text)} (double quotes) or ${doubled} (double the apostrophe)`,
        { line: position.line, col: apostrophe.column + 1 },
        field,
      ),
    ];
  }
  const readerLine = ((readerError as { mark?: { line: number } }).mark?.line ?? -1) + 1;
  const placed = issue.code === 'TAB_AS_INDENT' || readerLine < 1 ? undefined : placeLine(lines, readerLine);
  if (placed && placed.block.column !== placed.start.column) {
    const offending = lineToMove(lines, readerLine, placed);
    return [indentationProblem(file, offending.lineNumber, offending.placed)];
  }
  const reason = firstLine(issue.message);
  const hint =
    YAML_MESSAGE_HINTS.find(([pattern]) => pattern.test(reason))?.[1] ??
    YAML_HINTS[issue.code] ??
    'compare the layout with a working file of the same kind';
  return [problem(`Fix the YAML syntax: ${reason}.`.replace(/\.\.$/, '.'), hint)];
}

type Locate = ReturnType<typeof locator>;

/** Finds a field's line and column, parsing the position-keeping syntax tree the first time it is asked. */
function lazyLocator(text: string): Locate {
  let located: Locate | undefined;
  return (path, options) => {
    if (!located) {
      const lineCounter = new LineCounter();
      located = locator(parseDocument(text, { lineCounter }), lineCounter);
    }
    return located(path, options);
  };
}

/**
 * Parse YAML text once for its values with the fast js-yaml reader (YAML 1.2 core schema: dates stay
 * text, duplicate keys are errors). Line positions need a second, slower parse that keeps the syntax
 * tree, so that happens only when a problem has to be located, which valid content never needs.
 */
export function parseYamlFile(file: string, text: string): { raw: unknown; locate: Locate; problems: Problem[] } {
  const locate = lazyLocator(text);
  try {
    return { raw: loadYaml(text, { schema: CORE_SCHEMA, filename: file }), locate, problems: [] };
  } catch (error) {
    const problems = diagnoseSyntax(file, text, error);
    if (problems.length === 0) {
      // The two parsers disagree on a rare construct; report the fast reader's own words and place.
      const mark = (error as { mark?: { line: number; column: number } }).mark;
      const reason = (error as { reason?: string }).reason ?? 'the file is not valid YAML';
      problems.push(
        makeProblem(file, `Fix the YAML syntax: ${reason}.`, {
          line: (mark?.line ?? 0) + 1,
          col: (mark?.column ?? 0) + 1,
          hint: 'compare the layout with a working file of the same kind',
          rule: 'yaml',
        }),
      );
    }
    return { raw: undefined, locate, problems };
  }
}

/** The values of a YAML file and every problem found reading and validating it: what the check cache keeps. */
interface LoadedYaml<T> {
  raw: unknown;
  data: T | undefined;
  problems: Problem[];
}

function parseAndValidate<S extends z.ZodType>(file: string, text: string, schema: S, locate: Locate): LoadedYaml<z.output<S>> {
  const parsed = parseYamlFile(file, text);
  const problems = [...parsed.problems];
  let data: z.output<S> | undefined;
  if (parsed.raw !== undefined) {
    const result = schema.safeParse(parsed.raw);
    if (result.success) data = result.data;
    else {
      // One wrong value can fail several checks (a date written 12/02/2026 is also "not a real date"); the first says what to fix.
      const reportedFields = new Set<string>();
      for (const issue of result.error.issues) {
        for (const problem of issueToProblems(issue, { file, raw: parsed.raw, schema, locate })) {
          if (!reportedFields.has(problem.field)) problems.push(problem);
          reportedFields.add(problem.field);
        }
      }
    }
  }
  return { raw: parsed.raw, data, problems };
}

/** A loaded file as the cache keeps it: the raw value left out when it is the data without the fields the schema filled in. */
type StoredYaml<T> = LoadedYaml<T> & { rawIsDataWithout?: string[] };

const withoutKeys = (value: unknown, keys: string[]) =>
  Object.fromEntries(Object.entries(value as Record<string, unknown>).filter(([key]) => !keys.includes(key)));

/** Valid content validates to what was written plus the defaults: keeping it once halves the cache on disk. */
function storedOnce<T>(result: LoadedYaml<T>): StoredYaml<T> {
  const { raw, data, problems } = result;
  if (!data || !raw || typeof raw !== 'object' || Array.isArray(raw) || typeof data !== 'object') return result;
  const filledIn = Object.keys(data).filter((key) => !Object.hasOwn(raw, key));
  return isDeepStrictEqual(raw, withoutKeys(data, filledIn)) ? { raw: undefined, data, problems, rawIsDataWithout: filledIn } : result;
}

/**
 * Parse and validate one YAML file against its schema. All problems are collected, none thrown. With
 * a check cache, a file whose text is unchanged is neither parsed nor validated again: `key` names the
 * file and its hash, and the schema is part of the checker's code, which versions the whole cache.
 */
export function loadYamlFile<S extends z.ZodType>(
  file: string,
  text: string,
  schema: S,
  { cache = NO_CACHE, key = file }: { cache?: CheckCache; key?: string } = {},
): { yaml: YamlFile<z.output<S>>; problems: Problem[] } {
  const locate = lazyLocator(text);
  const loaded = cache.memo('yaml', key, (): StoredYaml<z.output<S>> => {
    const result = parseAndValidate(file, text, schema, locate);
    return cache.persistent ? storedOnce(result) : result;
  });
  const { data, problems } = loaded;
  const raw = loaded.rawIsDataWithout ? withoutKeys(data, loaded.rawIsDataWithout) : loaded.raw;
  const yaml: YamlFile<z.output<S>> = {
    file,
    raw,
    data,
    problemAt: (path, message, { hint, rule = '', severity = 'error' } = {}) => {
      const position = locate(path);
      return makeProblem(file, message, { line: position.line, col: position.col, field: formatFieldPath(path), hint, rule, severity });
    },
  };
  return { yaml, problems };
}
