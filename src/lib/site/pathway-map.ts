/**
 * Layout of the pathway map: the program's levels left to right (Louisiana: 1 → 2 → 3), one lane
 * per pathway, the credentials that serve every pathway spanning every lane. Computed from content,
 * so a new credential, pathway or level appears on the map without anyone drawing it. However large
 * the catalog, the map stays small: a cell (one pathway at one level) draws at most MAP_CELL_LIMIT
 * boxes, the last one saying how many more there are and linking to where they are all listed.
 */
import type { Credential, Pathway, Program } from '../../../schemas/index.ts';
import { pathwayGroups, type PathwayGroup } from '../content/program.ts';
import { preview } from './listing.ts';
import { catalogFilterPath, levelValue } from './search-facets.ts';
import { pathwayLevelSection } from './site-model.ts';

/** Boxes one cell of the map draws at most, a "more" box included: today's largest cell holds 4. */
export const MAP_CELL_LIMIT = 5;

/** One pathway (or the all-pathways group) at one level, summarized for the map. */
export interface MapCell {
  level: number;
  group: PathwayGroup;
  /** Every credential of the cell, in catalog order. */
  members: Credential[];
  /** The ones the map shows. */
  shown: Credential[];
  /** What the "more" box says and links to, when the cell holds more than the map shows. */
  more?: { count: number; text: string; href: string } | undefined;
}

/**
 * Every non-empty cell, level by level, each summarized to MAP_CELL_LIMIT boxes. A pathway's "more"
 * links to its level on the pathway page; the all-pathways group's to the catalog filtered by level.
 */
export function mapCells(credentials: Credential[], program: Program, limit = MAP_CELL_LIMIT): MapCell[] {
  return program.levels.flatMap((entry) =>
    pathwayGroups(program).flatMap((group): MapCell[] => {
      const members = credentials.filter((credential) => credential.level === entry.level && credential.pathway === group.id);
      if (members.length === 0) return [];
      const { shown, more } = preview(members, limit);
      const text = group.servesAll ? `Level ${entry.level} credentials for all pathways` : `Level ${entry.level} ${group.name} credentials`;
      const href = group.servesAll ? catalogFilterPath({ level: [levelValue(entry.level)] }) : pathwayLevelSection(group.id, entry.level);
      return [{ level: entry.level, group, members, shown, more: more > 0 ? { count: more, text, href } : undefined }];
    }),
  );
}

export interface MapNode {
  credential: Credential;
  x: number;
  y: number;
  /** Title split into lines that fit the node. */
  lines: string[];
}

/** The last box of a cell that holds more than the map draws: "37 more Level 2 … credentials". */
export interface MapMoreNode {
  count: number;
  href: string;
  level: number;
  x: number;
  y: number;
  lines: string[];
}

export interface MapLane {
  pathway: Pathway;
  y: number;
  height: number;
}

export interface PathwayMapLayout {
  width: number;
  height: number;
  nodeWidth: number;
  nodeHeight: number;
  columns: Array<{ level: number; x: number }>;
  lanes: MapLane[];
  nodes: MapNode[];
  more: MapMoreNode[];
  /** Arrows from the right edge of one node group to the left edge of the next, per lane. */
  edges: Array<{ from: { x: number; y: number }; to: { x: number; y: number } }>;
  /** Where the shared Level 1 credentials leave, and the vertical line that carries them to each lane. */
  sharedExit: { x: number; y: number };
  bus: { x: number; top: number; bottom: number };
}

const NODE_WIDTH = 230;
const GAP = 12;
const COLUMN_GAP = 70;
const LEFT = 120;
const TOP = 36;
const LANE_PADDING = 14;
/** Room above a lane's nodes for its name. */
const LANE_LABEL = 22;
const CHARS_PER_LINE = 34;
const LINE_HEIGHT = 14;

/** Whole words per line, never truncated: a link's visible text must be its whole name. */
export function wrapTitle(title: string, width = CHARS_PER_LINE): string[] {
  const lines: string[] = [];
  for (const word of title.split(/\s+/)) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

export function layoutPathwayMap(credentials: Credential[], program: Program, limit = MAP_CELL_LIMIT): PathwayMapLayout {
  const { pathways } = program;
  const levels = program.levels.map((entry) => entry.level);
  const cells = mapCells(credentials, program, limit);
  const moreLines = (cell: MapCell) => (cell.more ? wrapTitle(cell.more.text) : []);
  // Every box is as tall as the longest wrapped title it shows needs: a code line plus one line per title line.
  const NODE_HEIGHT =
    24 +
    LINE_HEIGHT *
      Math.max(
        1,
        ...cells.flatMap((cell) => [...cell.shown.map((credential) => wrapTitle(credential.title).length), moreLines(cell).length]),
      );
  const columnX = (level: number) => LEFT + levels.indexOf(level) * (NODE_WIDTH + COLUMN_GAP);
  const boxesIn = (group: MapCell[]) => group.reduce((sum, cell) => sum + cell.shown.length + (cell.more ? 1 : 0), 0);
  const stackHeight = (count: number) => (count === 0 ? 0 : count * NODE_HEIGHT + (count - 1) * GAP);
  const inCell = (group: string, level: number) => cells.filter((cell) => cell.group.id === group && cell.level === level);

  let y = TOP;
  const lanes: MapLane[] = pathways.map((pathway) => {
    const tallest = Math.max(1, ...pathway.levels.map((level) => boxesIn(inCell(pathway.id, level))));
    const lane = { pathway, y, height: stackHeight(tallest) + 2 * LANE_PADDING + LANE_LABEL };
    y += lane.height + GAP;
    return lane;
  });
  const height = y - GAP + 10;
  const nodes: MapNode[] = [];
  const more: MapMoreNode[] = [];
  /** Stacks the boxes of these cells, centered between top and bottom, in the column of `level`. */
  const place = (group: MapCell[], level: number, top: number, bottom: number) => {
    let next = top + (bottom - top - stackHeight(boxesIn(group))) / 2;
    const nextY = () => {
      const at = next;
      next += NODE_HEIGHT + GAP;
      return at;
    };
    for (const cell of group) {
      for (const credential of cell.shown) nodes.push({ credential, x: columnX(level), y: nextY(), lines: wrapTitle(credential.title) });
      if (cell.more)
        more.push({
          count: cell.more.count,
          href: cell.more.href,
          level: cell.level,
          x: columnX(level),
          y: nextY(),
          lines: moreLines(cell),
        });
    }
  };

  // The shared credentials, of every level the group has, sit in the column of its lowest level.
  const sharedLevel = Math.min(...program.allPathways.levels);
  place(
    cells.filter((cell) => cell.group.servesAll),
    sharedLevel,
    TOP,
    height - 10,
  );
  const edges: PathwayMapLayout['edges'] = [];
  // The shared column feeds every lane through a vertical bus halfway to the next column.
  const busX = columnX(sharedLevel) + NODE_WIDTH + COLUMN_GAP / 2;
  const laneMids = lanes.map((lane) => lane.y + LANE_LABEL + (lane.height - LANE_LABEL) / 2);
  const bus = { x: busX, top: Math.min(...laneMids), bottom: Math.max(...laneMids) };
  const sharedMid = { x: columnX(sharedLevel) + NODE_WIDTH, y: TOP + (height - 10 - TOP) / 2 };
  lanes.forEach((lane, laneIndex) => {
    const filled = lane.pathway.levels
      .filter((level) => inCell(lane.pathway.id, level).length > 0)
      .sort((a, b) => levels.indexOf(a) - levels.indexOf(b));
    filled.forEach((level) => place(inCell(lane.pathway.id, level), level, lane.y + LANE_LABEL, lane.y + lane.height));
    const laneMid = laneMids[laneIndex]!;
    if (filled.length > 0) edges.push({ from: { x: busX, y: laneMid }, to: { x: columnX(filled[0]!), y: laneMid } });
    for (let index = 1; index < filled.length; index += 1) {
      edges.push({ from: { x: columnX(filled[index - 1]!) + NODE_WIDTH, y: laneMid }, to: { x: columnX(filled[index]!), y: laneMid } });
    }
  });
  return {
    width: columnX(levels.at(-1)!) + NODE_WIDTH + 10,
    height,
    nodeWidth: NODE_WIDTH,
    nodeHeight: NODE_HEIGHT,
    columns: levels.map((level) => ({ level, x: columnX(level) })),
    lanes,
    nodes,
    more,
    edges,
    sharedExit: sharedMid,
    bus,
  };
}
