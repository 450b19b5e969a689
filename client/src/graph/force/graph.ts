// The graph the large-graph layout works on: nodes are indexes 0..n-1, edges are index pairs,
// adjacency is in compressed rows (typed arrays: thousands of nodes without per-node objects).

export interface LayoutGraph {
  /** Number of nodes. */
  n: number;
  /** Edge ends, as node indexes (parallel edges and self-loops allowed; they add nothing). */
  source: Int32Array;
  target: Int32Array;
  /** Each node's radius in model units (half its drawn width). */
  radius: Float64Array;
}

export interface Adjacency {
  /** Neighbours of node i are neighbours[offsets[i] .. offsets[i + 1]). */
  offsets: Int32Array;
  neighbours: Int32Array;
}

export function adjacency(graph: LayoutGraph): Adjacency {
  const { n, source, target } = graph;
  const offsets = new Int32Array(n + 1);
  for (let e = 0; e < source.length; e += 1) {
    if (source[e] === target[e]) continue;
    offsets[source[e] + 1] += 1;
    offsets[target[e] + 1] += 1;
  }
  for (let i = 0; i < n; i += 1) offsets[i + 1] += offsets[i];
  const fill = offsets.slice(0, n);
  const neighbours = new Int32Array(offsets[n]);
  for (let e = 0; e < source.length; e += 1) {
    const a = source[e];
    const b = target[e];
    if (a === b) continue;
    neighbours[fill[a]++] = b;
    neighbours[fill[b]++] = a;
  }
  return { offsets, neighbours };
}

export function degree(adj: Adjacency, node: number): number {
  return adj.offsets[node + 1] - adj.offsets[node];
}

/** Connected components, largest first; each lists its node indexes in BFS order. */
export function components(adj: Adjacency, n: number): Int32Array[] {
  const seen = new Uint8Array(n);
  const queue = new Int32Array(n);
  const found: Int32Array[] = [];
  for (let start = 0; start < n; start += 1) {
    if (seen[start]) continue;
    let head = 0;
    let tail = 0;
    queue[tail++] = start;
    seen[start] = 1;
    while (head < tail) {
      const node = queue[head++];
      for (let k = adj.offsets[node]; k < adj.offsets[node + 1]; k += 1) {
        const next = adj.neighbours[k];
        if (!seen[next]) {
          seen[next] = 1;
          queue[tail++] = next;
        }
      }
    }
    found.push(queue.slice(0, tail));
  }
  return found.sort((a, b) => b.length - a.length);
}

/**
 * Hop distances from `from` to every node of its component `members`, written into `dist`
 * (length n, reused between calls: the members' entries are reset first); `queue` is scratch
 * space of length n.
 */
export function bfs(adj: Adjacency, from: number, dist: Int32Array, queue: Int32Array, members: Int32Array): void {
  for (let i = 0; i < members.length; i += 1) dist[members[i]] = -1;
  let head = 0;
  let tail = 0;
  queue[tail++] = from;
  dist[from] = 0;
  while (head < tail) {
    const node = queue[head++];
    const next = dist[node] + 1;
    for (let k = adj.offsets[node]; k < adj.offsets[node + 1]; k += 1) {
      const other = adj.neighbours[k];
      if (dist[other] < 0) {
        dist[other] = next;
        queue[tail++] = other;
      }
    }
  }
}
