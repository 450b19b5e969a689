import type { Collection, Core, NodeCollection, NodeSingular } from 'cytoscape';
import { computeForceLayout } from './force/remote';
import { nodeDiameter } from './style';

// The Cytoscape face of the quick force layout (graph/force): registered as the layout
// 'quickforce', so it runs, animates, emits layoutstart/layoutstop and leaves locked nodes alone
// like any other. The positions are computed in a worker; meanwhile the page styles the elements,
// which it has to do before the first frame anyway, so the two overlap instead of adding up.
// Unless the move is animated, the canvas is held in a Cytoscape batch until the positions
// arrive: no frame is drawn of thousands of elements piled on their old spots (with 5,000
// elements, a wasted half second of edge geometry, label measuring and drawing).

export const QUICK_FORCE = 'quickforce';

export interface QuickForceOptions {
  /** Set by Cytoscape: the instance and the elements to lay out. */
  cy: Core;
  eles: Collection;
  /** Refine the current positions (an expansion) instead of laying out afresh. */
  incremental: boolean;
  edgeLength: number;
  componentGap: number;
  animate: boolean;
  animationDuration: number;
}

interface QuickForceLayout {
  options: QuickForceOptions;
  /** Between run() and layoutstop (the computation, then any animation). */
  running: boolean;
  /** A computation is under way whose answer has not been applied. */
  pending: boolean;
  /** Cytoscape's batch is held open for this layout. */
  holding: boolean;
  release(): void;
  /** Cytoscape mixes the event methods into every layout. */
  emit(event: { type: string; layout: unknown }): void;
  one(event: string, handler: () => void): void;
}

/** Cytoscape layout extensions are constructor functions with run() and stop(). */
export function QuickForceLayout(this: QuickForceLayout, options: QuickForceOptions): void {
  this.options = options;
  this.running = false;
  this.pending = false;
  this.holding = false;
}

QuickForceLayout.prototype.run = function run(this: QuickForceLayout) {
  const { cy, eles, incremental, edgeLength, componentGap, animate } = this.options;
  const nodes = eles.nodes();
  const index = new Map<string, number>();
  nodes.forEach((node, i) => void index.set(node.id(), i));
  const source: number[] = [];
  const target: number[] = [];
  // Only data is read here: styles, positions and edge geometry are not needed to start.
  eles.edges().forEach((edge) => {
    const a = index.get(edge.data('source') as string);
    const b = index.get(edge.data('target') as string);
    if (a === undefined || b === undefined) return;
    source.push(a);
    target.push(b);
  });
  const radius = Float64Array.from(nodes.map((node) => nodeDiameter(node.data('degree')) / 2));
  const graph = { n: nodes.length, source: Int32Array.from(source), target: Int32Array.from(target), radius };
  const options = { edgeLength, componentGap, aspect: canvasAspect(cy), ...(incremental ? startFrom(nodes) : {}) };
  this.running = true;
  this.pending = true;
  this.one('layoutstop', () => (this.running = false));
  const positions = computeForceLayout(graph, options);
  // Reading a style property applies the element's style: done now, while the worker computes.
  eles.forEach((ele) => void ele.numericStyle('width'));
  // All of this is synchronous, so no frame can have come between the elements and the batch.
  if (!animate) {
    cy.startBatch();
    this.holding = true;
  }
  void positions.then((computed) => {
    if (!this.pending) return; // stopped meanwhile
    this.pending = false;
    this.release();
    // Elements removed meanwhile are simply left out.
    const live = nodes.filter((node) => !node.removed());
    const at = (node: NodeSingular) => {
      const i = index.get(node.id()) ?? 0;
      return { x: computed[2 * i], y: computed[2 * i + 1] };
    };
    live.layoutPositions(this as never, { ...this.options, eles: live, fit: false } as never, at);
  });
  return this;
};

QuickForceLayout.prototype.stop = function stop(this: QuickForceLayout) {
  // A newer layout wins: the answer still to come is dropped (Cytoscape has already stopped any
  // animation), and whoever waits for this one is told it has stopped.
  if (!this.running) return this;
  this.pending = false;
  this.release();
  this.emit({ type: 'layoutstop', layout: this });
  return this;
};

QuickForceLayout.prototype.release = function release(this: QuickForceLayout) {
  if (!this.holding) return;
  this.holding = false;
  this.options.cy.endBatch();
};

/** Incremental runs start from the current positions; pinned (locked) nodes stay put. */
function startFrom(nodes: NodeCollection): { start: Float64Array; fixed: Uint8Array } {
  const start = new Float64Array(2 * nodes.length);
  const fixed = new Uint8Array(nodes.length);
  nodes.forEach((node, i) => {
    const at = node.position();
    start[2 * i] = at.x;
    start[2 * i + 1] = at.y;
    fixed[i] = node.locked() ? 1 : 0;
  });
  return { start, fixed };
}

function canvasAspect(cy: Core): number {
  const width = cy.width();
  const height = cy.height();
  return width > 0 && height > 0 ? width / height : 1.5;
}
