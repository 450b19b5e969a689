import type { Explorer } from '../explorer';
import { addUnique } from '../state';
import { notify } from '../status';

// Actions on several elements at once. Each is one step of the canvas history, so one undo
// takes back "hide 5" whole.

const plural = (count: number, what: string) => `${count} ${what}${count === 1 ? '' : 's'}`;

export function hideMany(explorer: Explorer, ids: string[]): void {
  if (ids.length === 0) return;
  explorer.checkpoint(`hide ${plural(ids.length, 'element')}`);
  explorer.state.update((view) => {
    for (const id of ids) addUnique(view.hidden, id);
  });
  if (explorer.view.selected && ids.includes(explorer.view.selected)) explorer.select(null);
  explorer.canvas.cy.elements(':selected').unselect();
  explorer.refreshVisibility();
}

export function removeMany(explorer: Explorer, ids: string[]): void {
  if (ids.length === 0) return;
  explorer.checkpoint(`remove ${plural(ids.length, 'element')}`);
  for (const id of ids) explorer.removeEntity(id, { record: false });
}

/** Pins every node given, or unpins them all when all are pinned already. */
export function pinMany(explorer: Explorer, ids: string[]): void {
  const nodes = ids.filter((id) => explorer.canvas.node(id));
  if (nodes.length === 0) return;
  const pin = nodes.some((id) => !explorer.view.pinned.includes(id));
  explorer.checkpoint(`${pin ? 'pin' : 'unpin'} ${plural(nodes.length, 'node')}`);
  for (const id of nodes) {
    const node = explorer.canvas.node(id)!;
    if (pin) node.lock();
    else node.unlock();
    node.toggleClass('pinned', pin);
  }
  explorer.state.update((view) => {
    view.pinned = pin ? [...new Set([...view.pinned, ...nodes])] : view.pinned.filter((id) => !nodes.includes(id));
  });
}

/** Expands each node in turn (a hub still asks how), as one undoable step; one layout at the end. */
export async function expandMany(explorer: Explorer, ids: string[]): Promise<void> {
  const nodes = ids.filter((id) => explorer.canvas.node(id));
  if (nodes.length === 1) return explorer.expand(nodes[0]);
  if (nodes.length === 0) return;
  explorer.checkpoint(`expand ${plural(nodes.length, 'node')}`);
  for (const id of nodes) await explorer.expand(id, { layout: false, record: false });
  await explorer.layout({ incremental: true });
  notify(`Expanded ${plural(nodes.length, 'node')}.`);
}

/** The drawn neighbours of the given nodes (for "select neighbours"). */
export function neighboursOf(explorer: Explorer, ids: string[]): string[] {
  const { cy } = explorer.canvas;
  const found = new Set<string>();
  for (const id of ids) {
    cy.getElementById(id).neighborhood('node').not('.filtered, .hidden').forEach((node) => {
      found.add(node.id());
    });
  }
  return [...found];
}
