import { adjacency, components, type Adjacency, type LayoutGraph } from './graph';
import { packBoxes } from './pack';
import { pivotMds } from './pivotMds';
import { refine } from './refine';

// The quick force layout: per connected component a pivot-MDS picture refined by a
// Barnes–Hut force pass, then the components packed side by side. Pure computation on typed
// arrays (no Cytoscape), so it can be timed and tested on its own.

export type { LayoutGraph } from './graph';

export interface ForceLayoutOptions {
  /** The length an edge settles at (px at zoom 1). */
  edgeLength: number;
  /** Space between packed components. */
  componentGap: number;
  /** Width/height of the canvas, which the packed components should fill. */
  aspect: number;
  /** Force rounds per component (fewer for very large ones: see roundsFor). */
  iterations?: number;
  /**
   * Current positions (x0, y0, x1, …): refine these instead of starting afresh, and keep the
   * components where they are (an expansion on a large canvas should not reshuffle it).
   */
  start?: Float64Array;
  /** With `start`: nodes that must not move (1 = pinned). */
  fixed?: Uint8Array;
}

/** Rounds of an incremental pass: enough for a clump of new neighbours to fan out. */
const INCREMENTAL_ROUNDS = 60;

/** Positions (x0, y0, x1, y1, …) for every node of the graph. */
export function forceLayout(graph: LayoutGraph, options: ForceLayoutOptions): Float64Array {
  const adj = adjacency(graph);
  if (options.start) return refineInPlace(graph, adj, options.start, options);
  const scratch = { dist: new Int32Array(graph.n), queue: new Int32Array(graph.n) };
  const pieces = components(adj, graph.n).map((members) => layoutComponent(graph, adj, members, options, scratch));
  const corners = packBoxes(pieces.map((piece) => piece.box), options.componentGap, options.aspect);
  const positions = new Float64Array(2 * graph.n);
  pieces.forEach((piece, c) => {
    const dx = corners[c].x - piece.box.x1;
    const dy = corners[c].y - piece.box.y1;
    piece.members.forEach((node, i) => {
      positions[2 * node] = piece.xs[i] + dx;
      positions[2 * node + 1] = piece.ys[i] + dy;
    });
  });
  return positions;
}

/**
 * Fewer rounds for bigger components keep the time roughly linear in the graph's size (about
 * 0.2 s for 2,500 nodes); pivot MDS has the overall shape right already, so the later rounds
 * would mostly polish.
 */
function roundsFor(size: number, requested: number | undefined): number {
  if (requested !== undefined) return requested;
  return Math.round(Math.min(120, Math.max(30, 120 * Math.sqrt(200 / size))));
}

interface Piece {
  members: Int32Array;
  xs: Float64Array;
  ys: Float64Array;
  box: { x1: number; y1: number; width: number; height: number };
}

function layoutComponent(graph: LayoutGraph, adj: Adjacency, members: Int32Array, options: ForceLayoutOptions, scratch: { dist: Int32Array; queue: Int32Array }): Piece {
  const size = members.length;
  const xs = new Float64Array(size);
  const ys = new Float64Array(size);
  if (size === 2) {
    xs[0] = -options.edgeLength / 2;
    xs[1] = options.edgeLength / 2;
  } else if (size > 2) {
    const start = pivotMds(adj, members, options.edgeLength, scratch);
    // A little noise (the same every time) breaks symmetries MDS leaves exact: a triangle or a
    // cycle projected onto a line would otherwise stay on it, forces and all.
    const noise = seededNoise(size);
    for (let i = 0; i < size; i += 1) {
      xs[i] = start[2 * i] + options.edgeLength * 0.05 * noise();
      ys[i] = start[2 * i + 1] + options.edgeLength * 0.05 * noise();
    }
    const { edgeA, edgeB } = localEdges(adj, members, scratch.dist);
    const radius = Float64Array.from(members, (node) => graph.radius[node]);
    refine({ xs, ys, edgeA, edgeB, radius, fixed: null }, { edgeLength: options.edgeLength, iterations: roundsFor(size, options.iterations), startTemperature: 0.5 });
  }
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  members.forEach((node, i) => {
    const r = graph.radius[node];
    x1 = Math.min(x1, xs[i] - r);
    y1 = Math.min(y1, ys[i] - r);
    x2 = Math.max(x2, xs[i] + r);
    y2 = Math.max(y2, ys[i] + r);
  });
  return { members, xs, ys, box: { x1, y1, width: x2 - x1, height: y2 - y1 } };
}

/** Numbers in [-1, 1) from a linear congruential generator: deterministic, so layouts repeat. */
function seededNoise(seed: number): () => number {
  let state = (seed * 2654435761) >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 31 - 1;
  };
}

/** The component's edges as pairs of positions in `members` (each edge once). */
function localEdges(adj: Adjacency, members: Int32Array, local: Int32Array): { edgeA: Int32Array; edgeB: Int32Array } {
  for (let i = 0; i < members.length; i += 1) local[members[i]] = i;
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < members.length; i += 1) {
    const node = members[i];
    for (let e = adj.offsets[node]; e < adj.offsets[node + 1]; e += 1) {
      const j = local[adj.neighbours[e]];
      if (j > i) {
        a.push(i);
        b.push(j);
      }
    }
  }
  return { edgeA: Int32Array.from(a), edgeB: Int32Array.from(b) };
}

/**
 * Incremental: the whole graph from its current positions. The nodes already laid out are near
 * balance and barely move; the new ones, placed in a clump next to the node they came from
 * (Canvas.placeAround), are pushed apart and out.
 */
function refineInPlace(graph: LayoutGraph, adj: Adjacency, start: Float64Array, options: ForceLayoutOptions): Float64Array {
  const all = Int32Array.from({ length: graph.n }, (_, i) => i);
  const xs = Float64Array.from(all, (i) => start[2 * i]);
  const ys = Float64Array.from(all, (i) => start[2 * i + 1]);
  const { edgeA, edgeB } = localEdges(adj, all, new Int32Array(graph.n));
  const rounds = options.iterations ?? INCREMENTAL_ROUNDS;
  refine({ xs, ys, edgeA, edgeB, radius: graph.radius, fixed: options.fixed ?? null }, { edgeLength: options.edgeLength, iterations: rounds, startTemperature: 0.3 });
  const positions = new Float64Array(2 * graph.n);
  for (let i = 0; i < graph.n; i += 1) {
    positions[2 * i] = xs[i];
    positions[2 * i + 1] = ys[i];
  }
  return positions;
}
