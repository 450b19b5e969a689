// A Barnes–Hut quadtree over the node positions, rebuilt every iteration: repulsion from far
// groups of nodes is taken from their centre of mass, so one pass costs O(n log n) instead of
// O(n²). Flat typed arrays (no objects per cell) keep thousands of nodes cheap to rebuild.

/** Below this depth cells stop splitting: coincident nodes share a cell instead of recursing. */
const MAX_DEPTH = 24;

export class QuadTree {
  private capacity = 0;
  private count = 0;
  // Per cell: centre and half-width of its square, mass and mass-weighted position sums (centre
  // of mass once built),
  // the first of its four children (-1 for a leaf) and the one node a leaf holds (-1 if none).
  private cx = new Float64Array(0);
  private cy = new Float64Array(0);
  private half = new Float64Array(0);
  private mass = new Float64Array(0);
  private sumX = new Float64Array(0);
  private sumY = new Float64Array(0);
  private child = new Int32Array(0);
  private point = new Int32Array(0);
  private depth = new Uint8Array(0);
  private stack = new Int32Array(0);

  /** Rebuilds the tree over nodes `0..size-1` at (xs[i], ys[i]). */
  build(xs: Float64Array, ys: Float64Array, size: number): void {
    this.ensure(4 * size + 16);
    let x1 = Infinity;
    let y1 = Infinity;
    let x2 = -Infinity;
    let y2 = -Infinity;
    for (let i = 0; i < size; i += 1) {
      if (xs[i] < x1) x1 = xs[i];
      if (xs[i] > x2) x2 = xs[i];
      if (ys[i] < y1) y1 = ys[i];
      if (ys[i] > y2) y2 = ys[i];
    }
    this.count = 0;
    this.newCell((x1 + x2) / 2, (y1 + y2) / 2, Math.max(x2 - x1, y2 - y1, 1) / 2 + 1, 0);
    for (let i = 0; i < size; i += 1) this.insert(i, xs[i], ys[i], xs, ys);
    // From sums to centres of mass, once, rather than a division per visit in repel.
    for (let c = 0; c < this.count; c += 1) {
      if (this.mass[c] === 0) continue;
      this.sumX[c] /= this.mass[c];
      this.sumY[c] /= this.mass[c];
    }
  }

  /**
   * Adds to (out[2i], out[2i+1]) the repulsion all other nodes exert on node i:
   * strength·mass/distance², pointing away; a group counts as one body when its
   * width/distance is under theta.
   */
  repel(i: number, xs: Float64Array, ys: Float64Array, strength: number, theta: number, out: Float64Array): void {
    const x = xs[i];
    const y = ys[i];
    let fx = 0;
    let fy = 0;
    let top = 0;
    this.stack[top++] = 0;
    while (top > 0) {
      const cell = this.stack[--top];
      const mass = this.mass[cell];
      if (mass === 0) continue;
      const isLeaf = this.child[cell] < 0;
      if (isLeaf && this.point[cell] === i && mass === 1) continue;
      const dx = x - this.sumX[cell];
      const dy = y - this.sumY[cell];
      const d2 = dx * dx + dy * dy;
      const width = 2 * this.half[cell];
      if (isLeaf || width * width < theta * theta * d2) {
        // Nodes exactly on one another (leaves of one hub, after pivot MDS) are pushed apart, each
        // in its own fixed direction.
        if (d2 < 1e-6) {
          const angle = ((i * 2654435761) % 6283) / 1000;
          fx += Math.cos(angle) * strength * mass;
          fy += Math.sin(angle) * strength * mass;
          continue;
        }
        const f = (strength * (isLeaf && this.point[cell] === i ? mass - 1 : mass)) / (d2 * Math.sqrt(d2));
        fx += dx * f;
        fy += dy * f;
      } else {
        const first = this.child[cell];
        this.stack[top++] = first;
        this.stack[top++] = first + 1;
        this.stack[top++] = first + 2;
        this.stack[top++] = first + 3;
      }
    }
    out[2 * i] += fx;
    out[2 * i + 1] += fy;
  }

  private insert(i: number, x: number, y: number, xs: Float64Array, ys: Float64Array): void {
    let cell = 0;
    for (;;) {
      this.mass[cell] += 1;
      this.sumX[cell] += x;
      this.sumY[cell] += y;
      if (this.child[cell] >= 0) {
        cell = this.child[cell] + this.quadrant(cell, x, y);
        continue;
      }
      if (this.point[cell] < 0 && this.mass[cell] === 1) {
        this.point[cell] = i;
        return;
      }
      if (this.depth[cell] >= MAX_DEPTH) return;
      // Split: the node already here moves down to its quadrant, then this one carries on.
      const held = this.point[cell];
      this.point[cell] = -1;
      this.split(cell);
      const into = this.child[cell] + this.quadrant(cell, xs[held], ys[held]);
      this.mass[into] = 1;
      this.sumX[into] = xs[held];
      this.sumY[into] = ys[held];
      this.point[into] = held;
      cell = this.child[cell] + this.quadrant(cell, x, y);
    }
  }

  private quadrant(cell: number, x: number, y: number): number {
    return (x >= this.cx[cell] ? 1 : 0) + (y >= this.cy[cell] ? 2 : 0);
  }

  private split(cell: number): void {
    const h = this.half[cell] / 2;
    const depth = this.depth[cell] + 1;
    this.ensure(this.count + 4);
    this.child[cell] = this.count;
    this.newCell(this.cx[cell] - h, this.cy[cell] - h, h, depth);
    this.newCell(this.cx[cell] + h, this.cy[cell] - h, h, depth);
    this.newCell(this.cx[cell] - h, this.cy[cell] + h, h, depth);
    this.newCell(this.cx[cell] + h, this.cy[cell] + h, h, depth);
  }

  private newCell(x: number, y: number, half: number, depth: number): void {
    const c = this.count++;
    this.cx[c] = x;
    this.cy[c] = y;
    this.half[c] = half;
    this.mass[c] = 0;
    this.sumX[c] = 0;
    this.sumY[c] = 0;
    this.child[c] = -1;
    this.point[c] = -1;
    this.depth[c] = depth;
  }

  private ensure(cells: number): void {
    if (cells <= this.capacity) return;
    const capacity = Math.max(cells, this.capacity * 2);
    const grow = <T extends Float64Array | Int32Array | Uint8Array>(old: T, make: (n: number) => T): T => {
      const next = make(capacity);
      next.set(old);
      return next;
    };
    this.cx = grow(this.cx, (n) => new Float64Array(n));
    this.cy = grow(this.cy, (n) => new Float64Array(n));
    this.half = grow(this.half, (n) => new Float64Array(n));
    this.mass = grow(this.mass, (n) => new Float64Array(n));
    this.sumX = grow(this.sumX, (n) => new Float64Array(n));
    this.sumY = grow(this.sumY, (n) => new Float64Array(n));
    this.child = grow(this.child, (n) => new Int32Array(n));
    this.point = grow(this.point, (n) => new Int32Array(n));
    this.depth = grow(this.depth, (n) => new Uint8Array(n));
    // Depth-first traversal holds at most 3 siblings per level plus the root.
    this.stack = new Int32Array(capacity);
    this.capacity = capacity;
  }
}
