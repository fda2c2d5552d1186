/**
 * Fitting a printed one-pager to its Letter page without scripts: the build estimates how tall the
 * sheet's text runs in two columns at each candidate type size and picks the largest size that still
 * fits, so a short one-pager prints larger instead of leaving the bottom of the page blank, and the
 * longest the content rules allow still fits at the smallest size. The estimate is deliberately
 * pessimistic (wide characters, an extra line per column); the browser tests print every sheet.
 */
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

/** A run of text on the sheet: a heading, a paragraph or one list item. */
export interface SheetBlock {
  kind: 'heading' | 'paragraph' | 'item';
  text: string;
}

/** Type sizes the sheet can print at, in hundredths of a point, largest first; each has a CSS class `fit-<size>`. */
export const SHEET_SIZES = [1050, 1025, 1000, 975, 950, 925, 900, 875, 850] as const;
export type SheetSize = (typeof SHEET_SIZES)[number];

/** The printed page, in points: Letter less the site's print margins, split into two columns. */
export const SHEET_PAGE = {
  width: 7.5 * 72,
  height: 10.1 * 72,
  columnGap: 0.3 * 72,
  columns: 2,
  /** The title band: the program line above, the QR code (0.9 in) beside the title, and the rules and gaps around them. */
  programLine: 11,
  qrCode: 0.9 * 72,
  qrColumn: 2.35 * 72 + 0.2 * 72,
  bandExtras: 14,
} as const;

/** Average advance of a character, in em, calibrated on Arial metrics (the sheet prints in Arial or its metric twins). */
const CHAR_WIDTH = 0.46;
const TITLE_CHAR_WIDTH = 0.6;
const LINE_HEIGHT = 1.3;
/** Space between blocks and above headings, in em (margins plus what ragged line ends lose); a heading's size relative to the text. */
const BLOCK_GAP = 0.4;
const HEADING_SCALE = 1.2;
const HEADING_GAP = 1.1;
/** List items are indented by about this much, in points. */
const LIST_INDENT = 14;
/** Measured against the printed sheets, the line count above runs about 5 % long: ragged lines pack tighter than whole characters. */
const RAGGED_FIT = 0.95;
/** The share of the page the estimate may fill: a margin for what it cannot know (hyphenation, a printer driver's rounding). */
const SAFETY = 0.965;
/** The title prints at 15 pt, the line below it at 9 pt. */
const TITLE_SIZE = 15;
const META_SIZE = 9;

const linesOf = (text: string, charWidth: number, size: number, width: number) =>
  Math.max(1, Math.ceil((text.length * charWidth * size) / width));

/** How tall the title band runs, in points: the title and the line of facts below it, or the QR code beside them if taller. */
export function titleBandHeight(title: string, meta: string, page = SHEET_PAGE): number {
  const width = page.width - page.qrColumn;
  const text =
    linesOf(title, TITLE_CHAR_WIDTH, TITLE_SIZE, width) * TITLE_SIZE * 1.25 +
    linesOf(meta, CHAR_WIDTH * 1.1, META_SIZE, width) * META_SIZE * LINE_HEIGHT +
    2;
  return page.programLine + Math.max(page.qrCode, text) + page.bandExtras;
}

/** The headings, paragraphs and list items of a one-pager, in order. */
export function onePagerBlocks(tree: Root): SheetBlock[] {
  const blocksOf = (node: RootContent): SheetBlock[] => {
    if (node.type === 'heading') return [{ kind: 'heading', text: toString(node) }];
    if (node.type === 'paragraph') return [{ kind: 'paragraph', text: toString(node) }];
    if (node.type === 'list') return node.children.map((item) => ({ kind: 'item' as const, text: toString(item) }));
    return [];
  };
  return tree.children.flatMap(blocksOf);
}

/** A section the page adds after the one-pager: its heading, then paragraphs or list items. */
export interface SheetSection {
  heading: string;
  paragraphs?: string[];
  items?: string[];
}

/** Everything the sheet's columns hold: the one-pager's blocks, then each added section's. */
export function sheetBlocks(onePager: Root | undefined, sections: SheetSection[]): SheetBlock[] {
  return [
    ...(onePager ? onePagerBlocks(onePager) : []),
    ...sections.flatMap((section) => [
      { kind: 'heading' as const, text: section.heading },
      ...(section.paragraphs ?? []).map((text) => ({ kind: 'paragraph' as const, text })),
      ...(section.items ?? []).map((text) => ({ kind: 'item' as const, text })),
    ]),
  ];
}

/** How tall the blocks run, in points, poured into one column of the given width at a type size in points. */
export function blocksHeight(blocks: SheetBlock[], size: number, columnWidth: number): number {
  const ems = blocks.reduce((sum, block) => {
    if (block.kind === 'heading')
      return sum + HEADING_GAP + linesOf(block.text, CHAR_WIDTH, size * HEADING_SCALE, columnWidth) * HEADING_SCALE * LINE_HEIGHT;
    const width = block.kind === 'item' ? columnWidth - LIST_INDENT : columnWidth;
    return sum + BLOCK_GAP + linesOf(block.text, CHAR_WIDTH, size, width) * LINE_HEIGHT;
  }, 0);
  return ems * size * RAGGED_FIT;
}

/**
 * The largest size at which the blocks, in balanced columns below a title band `bandHeight` tall,
 * fit the page; the smallest size if none does.
 */
export function sheetSize(blocks: SheetBlock[], bandHeight: number, page = SHEET_PAGE): SheetSize {
  const columnWidth = (page.width - page.columnGap * (page.columns - 1)) / page.columns;
  const fits = (size: SheetSize) => {
    const points = size / 100;
    // Balanced columns lose up to a line each where a block or heading cannot break.
    const slack = page.columns * LINE_HEIGHT * points;
    return (blocksHeight(blocks, points, columnWidth) + slack) / page.columns <= (page.height - bandHeight) * SAFETY;
  };
  return SHEET_SIZES.find(fits) ?? SHEET_SIZES.at(-1)!;
}
