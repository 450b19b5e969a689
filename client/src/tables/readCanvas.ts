import type { EdgeData, NodeData } from '../api/types';
import type { Explorer } from '../explorer';
import { entityLabel } from '../graph/labels';
import type { EdgeRow, EntityRow } from './rows';

// What the canvas shows now, as table rows: only elements in view (not filtered, hidden or
// outside the timeline's period).

export const OUT_OF_VIEW = '.filtered, .hidden, .off-period';

export function entityRows(explorer: Explorer): EntityRow[] {
  const lang = explorer.view.lang;
  return explorer.canvas.cy.nodes().not(OUT_OF_VIEW).nodes().map((node) => {
    const data = node.data() as NodeData;
    return {
      id: data.id,
      name: entityLabel(data, lang),
      type: data.type,
      degree: data.degree,
      drawn: node.connectedEdges().not(OUT_OF_VIEW).length,
      mentions: data.mentions,
    };
  });
}

export function edgeRows(explorer: Explorer): EdgeRow[] {
  const lang = explorer.view.lang;
  return explorer.canvas.cy.edges().not(OUT_OF_VIEW).edges().map((edge) => {
    const data = edge.data() as EdgeData;
    return {
      id: data.id,
      type: data.type,
      source: entityLabel(edge.source().data() as NodeData, lang),
      target: entityLabel(edge.target().data() as NodeData, lang),
      date: data.date,
      confidence: data.confidence,
      review: data.review,
      evidence: data.evidenceCount,
    };
  });
}
