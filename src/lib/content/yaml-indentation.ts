/**
 * Where block YAML's indentation went wrong: which open block a line belongs to, the line to move, and
 * a message that says how far to indent it. Used when a file does not parse; valid files never get here.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode, type YAMLMap, type YAMLSeq } from 'yaml';
import { formatFieldPath, makeProblem, plural, type FieldPath, type Position, type Problem } from '../problems.ts';

/** Where a node starts in the text, if it has a place there. */
export function nodeStart(node: YamlNode | null | undefined, counter: LineCounter): Position | undefined {
  const offset = node?.range?.[0];
  return offset === undefined ? undefined : counter.linePos(offset);
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
export function placeLine(lines: string[], lineNumber: number): PlacedLine | undefined {
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
export function lineToMove(lines: string[], lineNumber: number, placed: PlacedLine): { lineNumber: number; placed: PlacedLine } {
  const { start, block, parent } = placed;
  const first = lineStart(lines[block.lastLine - 1] ?? '');
  const stepInside = parent ? parent.column + INDENT_STEP : 0;
  const firstIsOut = block.size === 1 && start.column === stepInside && first?.kind === block.kind && first.column === block.column;
  if (!firstIsOut) return { lineNumber, placed };
  const alignedWith: OpenBlock = { ...block, column: start.column, lastLine: lineNumber, lastKey: start.key, size: 0 };
  return { lineNumber: block.lastLine, placed: { start: first, block: alignedWith, parent } };
}

/** The field a line holds once it sits in its block: `items[0].count`, or `items[1].name` for a new list entry. */
export function fieldOfLine({ start, block }: PlacedLine): string {
  if (start.kind === 'field') return formatFieldPath([...block.path, start.key ?? '']);
  return formatFieldPath(start.key === undefined ? [...block.path, block.size] : [...block.path, block.size, start.key]);
}

export function indentationProblem(file: string, lineNumber: number, placed: PlacedLine): Problem {
  const { start, block } = placed;
  const target = block.kind === 'field' ? `"${block.lastKey}"` : 'the "-"';
  const move = block.column === 0 ? 'remove the indentation' : `indent this line with ${plural(block.column, 'space')}`;
  const message =
    start.kind === 'field'
      ? `Fix the indentation of "${start.key}": fields of the same block must start in the same column.`
      : 'Fix the indentation of this list entry: entries of the same list must start in the same column.';
  return makeProblem(file, message, {
    line: lineNumber,
    col: start.column + 1,
    field: fieldOfLine(placed),
    hint: `${move} to line up with ${target} on line ${block.lastLine}`,
    rule: 'yaml',
  });
}
