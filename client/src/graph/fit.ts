import type { Core, NodeCollection } from 'cytoscape';

// Fitting a large graph by its node boxes alone. cy.fit measures every edge and label first
// (a second or more with thousands of elements), only for the first frame to measure them all
// again; at the zoom that fits thousands of nodes their labels are not drawn anyway.

export function fitToNodes(cy: Core, nodes: NodeCollection, padding: number, maxZoom: number): void {
  const box = nodeBox(nodes);
  const width = cy.width();
  const height = cy.height();
  if (!box || width <= 0 || height <= 0) return;
  const fitted = Math.min((width - 2 * padding) / (box.x2 - box.x1), (height - 2 * padding) / (box.y2 - box.y1));
  const zoom = Math.max(cy.minZoom(), Math.min(fitted, maxZoom, cy.maxZoom()));
  cy.viewport({ zoom, pan: { x: (width - zoom * (box.x1 + box.x2)) / 2, y: (height - zoom * (box.y1 + box.y2)) / 2 } });
}

/** The box around the nodes' shapes (labels and edges left out); null when there are none. */
function nodeBox(nodes: NodeCollection): { x1: number; y1: number; x2: number; y2: number } | null {
  if (nodes.empty()) return null;
  const box = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
  nodes.forEach((node) => {
    const at = node.position();
    const w = node.outerWidth() / 2;
    const h = node.outerHeight() / 2;
    box.x1 = Math.min(box.x1, at.x - w);
    box.y1 = Math.min(box.y1, at.y - h);
    box.x2 = Math.max(box.x2, at.x + w);
    box.y2 = Math.max(box.y2, at.y + h);
  });
  return box;
}
