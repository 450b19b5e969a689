import { bfs, degree, type Adjacency } from './graph';

// The starting picture of a connected component: pivot MDS (Brandes & Pich, "Eigensolver methods
// for progressive multidimensional scaling of large data", 2006). Graph distances from a few
// well-spread pivot nodes, double-centred, projected on the two main axes. It is what fCoSE's
// spectral step does too; here it costs a few BFS and a k×k eigenproblem, so it stays in the tens
// of milliseconds for thousands of nodes, and the force pass after it only has to settle details.

const PIVOTS = 24;
const POWER_ITERATIONS = 60;

/**
 * Positions (x0, y0, x1, y1, …, in `members` order) for one connected component of 3 or more
 * nodes, at the scale scaleToEdgeLength picks.
 */
export function pivotMds(adj: Adjacency, members: Int32Array, edgeLength: number, scratch: { dist: Int32Array; queue: Int32Array }): Float64Array {
  const size = members.length;
  const k = Math.min(PIVOTS, size);
  const squared = new Float64Array(size * k);
  const nearest = new Float64Array(size).fill(Infinity);
  // The first pivot is the busiest node; each next one is the node farthest from all chosen so far.
  let pivot = members[0];
  for (let i = 1; i < size; i += 1) if (degree(adj, members[i]) > degree(adj, pivot)) pivot = members[i];
  for (let j = 0; j < k; j += 1) {
    bfs(adj, pivot, scratch.dist, scratch.queue, members);
    let farthest = 0;
    for (let i = 0; i < size; i += 1) {
      const hops = scratch.dist[members[i]];
      squared[i * k + j] = hops * hops;
      if (hops < nearest[i]) nearest[i] = hops;
      if (nearest[i] > nearest[farthest]) farthest = i;
    }
    pivot = members[farthest];
  }
  const centred = doubleCentre(squared, size, k);
  const [first, second] = mainAxes(centred, size, k);
  const positions = new Float64Array(size * 2);
  for (let i = 0; i < size; i += 1) {
    let x = 0;
    let y = 0;
    for (let j = 0; j < k; j += 1) {
      x += centred[i * k + j] * first[j];
      y += centred[i * k + j] * second[j];
    }
    positions[2 * i] = x;
    positions[2 * i + 1] = y;
  }
  return scaleToEdgeLength(adj, members, positions, edgeLength, scratch.dist);
}

/** -½ (D² − row means − column means + grand mean), in place. */
function doubleCentre(squared: Float64Array, rows: number, cols: number): Float64Array {
  const rowMean = new Float64Array(rows);
  const colMean = new Float64Array(cols);
  let grand = 0;
  for (let i = 0; i < rows; i += 1) {
    for (let j = 0; j < cols; j += 1) {
      const value = squared[i * cols + j];
      rowMean[i] += value / cols;
      colMean[j] += value / rows;
      grand += value / (rows * cols);
    }
  }
  for (let i = 0; i < rows; i += 1) {
    for (let j = 0; j < cols; j += 1) squared[i * cols + j] = -0.5 * (squared[i * cols + j] - rowMean[i] - colMean[j] + grand);
  }
  return squared;
}

/** The two leading eigenvectors of CᵀC (k×k), by power iteration with deflation. */
function mainAxes(centred: Float64Array, rows: number, k: number): [Float64Array, Float64Array] {
  const gram = new Float64Array(k * k);
  for (let i = 0; i < rows; i += 1) {
    const base = i * k;
    for (let a = 0; a < k; a += 1) {
      const value = centred[base + a];
      if (value === 0) continue;
      for (let b = a; b < k; b += 1) gram[a * k + b] += value * centred[base + b];
    }
  }
  for (let a = 0; a < k; a += 1) for (let b = 0; b < a; b += 1) gram[a * k + b] = gram[b * k + a];
  const first = powerIteration(gram, k, null);
  const second = powerIteration(gram, k, first);
  return [first, second];
}

function powerIteration(matrix: Float64Array, k: number, orthogonalTo: Float64Array | null): Float64Array {
  // A fixed, uneven start vector: deterministic, and never orthogonal to the answer by accident.
  let vector = Float64Array.from({ length: k }, (_, i) => 1 + ((i * 7) % 5) / 10);
  for (let step = 0; step < POWER_ITERATIONS; step += 1) {
    if (orthogonalTo) removeComponent(vector, orthogonalTo);
    const next = new Float64Array(k);
    for (let a = 0; a < k; a += 1) {
      let sum = 0;
      for (let b = 0; b < k; b += 1) sum += matrix[a * k + b] * vector[b];
      next[a] = sum;
    }
    const norm = Math.hypot(...next);
    if (norm === 0) break;
    for (let a = 0; a < k; a += 1) next[a] /= norm;
    vector = next;
  }
  if (orthogonalTo) removeComponent(vector, orthogonalTo);
  return vector;
}

function removeComponent(vector: Float64Array, unit: Float64Array): void {
  let dot = 0;
  for (let i = 0; i < vector.length; i += 1) dot += vector[i] * unit[i];
  for (let i = 0; i < vector.length; i += 1) vector[i] -= dot * unit[i];
}

/**
 * MDS units are arbitrary: scale so that edges are at least `edgeLength` long on average, and so
 * that the component covers about edgeLength² per node. The second matters for dense cores (small
 * graph distances, many nodes): projected by hop counts they start crowded, and a short force
 * pass would not have the time to spread them.
 */
function scaleToEdgeLength(adj: Adjacency, members: Int32Array, positions: Float64Array, edgeLength: number, local: Int32Array): Float64Array {
  for (let i = 0; i < members.length; i += 1) local[members[i]] = i;
  let total = 0;
  let count = 0;
  for (let i = 0; i < members.length; i += 1) {
    const node = members[i];
    for (let e = adj.offsets[node]; e < adj.offsets[node + 1]; e += 1) {
      const j = local[adj.neighbours[e]];
      if (j <= i) continue;
      total += Math.hypot(positions[2 * i] - positions[2 * j], positions[2 * i + 1] - positions[2 * j + 1]);
      count += 1;
    }
  }
  const byEdges = total > 0 ? edgeLength / (total / count) : 1;
  // A disc of area n·L² has an RMS radius of L·√(n / 2π).
  const size = members.length;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < size; i += 1) {
    cx += positions[2 * i] / size;
    cy += positions[2 * i + 1] / size;
  }
  let spread = 0;
  for (let i = 0; i < size; i += 1) spread += ((positions[2 * i] - cx) ** 2 + (positions[2 * i + 1] - cy) ** 2) / size;
  const byArea = spread > 0 ? (edgeLength * Math.sqrt(size / (2 * Math.PI))) / Math.sqrt(spread) : 1;
  const scale = Math.max(byEdges, byArea);
  for (let i = 0; i < positions.length; i += 1) positions[i] *= scale;
  return positions;
}
