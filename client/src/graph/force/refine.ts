import { QuadTree } from './quadtree';

// The force pass: every pair of nodes repels with K³/d² (Barnes–Hut), every edge pulls with d²/K,
// so two connected nodes settle about K apart. Repulsion that falls with the square of the
// distance (rather than Fruchterman–Reingold's K²/d) keeps clusters compact instead of blowing the
// graph up into a hollow ball, much as fCoSE's CoSE forces do. Moves are capped by a temperature
// that cools to nothing, so the pass always ends after a fixed number of rounds; starting from a
// good picture (pivot MDS, or the positions already on the canvas) it only has to settle details:
// fan out leaves stacked on one spot, separate touching nodes, untangle the rest.

export interface RefineInput {
  /** Positions, changed in place. */
  xs: Float64Array;
  ys: Float64Array;
  /** Edges as local index pairs. */
  edgeA: Int32Array;
  edgeB: Int32Array;
  radius: Float64Array;
  /** Nodes that keep their place (pinned by the analyst); null when none. */
  fixed: Uint8Array | null;
}

export interface RefineOptions {
  edgeLength: number;
  iterations: number;
  /** The largest step in the first round, as a fraction of the edge length. */
  startTemperature: number;
}

/**
 * Barnes–Hut opening criterion (cell width / distance): larger is faster and coarser. Repulsion
 * falls with the square of the distance, so far cells matter little and a coarse 1.2 is enough.
 */
const THETA = 1.2;

export function refine(input: RefineInput, options: RefineOptions): void {
  const { xs, ys, edgeA, edgeB, radius, fixed } = input;
  const size = xs.length;
  if (size < 2) return;
  const tree = new QuadTree();
  const force = new Float64Array(2 * size);
  const k = options.edgeLength;
  for (let round = 0; round < options.iterations; round += 1) {
    force.fill(0);
    tree.build(xs, ys, size);
    for (let i = 0; i < size; i += 1) tree.repel(i, xs, ys, k * k * k, THETA, force);
    for (let e = 0; e < edgeA.length; e += 1) {
      const a = edgeA[e];
      const b = edgeB[e];
      const dx = xs[a] - xs[b];
      const dy = ys[a] - ys[b];
      const d = Math.sqrt(dx * dx + dy * dy);
      // Big nodes want their neighbours a little farther out, so edges stay visible.
      const f = d / (k + radius[a] + radius[b]);
      force[2 * a] -= dx * f;
      force[2 * a + 1] -= dy * f;
      force[2 * b] += dx * f;
      force[2 * b + 1] += dy * f;
    }
    // Linear cooling: big moves early, none at the end.
    const temperature = k * options.startTemperature * (1 - round / options.iterations);
    for (let i = 0; i < size; i += 1) {
      if (fixed && fixed[i]) continue;
      const fx = force[2 * i];
      const fy = force[2 * i + 1];
      const length = Math.sqrt(fx * fx + fy * fy);
      if (length === 0) continue;
      const step = Math.min(length, temperature) / length;
      xs[i] += fx * step;
      ys[i] += fy * step;
    }
  }
}
