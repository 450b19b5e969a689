import { api } from './api/client';
import type { Elements } from './api/types';
import type { Explorer } from './explorer';
import { notify } from './status';

const CONCURRENCY = 6;

// Rebuilds the canvas a shared URL describes: its entities and the edges among them (with the
// URL's filters), which were expanded, hidden and pinned, the layout and the selection.

export async function restoreView(explorer: Explorer): Promise<void> {
  const wanted = { ...explorer.view, entities: [...explorer.view.entities], expanded: [...explorer.view.expanded] };
  const ids = [...new Set([...wanted.entities, ...wanted.expanded])];
  if (ids.length === 0) return;
  const missing = await explorer.track(() => restoreEntities(explorer, ids));
  explorer.markExpanded(wanted.expanded);
  explorer.state.update((view) => {
    view.hidden = wanted.hidden.filter((id) => explorer.canvas.cy.getElementById(id).nonempty());
    view.pinned = [];
  });
  explorer.refreshVisibility();
  await explorer.layout({ name: wanted.layout });
  // Pins hold a node still in later layouts; positions are not in the link, so pin after.
  for (const id of wanted.pinned) if (explorer.canvas.node(id)) explorer.togglePin(id);
  if (wanted.selected && explorer.canvas.cy.getElementById(wanted.selected).nonempty()) explorer.select(wanted.selected);
  if (missing.length > 0) notify(`${missing.length} entit${missing.length === 1 ? 'y' : 'ies'} from the link no longer exist in the graph.`);
}

/**
 * Puts many entities on the canvas at once: each one's neighbourhood gives its own node, and
 * the edges among them are drawn once all the nodes are there. Returns the ids that are gone.
 */
async function restoreEntities(explorer: Explorer, ids: string[]): Promise<string[]> {
  const missing: string[] = [];
  const found: Elements[] = [];
  for (let i = 0; i < ids.length; i += CONCURRENCY) {
    const batch = ids.slice(i, i + CONCURRENCY);
    const answers = await Promise.allSettled(batch.map((id) => api.neighborhood(id, explorer.neighbourQuery())));
    answers.forEach((answer, index) => {
      const id = batch[index];
      if (answer.status === 'rejected') return void missing.push(id);
      found.push(answer.value.elements);
      explorer.canvas.add({ nodes: answer.value.elements.nodes.filter((node) => node.data.id === id), edges: [] });
      explorer.keep(id);
    });
  }
  for (const elements of found) explorer.canvas.addConnecting(elements);
  return missing;
}
