import type { Explorer } from './explorer';
import { notify } from './status';

// Rebuilds the canvas a shared URL describes: its entities, their expansions (with the URL's
// filters), hidden and pinned elements, and the selection.

export async function restoreView(explorer: Explorer): Promise<void> {
  const wanted = { ...explorer.view, entities: [...explorer.view.entities], expanded: [...explorer.view.expanded] };
  if (wanted.entities.length === 0 && wanted.expanded.length === 0) return;
  const missing: string[] = [];
  for (const id of wanted.entities) {
    const ok = await explorer.addEntity(id, { select: false, layout: false });
    if (!ok) missing.push(id);
  }
  for (const id of wanted.expanded) {
    if (explorer.canvas.node(id)) await explorer.expand(id, { layout: false, quiet: true });
  }
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
