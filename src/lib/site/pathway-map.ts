/**
 * Layout of the pathway map: the program's levels left to right (Louisiana: 1 → 2 → 3), one lane
 * per pathway, the credentials that serve every pathway spanning every lane. Computed from content,
 * so a new credential, pathway or level appears on the map without anyone drawing it.
 */
import type { Credential, Pathway, Program } from '../../../schemas/index.ts';

export interface MapNode {
  credential: Credential;
  x: number;
  y: number;
  /** Title split into lines that fit the node. */
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

export function layoutPathwayMap(credentials: Credential[], program: Program): PathwayMapLayout {
  const { pathways } = program;
  const levels = program.levels.map((entry) => entry.level);
  // Every node is as tall as the longest wrapped title needs: a code line plus one line per title line.
  const NODE_HEIGHT = 24 + LINE_HEIGHT * Math.max(1, ...credentials.map((credential) => wrapTitle(credential.title).length));
  const columnX = (level: number) => LEFT + levels.indexOf(level) * (NODE_WIDTH + COLUMN_GAP);
  const inLane = (pathway: Pathway, level: number) =>
    credentials.filter((credential) => credential.pathway === pathway.id && credential.level === level);
  const stackHeight = (count: number) => (count === 0 ? 0 : count * NODE_HEIGHT + (count - 1) * GAP);

  let y = TOP;
  const lanes: MapLane[] = pathways.map((pathway) => {
    const tallest = Math.max(1, ...pathway.levels.map((level) => inLane(pathway, level).length));
    const lane = { pathway, y, height: stackHeight(tallest) + 2 * LANE_PADDING + LANE_LABEL };
    y += lane.height + GAP;
    return lane;
  });
  const height = y - GAP + 10;
  const nodes: MapNode[] = [];
  const place = (group: Credential[], level: number, top: number, bottom: number) => {
    const start = top + (bottom - top - stackHeight(group.length)) / 2;
    group.forEach((credential, index) =>
      nodes.push({ credential, x: columnX(level), y: start + index * (NODE_HEIGHT + GAP), lines: wrapTitle(credential.title) }),
    );
  };

  // The shared credentials sit in the column of the all-pathways group's lowest level.
  const sharedLevel = Math.min(...program.allPathways.levels);
  const shared = credentials.filter((credential) => credential.pathway === program.allPathways.id);
  place(shared, sharedLevel, TOP, height - 10);
  const edges: PathwayMapLayout['edges'] = [];
  // The shared column feeds every lane through a vertical bus halfway to the next column.
  const busX = columnX(sharedLevel) + NODE_WIDTH + COLUMN_GAP / 2;
  const laneMids = lanes.map((lane) => lane.y + LANE_LABEL + (lane.height - LANE_LABEL) / 2);
  const bus = { x: busX, top: Math.min(...laneMids), bottom: Math.max(...laneMids) };
  const sharedMid = { x: columnX(sharedLevel) + NODE_WIDTH, y: TOP + (height - 10 - TOP) / 2 };
  lanes.forEach((lane, laneIndex) => {
    const filled = lane.pathway.levels
      .filter((level) => inLane(lane.pathway, level).length > 0)
      .sort((a, b) => levels.indexOf(a) - levels.indexOf(b));
    filled.forEach((level) => place(inLane(lane.pathway, level), level, lane.y + LANE_LABEL, lane.y + lane.height));
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
    edges,
    sharedExit: sharedMid,
    bus,
  };
}
