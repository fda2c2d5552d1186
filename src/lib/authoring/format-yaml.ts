/**
 * The canonical layout of a content YAML file, so that a diff shows what an author changed and
 * never how their editor happened to lay it out: keys in the order the file's zod schema declares
 * them, two-space block indentation, prose wrapped at 100 columns. Every value and every comment is
 * kept; the result is checked against the original before it is handed back.
 */
import { isDeepStrictEqual } from 'node:util';
import type { z } from 'astro/zod';
import { CORE_SCHEMA, load as loadYaml } from 'js-yaml';
import {
  isMap,
  isNode,
  isScalar,
  isSeq,
  Lexer,
  parseDocument,
  Scalar,
  visit,
  YAMLMap,
  YAMLSeq,
  type Document,
  type Pair,
  type ScalarTag,
  type Tags,
  type ToStringOptions,
} from 'yaml';
import { makeProblem, type FieldPath, type Problem } from '../problems.ts';
import { parseYamlFile } from '../content/yaml-file.ts';
import { knownKeysAt } from '../content/zod-issues.ts';

/** Column at which plain and folded (`>-`) text is wrapped. */
export const FORMAT_LINE_WIDTH = 100;

export type FormatResult = { ok: true; text: string } | { ok: false; problem: Problem };

/**
 * The layout options that shape content files, spelled out so that a `yaml` release with other
 * defaults cannot silently change the canonical form of every file.
 */
const LAYOUT: ToStringOptions = {
  indent: 2,
  // `key:` then `  - item`: block sequences indented under their key, as authors write them.
  indentSeq: true,
  lineWidth: FORMAT_LINE_WIDTH,
  // Deeply nested text still gets at least this many columns before it wraps.
  minContentWidth: 20,
  // `{ from: 9, to: 12 }`; sequences are printed `[a, b]` by keepFlowCollectionsOnOneLine().
  flowCollectionPadding: true,
  // `>-` and `|` blocks stay blocks; every scalar keeps the style it was written in.
  blockQuote: true,
  // A `\n` written inside double quotes stays an escape instead of becoming a quoted line break.
  doubleQuotedMinMultiLineLength: Number.POSITIVE_INFINITY,
};

type StringifyContext = Parameters<NonNullable<ScalarTag['stringify']>>[1];

/**
 * Quoted text is usually a title that needed quotes for its colon; splitting it over two lines
 * only makes it harder to find, so only plain and block text is wrapped. For plain text after a
 * key, the printer counts the width of the key but not the indentation in front of it; adding that
 * back makes nested text wrap at the same column as top-level text.
 */
function stringContext(scalar: Scalar, ctx: StringifyContext): StringifyContext {
  if (scalar.type === Scalar.QUOTE_DOUBLE || scalar.type === Scalar.QUOTE_SINGLE)
    return { ...ctx, options: { ...ctx.options, lineWidth: 0 } };
  if (ctx.inFlow || ctx.indentAtStart === undefined) return ctx;
  return { ...ctx, indentAtStart: ctx.indentAtStart + ctx.indent.length - ctx.indentStep.length };
}

/**
 * The printer leaves plain text whole when it would fit on a line of its own, even where the key in
 * front pushes the line past the width (and one column past it in a list entry); such text is
 * wrapped once, at the last space that fits.
 */
function wrapOverflow(printed: string, scalar: Scalar, ctx: StringifyContext): string {
  const column = ctx.indentAtStart ?? ctx.indent.length;
  if (
    scalar.type !== Scalar.PLAIN ||
    ctx.inFlow ||
    ctx.implicitKey ||
    printed !== scalar.value ||
    column + printed.length <= FORMAT_LINE_WIDTH
  )
    return printed;
  for (let at = FORMAT_LINE_WIDTH - column; at > 0; at -= 1) {
    if (printed[at] === ' ' && printed[at - 1] !== ' ' && printed[at + 1] !== ' ')
      return `${printed.slice(0, at)}\n${ctx.indent}${printed.slice(at + 1)}`;
  }
  return printed;
}

function canonicalTags(tags: Tags): Tags {
  return tags.map((tag) => {
    if (typeof tag === 'string' || tag.tag !== 'tag:yaml.org,2002:str' || !tag.stringify) return tag;
    const stringify = tag.stringify;
    return {
      ...tag,
      stringify: (item, ctx, onComment, onChompKeep) => {
        const context = stringContext(item, ctx);
        return wrapOverflow(stringify(item, context, onComment, onChompKeep), item, context);
      },
    };
  });
}

/**
 * The `yaml` printer has one padding option for both kinds of flow collection and wraps a long one
 * over many lines, one item each. Content files write `{ from: 9, to: 12 }` and `[a, b]`, and a list
 * of authors reads best on the line its author put it on, so each flow collection is printed on one
 * line, padded inside braces only, with the text inside it never wrapped.
 */
function keepFlowCollectionsOnOneLine(doc: Document): void {
  const oneLine = (ctx: StringifyContext | undefined, padding: string) =>
    ctx && { ...ctx, flowCollectionPadding: padding, options: { ...ctx.options, lineWidth: 0 } };
  visit(doc, {
    Map(_, map) {
      if (map.flow)
        map.toString = (ctx, onComment, onChompKeep) => YAMLMap.prototype.toString.call(map, oneLine(ctx, ' '), onComment, onChompKeep);
    },
    Seq(_, seq) {
      if (seq.flow)
        seq.toString = (ctx, onComment, onChompKeep) => YAMLSeq.prototype.toString.call(seq, oneLine(ctx, ''), onComment, onChompKeep);
    },
  });
}

const keyOf = (pair: Pair): unknown => (isScalar(pair.key) ? pair.key.value : pair.key);

const joinComments = (...comments: Array<string | null | undefined>) => comments.filter(Boolean).join('\n') || null;

/**
 * Sort the keys of every mapping into schema order, recursively; keys the schema does not know keep
 * their order after the known ones. A comment travels with the key it sits above. The parser files
 * the comment above a block's first key under the block itself, so when that key moves, its comment
 * is handed to it first; the comment at the top of the file stays there as the file's header.
 */
function orderKeys(node: unknown, schema: z.ZodType, path: FieldPath, doc: Document): void {
  if (isSeq(node)) {
    node.items.forEach((item, index) => orderKeys(item, schema, [...path, index], doc));
    return;
  }
  if (!isMap(node)) return;
  const known = knownKeysAt(schema, path);
  const rank = (pair: Pair) => {
    const key = keyOf(pair);
    const index = typeof key === 'string' ? known.indexOf(key) : -1;
    return index === -1 ? known.length : index;
  };
  const first = node.items[0];
  node.items.sort((a, b) => rank(a) - rank(b));
  const newFirst = node.items[0];
  if (first && newFirst && newFirst !== first) {
    if (isScalar(first.key) && node === doc.contents && !doc.commentBefore) {
      node.commentBefore = joinComments(node.commentBefore, first.key.commentBefore);
      first.key.commentBefore = null;
    } else if (isScalar(first.key) && typeof path.at(-1) === 'string' && !node.flow) {
      first.key.commentBefore = joinComments(node.commentBefore, first.key.commentBefore);
      node.commentBefore = null;
    }
    // A blank line kept in front of a key that is now first would open its block (or the file) with a gap.
    if (isNode(newFirst.key)) newFirst.key.spaceBefore = false;
  }
  // Nothing can stand between a list entry's dash and its first key, so a comment above that key goes above the dash.
  if (typeof path.at(-1) === 'number' && newFirst && isScalar(newFirst.key) && newFirst.key.commentBefore) {
    node.commentBefore = joinComments(node.commentBefore, newFirst.key.commentBefore);
    newFirst.key.commentBefore = null;
  }
  for (const pair of node.items) {
    const key = keyOf(pair);
    if (typeof key === 'string') orderKeys(pair.value, schema, [...path, key], doc);
  }
}

/**
 * `key: # note` above a nested block: the parser files the note with the block, and the printer
 * would then put it on a line of its own under the key. Handing it to the key keeps it on the key's line.
 */
function keepKeyLineComments(doc: Document, text: string): void {
  visit(doc, {
    Pair(_, pair) {
      if (!isScalar(pair.key) || !pair.key.range || !isNode(pair.value) || !pair.value.commentBefore) return;
      const lineEnd = text.indexOf('\n', pair.key.range[1]);
      if (!/^[ \t]*:[ \t]+#/.test(text.slice(pair.key.range[1], lineEnd === -1 ? undefined : lineEnd))) return;
      const [keyLine, ...below] = pair.value.commentBefore.split('\n');
      pair.key.comment = joinComments(pair.key.comment, keyLine);
      pair.value.commentBefore = joinComments(...below);
    },
  });
}

/** Comment lines in source order, as the lexer sees them (never `#` inside quoted or block text). */
function commentLines(text: string): string[] {
  return [...new Lexer().lex(text)].filter((token) => token.startsWith('#')).map((token) => token.trimEnd());
}

/**
 * The safety net: what formatting `original` into `formatted` would lose, judged by the checker's own
 * parser (values) and the lexer (comments), or undefined when nothing is lost.
 */
function changeBetween(originalValue: unknown, original: string, formatted: string): string | undefined {
  let value: unknown;
  try {
    value = loadYaml(formatted, { schema: CORE_SCHEMA });
  } catch {
    return 'produced invalid YAML';
  }
  if (!isDeepStrictEqual(value, originalValue)) return 'changed a value';
  if (!isDeepStrictEqual(commentLines(formatted).sort(), commentLines(original).sort())) return 'lost or changed a comment';
  return undefined;
}

/** Every line break (CR LF, or a CR on its own) as LF. */
const toLf = (text: string) => text.replace(/\r\n?/g, '\n');

/**
 * Whether the checker's parser reads `text` as `value`: the safety net for converting line endings,
 * so that a CR the parser would have kept in a value is never silently turned into LF.
 */
function readsAs(text: string, value: unknown): boolean {
  try {
    return isDeepStrictEqual(loadYaml(text, { schema: CORE_SCHEMA }), value);
  } catch {
    return false;
  }
}

const notFormatted = (file: string, change: string): FormatResult => ({
  ok: false,
  problem: {
    file,
    line: 1,
    col: 1,
    field: '',
    message: `Not formatted: formatting would have ${change}.`,
    hint: 'the file was left as it is; please report this with the file attached',
    rule: 'format',
    severity: 'error',
  },
});

/**
 * The text of one content YAML file in canonical form, or the problem that stopped it. `file` is
 * the path shown in problems; `schema` the zod schema for that kind of file (see schemaForContentPath).
 * Text that does not parse is never formatted. The result always has LF line endings.
 */
export function formatYaml(file: string, original: string, schema: z.ZodType): FormatResult {
  // YAML reads CR LF, a lone CR and LF alike as one line break, but the layout parser knows only LF,
  // and a file with mixed endings shows up as a whole-file diff; so the canonical form uses LF only.
  const text = toLf(original);
  const parsed = parseYamlFile(file, text);
  const syntaxProblem = parsed.problems[0];
  if (syntaxProblem) return { ok: false, problem: syntaxProblem };
  if (text !== original && !readsAs(original, parsed.raw)) return notFormatted(file, 'changed a value');

  const doc = parseDocument(text, { customTags: canonicalTags, prettyErrors: true });
  const docError = doc.errors[0];
  if (docError) {
    // Only reached where the stricter parser rejects what the checker's parser accepted (a key over 1024 characters).
    const position = docError.linePos?.[0] ?? { line: 1, col: 1 };
    const reason = docError.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    return {
      ok: false,
      problem: makeProblem(file, `Fix the YAML syntax: ${reason}.`, {
        ...position,
        hint: 'compare the layout with a working file of the same kind',
        rule: 'yaml',
      }),
    };
  }
  keepKeyLineComments(doc, text);
  keepFlowCollectionsOnOneLine(doc);
  orderKeys(doc.contents, schema, [], doc);
  const formatted = doc.toString(LAYOUT);

  // Spaces at the end of a line are invisible in review, so they go, unless a value's text ends a line with them.
  const trimmed = formatted.replace(/[ \t]+$/gm, '');
  if (trimmed !== formatted && !changeBetween(parsed.raw, text, trimmed)) return { ok: true, text: trimmed };
  const change = changeBetween(parsed.raw, text, formatted);
  return change ? notFormatted(file, change) : { ok: true, text: formatted };
}
