import { api } from './api/client';
import { closeDocument } from './documentView';
import type { Explorer } from './explorer';
import { notify, showError, withLoading } from './status';

// From a sentence in a document to the graph: draws the relation it states (and its two
// entities, if they are not on the canvas yet) and selects it.

export async function showRelationOnCanvas(explorer: Explorer, relId: string): Promise<void> {
  closeDocument();
  if (!explorer.canvas.edge(relId)) {
    try {
      const { relation, subject, object } = await withLoading('Loading the relation', () => api.relation(relId));
      explorer.checkpoint('show relation');
      explorer.canvas.add({
        nodes: [subject, object].map((entity) => ({ data: { ...entity, label: entity.name } })),
        edges: [{ data: { ...relation, label: relation.type } }],
      });
      explorer.keep(subject.id);
      explorer.keep(object.id);
      explorer.refreshVisibility();
      await explorer.layout({ incremental: true });
    } catch (err) {
      return showError(err, 'Showing the relation');
    }
  }
  explorer.select(relId);
  const edge = explorer.canvas.edge(relId);
  if (edge?.hasClass('filtered')) notify('This relation is drawn but hidden by the current filters (see Filters).');
  else if (edge?.hasClass('hidden')) notify('This relation is hidden: use “Show hidden” to see it.');
  else if (edge) explorer.canvas.cy.animate({ center: { eles: edge } }, { duration: 250 });
}
