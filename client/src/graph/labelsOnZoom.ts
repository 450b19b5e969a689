import type { Core } from 'cytoscape';
import { LABEL_ZOOM, NAMED } from './style';

// In large-graph mode nothing carries a label until the analyst has zoomed in far enough to read
// one; from then on the nodes in view, and their edges, get theirs (also those panned into view
// later). Styling the few hundred elements on screen on demand is quick; measuring thousands of
// labels before the first frame is not.

/** Wait for zooming or panning to pause before labelling. */
const SETTLE_MS = 120;

export function installLabelsOnZoom(cy: Core, active: () => boolean): void {
  let timer: number | undefined;
  const label = () => {
    if (!active() || cy.zoom() < LABEL_ZOOM) return;
    const { x1, y1, x2, y2 } = cy.extent();
    const inView = cy.nodes().filter((node) => {
      if (node.hasClass(NAMED)) return false;
      const at = node.position();
      return at.x >= x1 && at.x <= x2 && at.y >= y1 && at.y <= y2;
    });
    if (inView.empty()) return;
    cy.batch(() => {
      inView.addClass(NAMED);
      inView.connectedEdges().addClass(NAMED);
    });
  };
  cy.on('viewport', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(label, SETTLE_MS);
  });
}
