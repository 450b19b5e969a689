import type { Core, LayoutOptions, NodeCollection } from 'cytoscape';
import type { LayoutName } from '../state';

// Layouts: fCoSE for the general picture, concentric around the busiest nodes, breadth-first
// for paths (rooted at the path's start so hops read left to right).

/** Above this many elements fCoSE drafts (much faster, a little rougher) and nothing animates. */
const LARGE = 1500;

export function layoutOptions(name: LayoutName, roots?: NodeCollection, animate = true, randomize = true, size = 0): LayoutOptions {
  if (size > LARGE) animate = false;
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
      return {
        name: 'fcose',
        quality: size > LARGE ? 'draft' : 'default',
        randomize,
        animate,
        animationDuration: 400,
        nodeRepulsion: () => 6500,
        idealEdgeLength: () => 90,
        packComponents: true,
      } as LayoutOptions;
  }
}

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
  const started = performance.now();
  return new Promise((resolve) => {
    const layout = visible.layout(layoutOptions(name, roots, animate, randomize, visible.length));
    layout.one('layoutstop', () => resolve(performance.now() - started));
    layout.run();
  });
}
