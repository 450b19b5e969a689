import type { Core, LayoutOptions, Layouts, NodeCollection } from 'cytoscape';
import type { LayoutName } from '../state';
import { QUICK_FORCE, type QuickForceOptions } from './quickLayout';
import { untangle } from './untangle';

// Layouts: force-directed for the general picture (fCoSE, or the quick force layout for bigger
// graphs), concentric around the busiest nodes, breadth-first for paths (rooted at the path's
// start so hops read left to right).

/**
 * Above this many visible elements the force layout is the quick one (graph/force, in a worker)
 * rather than fCoSE. fCoSE's force pass grows with the square of the node count: on a small
 * machine about 0.5 s for 500 elements, 1 s for 1,000, 2 s for 1,500 and 20 s for 5,000 (its
 * spectral-only draft mode alone takes 3 s there and piles leaves on one spot); the quick layout
 * takes about 0.25 s for 5,000, off the page's thread.
 */
export const QUICK_LAYOUT_ABOVE = 500;

/**
 * Above this many elements on the canvas the explorer is in large-graph mode: the light
 * stylesheet (style.ts), labels only once zoomed in, and no animated layouts.
 */
export const LARGE_GRAPH = 1500;

export function isLargeGraph(elements: number): boolean {
  return elements > LARGE_GRAPH;
}

const EDGE_LENGTH = 90;

export function layoutOptions(name: LayoutName, roots?: NodeCollection, animate = true, randomize = true, size = 0): LayoutOptions {
  if (isLargeGraph(size)) animate = false;
  switch (name) {
    case 'concentric':
      return {
        name: 'concentric',
        concentric: (node) => node.degree(false),
        levelWidth: () => 2,
        minNodeSpacing: 30,
        animate,
        animationDuration: 300,
      } as LayoutOptions;
    case 'breadthfirst':
      return {
        name: 'breadthfirst',
        directed: false,
        spacingFactor: 1.2,
        roots: roots && roots.nonempty() ? roots : undefined,
        animate,
        animationDuration: 300,
      } as LayoutOptions;
    default:
      return forceLayoutOptions(size > QUICK_LAYOUT_ABOVE ? QUICK_FORCE : 'fcose', animate, randomize);
  }
}

/** The two force-directed layouts, by Cytoscape name (the benchmark compares them at any size). */
export type ForceAlgorithm = typeof QUICK_FORCE | 'fcose';

export function forceLayoutOptions(algorithm: ForceAlgorithm, animate: boolean, randomize: boolean): LayoutOptions {
  if (algorithm === QUICK_FORCE) {
    const quick: Omit<QuickForceOptions, 'cy' | 'eles'> = { incremental: !randomize, edgeLength: EDGE_LENGTH, componentGap: 60, animate, animationDuration: 400 };
    return { name: QUICK_FORCE, ...quick } as LayoutOptions;
  }
  return {
    name: 'fcose',
    quality: 'default',
    randomize,
    animate,
    animationDuration: 400,
    // Animated, the view follows the nodes; otherwise the explorer fits once the layout has
    // stopped, and a second fit here would only measure every element again.
    fit: animate,
    nodeRepulsion: () => 6500,
    idealEdgeLength: () => EDGE_LENGTH,
    packComponents: true,
  } as LayoutOptions;
}

/** The layout still running on each canvas: a new one stops it (the quick layout is async). */
const running = new WeakMap<Core, Layouts>();

/** Runs a layout over the visible elements and resolves when it has stopped, with its time. */
export function runLayout(
  cy: Core,
  name: LayoutName,
  roots?: NodeCollection,
  animate = true,
  randomize = true,
): Promise<number> {
  const visible = cy.elements().not('.filtered, .hidden');
  if (visible.empty()) return Promise.resolve(0);
  running.get(cy)?.stop();
  const started = performance.now();
  return new Promise((resolve) => {
    const layout = visible.layout(layoutOptions(name, roots, animate, randomize, visible.length));
    running.set(cy, layout);
    layout.one('layoutstop', () => {
      if (running.get(cy) === layout) running.delete(cy);
      // No edge drawn through a node it does not join (the quick layout's big graphs excepted:
      // there lines are drawn plain and the check would cost more than the layout).
      if (running.get(cy) === undefined && visible.length <= QUICK_LAYOUT_ABOVE) untangle(cy, visible);
      resolve(performance.now() - started);
    });
    layout.run();
  });
}
