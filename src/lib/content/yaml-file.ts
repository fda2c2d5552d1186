/**
 * Parses a YAML content file once, traces any field path back to its line and column when a
 * problem needs one, and validates it against a zod schema with author-friendly messages.
 */
import { CORE_SCHEMA, load as loadYaml } from 'js-yaml';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node as YamlNode, type YAMLMap, type YAMLSeq } from 'yaml';
import type { z } from 'astro/zod';
import type { FieldPath, Position, Problem } from '../problems.ts';
import { formatFieldPath, plural } from '../problems.ts';
import { issueToProblems } from './zod-issues.ts';

export interface YamlFile<T = unknown> {
  /** Path relative to the project root. */
  file: string;
  /** Raw parsed value, before validation. */
  raw: unknown;
  /** Validated value, or undefined when the file failed its schema. */
  data: T | undefined;
  /** A problem at a field path in this file; check rules leave out `rule`, which defineRule() adds. */
  problemAt(path: FieldPath, message: string, options?: { hint?: string | undefined; rule?: string; severity?: Problem['severity'] }): Problem;
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
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '').trim();
}

function nodeStart(node: YamlNode | null | undefined, counter: LineCounter): Position | undefined {
  const offset = node?.range?.[0];
  return offset === undefined ? undefined : counter.linePos(offset);
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
    let best = nodeStart(doc.contents as YamlNode, counter) ?? { line: 1, col: 1 };
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
 * What starts a line of block YAML: a field (`name:`) or a list entry (`- `), its 0-based column, and the
 * field name, also for an entry that starts with one (`- name: a`).
 */
interface LineStart {
  kind: 'field' | 'entry';
  column: number;
  key?: string | undefined;
}

const FIELD_NAME = /^("[^"]*"|'[^']*'|[^\s#'"{[\]},&*!|>%@`-][^:#]*?):(?: |$)/;

function lineStart(line: string): LineStart | undefined {
  const [, indent = '', dashes = '', rest = ''] = /^( *)((?:-(?: +|$))*)(.*)$/.exec(line) ?? [];
  const key = FIELD_NAME.exec(rest)?.[1]?.replace(/^(["'])(.*)\1$/, '$2');
  if (dashes) return { kind: 'entry', column: indent.length, key };
  return key === undefined ? undefined : { kind: 'field', column: indent.length, key };
}

/**
 * A block mapping or list still open at the end of some text: where its fields or entries start, and its
 * latest one. `value` is a field or entry left without a value, which a more indented line may start.
 */
interface OpenBlock {
  kind: LineStart['kind'] | 'value';
  column: number;
  path: FieldPath;
  lastLine: number;
  lastKey?: string | undefined;
  size: number;
}

/** A line and the open block it belongs to, with the block that holds that one, if any. */
interface PlacedLine {
  start: LineStart;
  block: OpenBlock;
  parent?: OpenBlock | undefined;
}

/** Spaces per level of nesting, as `npm run format:content` writes content files. */
const INDENT_STEP = 2;

const isBlockCollection = (node: unknown): node is YAMLMap | YAMLSeq => (isMap(node) || isSeq(node)) && !node.flow;

/**
 * The blocks still open after `text`, outermost first: a following line must start in the column of one
 * of them; none when the text holds only comments. Undefined when the text is not valid block YAML, since
 * then its layout says nothing reliable.
 */
function openBlocks(text: string): OpenBlock[] | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  if (doc.errors.length || (doc.contents !== null && !isBlockCollection(doc.contents))) return undefined;
  const blocks: OpenBlock[] = [];
  let node: unknown = doc.contents;
  let path: FieldPath = [];
  while (isBlockCollection(node) && node.items.length && node.range) {
    const start = lineCounter.linePos(node.range[0]);
    if (isMap(node)) {
      const last = node.items.at(-1)!;
      const key = isScalar(last.key) ? String(last.key.value) : undefined;
      const keyStart = nodeStart(last.key as YamlNode, lineCounter) ?? start;
      blocks.push({ kind: 'field', column: start.col - 1, path, lastLine: keyStart.line, lastKey: key, size: node.items.length });
      if (key === undefined) return blocks;
      path = [...path, key];
      node = last.value;
    } else {
      const last = node.items.at(-1) as YamlNode;
      const lastLine = (nodeStart(last, lineCounter) ?? start).line;
      blocks.push({ kind: 'entry', column: start.col - 1, path, lastLine, size: node.items.length });
      path = [...path, node.items.length - 1];
      node = last;
    }
  }
  const innermost = blocks.at(-1);
  const leftEmpty = node === null || (isScalar(node) && node.source === '');
  if (leftEmpty && innermost) blocks.push({ ...innermost, kind: 'value', path, size: 0 });
  return blocks;
}

/** Where line `lineNumber` belongs: the open block of its kind whose column is nearest to where the line starts. */
function placeLine(lines: string[], lineNumber: number): PlacedLine | undefined {
  const start = lineStart(lines[lineNumber - 1] ?? '');
  if (!start) return undefined;
  const distance = (block: OpenBlock) => Math.abs(block.column - start.column);
  const blocks = openBlocks(lines.slice(0, lineNumber - 1).join('\n'));
  if (!blocks) return undefined;
  // Nothing but comments above: the line opens the document, so wherever it starts is right.
  if (blocks.length === 0) return { start, block: { kind: start.kind, column: start.column, path: [], lastLine: lineNumber, size: 0 } };
  // A line indented under a field or entry that has no value yet starts that value, wherever it starts.
  const innermost = blocks.at(-1)!;
  if (innermost.kind === 'value' && start.column > innermost.column) {
    return { start, block: { kind: start.kind, column: start.column, path: innermost.path, lastLine: lineNumber, size: 0 } };
  }
  const candidates = blocks.filter((block) => block.kind === start.kind);
  // Blocks come outermost first, so on a tie the inner one wins: a line is usually meant for the block just above it.
  const block = candidates.reduce<OpenBlock | undefined>(
    (best, candidate) => (!best || distance(candidate) <= distance(best) ? candidate : best),
    undefined,
  );
  return block && { start, block, parent: blocks[blocks.indexOf(block) - 1] };
}

/**
 * The line to move when `placed` is out of line. YAML takes a block's column from its first field, so when
 * that one is out of place the parser stops at the second. If the block has only that first field, the
 * reported line sits one step inside the parent and the first does not, the first is the one to move.
 */
function lineToMove(lines: string[], lineNumber: number, placed: PlacedLine): { lineNumber: number; placed: PlacedLine } {
  const { start, block, parent } = placed;
  const first = lineStart(lines[block.lastLine - 1] ?? '');
  const stepInside = parent ? parent.column + INDENT_STEP : 0;
  const firstIsOut = block.size === 1 && start.column === stepInside && first?.kind === block.kind && first.column === block.column;
  if (!firstIsOut) return { lineNumber, placed };
  const alignedWith: OpenBlock = { ...block, column: start.column, lastLine: lineNumber, lastKey: start.key, size: 0 };
  return { lineNumber: block.lastLine, placed: { start: first, block: alignedWith, parent } };
}

/** The field a line holds once it sits in its block: `items[0].count`, or `items[1].name` for a new list entry. */
function fieldOfLine({ start, block }: PlacedLine): string {
  if (start.kind === 'field') return formatFieldPath([...block.path, start.key ?? '']);
  return formatFieldPath(start.key === undefined ? [...block.path, block.size] : [...block.path, block.size, start.key]);
}

function indentationProblem(file: string, lineNumber: number, placed: PlacedLine): Problem {
  const { start, block } = placed;
  const target = block.kind === 'field' ? `"${block.lastKey}"` : 'the "-"';
  const move = block.column === 0 ? 'remove the indentation' : `indent this line with ${plural(block.column, 'space')}`;
  return {
    file,
    line: lineNumber,
    col: start.column + 1,
    field: fieldOfLine(placed),
    message:
      start.kind === 'field'
        ? `Fix the indentation of "${start.key}": fields of the same block must start in the same column.`
        : 'Fix the indentation of this list entry: entries of the same list must start in the same column.',
    hint: `${move} to line up with ${target} on line ${block.lastLine}`,
    rule: 'yaml',
    severity: 'error',
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
    ({ file, line: at.line, col: at.col, field, message, hint, rule: 'yaml', severity: 'error' });

  const apostrophe = strayApostrophe(lines[position.line - 1] ?? '');
  if (apostrophe) {
    const placed = placeLine(lines, position.line);
    const field = placed && placed.block.column === placed.start.column ? fieldOfLine(placed) : '';
    const doubled = `'${apostrophe.text.replace(/'/g, "''")}'`;
    return [problem(
      `Fix the quotes: the apostrophe in '${apostrophe.text}' ends the single-quoted text early.`,
      `write it as ${JSON.stringify(apostrophe.text)} (double quotes) or ${doubled} (double the apostrophe)`,
      { line: position.line, col: apostrophe.column + 1 },
      field,
    )];
  }
  const readerLine = ((readerError as { mark?: { line: number } }).mark?.line ?? -1) + 1;
  const placed = issue.code === 'TAB_AS_INDENT' || readerLine < 1 ? undefined : placeLine(lines, readerLine);
  if (placed && placed.block.column !== placed.start.column) {
    const offending = lineToMove(lines, readerLine, placed);
    return [indentationProblem(file, offending.lineNumber, offending.placed)];
  }
  const reason = firstLine(issue.message);
  const hint = YAML_MESSAGE_HINTS.find(([pattern]) => pattern.test(reason))?.[1]
    ?? YAML_HINTS[issue.code]
    ?? 'compare the layout with a working file of the same kind';
  return [problem(`Fix the YAML syntax: ${reason}.`.replace(/\.\.$/, '.'), hint)];
}

/**
 * Parse YAML text once for its values with the fast js-yaml reader (YAML 1.2 core schema: dates stay
 * text, duplicate keys are errors). Line positions need a second, slower parse that keeps the syntax
 * tree, so that happens only when a problem has to be located, which valid content never needs.
 */
export function parseYamlFile(file: string, text: string): { raw: unknown; locate: ReturnType<typeof locator>; problems: Problem[] } {
  let located: ReturnType<typeof locator> | undefined;
  const locate: ReturnType<typeof locator> = (path, options) => {
    if (!located) {
      const lineCounter = new LineCounter();
      located = locator(parseDocument(text, { lineCounter }), lineCounter);
    }
    return located(path, options);
  };
  try {
    return { raw: loadYaml(text, { schema: CORE_SCHEMA, filename: file }), locate, problems: [] };
  } catch (error) {
    const problems = diagnoseSyntax(file, text, error);
    if (problems.length === 0) {
      // The two parsers disagree on a rare construct; report the fast reader's own words and place.
      const mark = (error as { mark?: { line: number; column: number } }).mark;
      const reason = (error as { reason?: string }).reason ?? 'the file is not valid YAML';
      problems.push({ file, line: (mark?.line ?? 0) + 1, col: (mark?.column ?? 0) + 1, field: '', message: `Fix the YAML syntax: ${reason}.`, hint: 'compare the layout with a working file of the same kind', rule: 'yaml', severity: 'error' });
    }
    return { raw: undefined, locate, problems };
  }
}

/** Parse and validate one YAML file against its schema. All problems are collected, none thrown. */
export function loadYamlFile<S extends z.ZodType>(file: string, text: string, schema: S): { yaml: YamlFile<z.output<S>>; problems: Problem[] } {
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
        for (const problem of issueToProblems(issue, { file, raw: parsed.raw, schema, locate: parsed.locate })) {
          if (!reportedFields.has(problem.field)) problems.push(problem);
          reportedFields.add(problem.field);
        }
      }
    }
  }
  const yaml: YamlFile<z.output<S>> = {
    file,
    raw: parsed.raw,
    data,
    problemAt: (path, message, { hint, rule = '', severity = 'error' } = {}) => {
      const position = parsed.locate(path);
      return { file, line: position.line, col: position.col, field: formatFieldPath(path), message, hint, rule, severity };
    },
  };
  return { yaml, problems };
}
