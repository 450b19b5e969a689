// Edges drawn through nodes they do not join: a line passing over an unrelated node reads as
// an edge to it. Pure geometry over model coordinates (no Cytoscape), so layouts can be checked
// and repaired, and tests can say which edge crosses which node.

export interface Point {
  x: number;
  y: number;
}

export interface NodeBox {
  id: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface EdgeLine {
  id: string;
  source: string;
  target: string;
  /** The drawn line: two points for a straight edge, more for a curve. */
  points: Point[];
}

export interface Crossing {
  edge: string;
  node: string;
}

/** Does the segment p→q pass through the box (Liang–Barsky clipping)? */
export function segmentHitsBox(p: Point, q: Point, box: NodeBox): boolean {
  const dx = q.x - p.x;
  const dy = q.y - p.y;
  let enter = 0;
  let leave = 1;
  const sides: [number, number][] = [
    [-dx, p.x - box.x1],
    [dx, box.x2 - p.x],
    [-dy, p.y - box.y1],
    [dy, box.y2 - p.y],
  ];
  for (const [step, room] of sides) {
    if (step === 0) {
      if (room < 0) return false;
      continue;
    }
    const t = room / step;
    if (step < 0) enter = Math.max(enter, t);
    else leave = Math.min(leave, t);
    if (enter > leave) return false;
  }
  return true;
}

/**
 * Every (edge, node) pair where the edge's line passes through a node that is neither of its
 * ends. Boxes are bucketed on a grid, so a canvas of thousands of elements is checked quickly.
 */
export function edgesThroughNodes(nodes: NodeBox[], edges: EdgeLine[]): Crossing[] {
  if (nodes.length === 0 || edges.length === 0) return [];
  const cell = Math.max(20, ...nodes.map((n) => Math.max(n.x2 - n.x1, n.y2 - n.y1))) * 2;
  const grid = new Map<string, NodeBox[]>();
  const key = (i: number, j: number) => `${i},${j}`;
  for (const n of nodes) {
    for (let i = Math.floor(n.x1 / cell); i <= Math.floor(n.x2 / cell); i++) {
      for (let j = Math.floor(n.y1 / cell); j <= Math.floor(n.y2 / cell); j++) {
        const list = grid.get(key(i, j)) ?? [];
        list.push(n);
        grid.set(key(i, j), list);
      }
    }
  }
  const found: Crossing[] = [];
  for (const edge of edges) {
    const hit = new Set<string>();
    for (let s = 0; s + 1 < edge.points.length; s++) {
      const p = edge.points[s];
      const q = edge.points[s + 1];
      for (let i = Math.floor(Math.min(p.x, q.x) / cell); i <= Math.floor(Math.max(p.x, q.x) / cell); i++) {
        for (let j = Math.floor(Math.min(p.y, q.y) / cell); j <= Math.floor(Math.max(p.y, q.y) / cell); j++) {
          for (const n of grid.get(key(i, j)) ?? []) {
            if (n.id === edge.source || n.id === edge.target || hit.has(n.id)) continue;
            if (segmentHitsBox(p, q, n)) hit.add(n.id);
          }
        }
      }
    }
    for (const node of hit) found.push({ edge: edge.id, node });
  }
  return found;
}

/**
 * How far to move a node, and where, so that the line p→q clears its box by `margin`: straight
 * away from the line (to whichever side the box's centre already lies).
 */
export function clearingMove(p: Point, q: Point, box: NodeBox, margin: number): Point {
  const cx = (box.x1 + box.x2) / 2;
  const cy = (box.y1 + box.y2) / 2;
  const dx = q.x - p.x;
  const dy = q.y - p.y;
  const length = Math.hypot(dx, dy) || 1;
  // The unit normal of the line, turned towards the box's centre.
  let nx = -dy / length;
  let ny = dx / length;
  let side = (cx - p.x) * nx + (cy - p.y) * ny;
  if (side < 0) {
    nx = -nx;
    ny = -ny;
    side = -side;
  } else if (side === 0 && (dx < 0 || (dx === 0 && dy < 0))) {
    // Dead centre on the line: the side depends on the line's direction only, so both of two
    // edges drawn the same way push the same way.
    nx = -nx;
    ny = -ny;
  }
  const reach = (Math.abs(nx) * (box.x2 - box.x1)) / 2 + (Math.abs(ny) * (box.y2 - box.y1)) / 2;
  const shift = reach + margin - side;
  return shift > 0 ? { x: nx * shift, y: ny * shift } : { x: 0, y: 0 };
}
