import type { EventObject } from 'cytoscape';
import { api } from '../api/client';
import type { NodeData } from '../api/types';
import { el } from '../dom';
import { openDocument } from '../documentView';
import type { Explorer } from '../explorer';
import { setPathEndpoint } from '../paths';
import { notify, showError } from '../status';
import { expandMany, hideMany, neighboursOf, pinMany, removeMany } from './groupActions';
import type { CanvasSelection } from './selection';

// A right-click (or long-press) menu on nodes and edges. When the element is part of a
// selection of several, the menu acts on the whole selection.

interface MenuItem {
  label: string;
  testid: string;
  run: () => void | Promise<void>;
}

let menu: HTMLElement | null = null;

export function closeContextMenu(): void {
  menu?.remove();
  menu = null;
}

export function isContextMenuOpen(): boolean {
  return menu !== null;
}

export function installContextMenu(explorer: Explorer, selection: CanvasSelection): void {
  const { cy } = explorer.canvas;
  cy.container()?.addEventListener('contextmenu', (event) => event.preventDefault());
  cy.on('cxttap', 'node, edge', (event) => openMenu(explorer, selection, event));
  cy.on('cxttap', (event) => {
    if (event.target === cy) closeContextMenu();
  });
  cy.on('tap pan zoom', closeContextMenu);
  document.addEventListener('mousedown', (event) => {
    if (menu && !menu.contains(event.target as Node)) closeContextMenu();
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') closeContextMenu();
  });
}

function openMenu(explorer: Explorer, selection: CanvasSelection, event: EventObject): void {
  closeContextMenu();
  const id = event.target.id() as string;
  // Acting on a selection of several when the element is in it; else on the element alone.
  const group = selection.has(id) && selection.ids().length > 1 ? selection.ids() : [id];
  if (group.length === 1 && !selection.has(id)) explorer.select(id);
  const items = event.target.isNode() ? nodeItems(explorer, selection, id, group) : edgeItems(explorer, selection, id, group);
  const list = el('div', { className: 'context-menu', role: 'menu', 'data-testid': 'context-menu' });
  if (group.length > 1) list.append(el('p', { className: 'context-title', text: `${group.length} selected` }));
  for (const item of items) {
    const entry = el('button', { type: 'button', role: 'menuitem', 'data-testid': `menu-${item.testid}`, text: item.label });
    entry.addEventListener('click', () => {
      closeContextMenu();
      void Promise.resolve(item.run()).catch((err: unknown) => showError(err, item.label));
    });
    list.append(entry);
  }
  const mouse = event.originalEvent as MouseEvent | undefined;
  const box = explorer.canvas.cy.container()?.getBoundingClientRect();
  const x = mouse?.clientX ?? (box?.left ?? 0) + event.renderedPosition.x;
  const y = mouse?.clientY ?? (box?.top ?? 0) + event.renderedPosition.y;
  document.body.append(list);
  // Kept inside the window, whatever corner was clicked.
  const { width, height } = list.getBoundingClientRect();
  list.style.left = `${Math.max(4, Math.min(x, window.innerWidth - width - 4))}px`;
  list.style.top = `${Math.max(4, Math.min(y, window.innerHeight - height - 4))}px`;
  menu = list;
  list.querySelector<HTMLButtonElement>('button')?.focus();
}

function nodeItems(explorer: Explorer, selection: CanvasSelection, id: string, group: string[]): MenuItem[] {
  const many = group.length > 1;
  const nodes = group.filter((member) => explorer.canvas.node(member));
  const pinned = nodes.every((node) => explorer.view.pinned.includes(node));
  const data = explorer.canvas.nodeData(id);
  const items: MenuItem[] = [
    { label: many ? `Expand ${nodes.length} nodes` : 'Expand', testid: 'expand', run: () => expandMany(explorer, nodes) },
    { label: 'Collapse', testid: 'collapse', run: () => explorer.collapse(id) },
    { label: many ? `Hide ${group.length}` : 'Hide', testid: 'hide', run: () => hideMany(explorer, group) },
    { label: many ? `Remove ${group.length}` : 'Remove', testid: 'remove', run: () => removeMany(explorer, group) },
    { label: pinned ? 'Unpin' : 'Pin', testid: 'pin', run: () => pinMany(explorer, nodes) },
    { label: 'Select neighbours', testid: 'select-neighbours', run: () => selection.select([...new Set([...nodes, ...neighboursOf(explorer, nodes)])]) },
  ];
  if (many) return items;
  if (data) {
    const entity = { ...(data as NodeData) };
    items.push(
      { label: 'Paths from here', testid: 'path-from', run: () => setPathEndpoint('from', entity) },
      { label: 'Paths to here', testid: 'path-to', run: () => setPathEndpoint('to', entity) },
    );
  }
  items.push({ label: 'Open in a document', testid: 'open-document', run: () => openEntityDocument(id) });
  return items;
}

function edgeItems(explorer: Explorer, selection: CanvasSelection, id: string, group: string[]): MenuItem[] {
  const edge = explorer.canvas.edge(id);
  const items: MenuItem[] = [];
  if (group.length === 1) items.push({ label: 'Open evidence', testid: 'open-evidence', run: () => openEvidence(id) });
  items.push(
    { label: group.length > 1 ? `Hide ${group.length}` : 'Hide', testid: 'hide', run: () => hideMany(explorer, group) },
    { label: group.length > 1 ? `Remove ${group.length}` : 'Remove from canvas', testid: 'remove', run: () => removeMany(explorer, group) },
  );
  if (edge && group.length === 1) {
    items.push({ label: 'Select both ends', testid: 'select-ends', run: () => selection.select([edge.source().id(), edge.target().id()]) });
  }
  return items;
}

/** The document of the relation's first evidence sentence, at that sentence. */
async function openEvidence(relId: string): Promise<void> {
  const { evidence } = await api.relation(relId);
  const first = evidence[0];
  if (!first) return notify('No evidence sentence is stored for this relation.');
  await openDocument({ documentId: first.documentId, evidenceId: first.id, start: first.start, end: first.end });
}

/** The document that mentions the entity most, at its first mention. */
async function openEntityDocument(entityId: string): Promise<void> {
  const { documents } = await api.entity(entityId);
  const first = [...documents].sort((a, b) => b.mentions - a.mentions)[0];
  if (!first) return notify('No document mentions this entity.');
  await openDocument({ documentId: first.id, entityId });
}
