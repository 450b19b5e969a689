import type { Collection } from 'cytoscape';
import { queryString, requestJson } from '../api/client';
import type { EntitySummary } from '../api/types';
import type { Explorer } from '../explorer';
import type { InvestigationCanvas } from './api';
import { pinnedChains } from '../pathPins/pins';

// An investigation's canvas: read off the explorer exactly as it stands (positions, viewport,
// filters, pins, highlighted paths), and put back the same way — nodes where they stood, no
// layout, their edges drawn by the canvas under the saved filters.

const BATCH = 200;
const round = (value: number) => Math.round(value * 100) / 100;

/**
 * The paths pinned in the path finder, then each drawn path (elements marked `path`) as its own
 * chain of nodes and edges; a pinned path that is also drawn is saved once.
 */
function pathsOn(explorer: Explorer): InvestigationCanvas['pinnedPaths'] {
  const pinned = pinnedChains().filter((chain) => chain.edges.every((id) => explorer.canvas.cy.getElementById(id).nonempty()));
  const seen = new Set(pinned.map((chain) => chain.edges.join('>')));
  const marked = explorer.canvas.cy.elements('.path');
  const drawn = marked.components().map((component: Collection) => {
    const nodes = component.nodes().map((node) => node.id()).slice(0, 21);
    const ends = component.nodes().filter((node) => node.connectedEdges('.path').length <= 1).map((node) => node.id());
    return { from: ends[0] ?? nodes[0], to: ends[1] ?? nodes[nodes.length - 1], nodes, edges: component.edges().map((edge) => edge.id()).slice(0, 20) };
  });
  return [...pinned, ...drawn.filter((chain) => !seen.has(chain.edges.join('>')))].slice(0, 50);
}

export function captureCanvas(explorer: Explorer): InvestigationCanvas {
  const { cy } = explorer.canvas;
  const { view } = explorer;
  const pan = cy.pan();
  return {
    nodes: cy.nodes().map((node) => ({ id: node.id(), x: round(node.position('x')), y: round(node.position('y')) })),
    expanded: [...view.expanded],
    hidden: [...view.hidden],
    pinned: [...view.pinned],
    pinnedPaths: pathsOn(explorer),
    selected: view.selected,
    filters: { ...view.filters, types: [...view.filters.types], rels: [...view.filters.rels] },
    lang: view.lang,
    layout: view.layout,
    viewport: { zoom: cy.zoom(), pan: { x: round(pan.x), y: round(pan.y) } },
  };
}

/** The settings that shape the panels too (filters, labels, layout): applied before they are built. */
export function applySettings(explorer: Pick<Explorer, 'state'>, canvas: InvestigationCanvas): void {
  explorer.state.update((view) => {
    view.filters = { ...canvas.filters, types: [...canvas.filters.types], rels: [...canvas.filters.rels] };
    view.lang = canvas.lang;
    view.layout = canvas.layout;
  });
}

async function entities(ids: string[]): Promise<EntitySummary[]> {
  const found: EntitySummary[] = [];
  for (let i = 0; i < ids.length; i += BATCH) {
    const answer = await requestJson<{ nodes: EntitySummary[] }>('GET', `/export${queryString({ format: 'json', ids: ids.slice(i, i + BATCH) })}`);
    found.push(...answer.nodes);
  }
  return found;
}

/** Draws the saved canvas on an empty explorer; returns how many of its entities are gone from the graph. */
export async function drawCanvas(explorer: Explorer, canvas: InvestigationCanvas): Promise<number> {
  const { cy } = explorer.canvas;
  const found = await explorer.track(() => entities(canvas.nodes.map((node) => node.id)));
  const byId = new Map(found.map((entity) => [entity.id, entity]));
  const placed = canvas.nodes.filter((node) => byId.has(node.id));
  explorer.canvas.add({
    nodes: placed.map((node) => ({ data: { ...byId.get(node.id)!, label: byId.get(node.id)!.name }, position: { x: node.x, y: node.y } })),
    edges: [],
  });
  for (const node of placed) explorer.keep(node.id);
  await explorer.edgesDrawn();
  explorer.markExpanded(canvas.expanded);
  explorer.state.update((view) => {
    view.hidden = canvas.hidden.filter((id) => cy.getElementById(id).nonempty());
    view.pinned = canvas.pinned.filter((id) => cy.getElementById(id).nonempty());
  });
  for (const path of canvas.pinnedPaths) for (const id of [...path.nodes, ...path.edges]) cy.getElementById(id).addClass('path');
  explorer.refreshVisibility();
  cy.viewport({ zoom: canvas.viewport.zoom, pan: canvas.viewport.pan });
  explorer.select(canvas.selected && cy.getElementById(canvas.selected).nonempty() ? canvas.selected : null);
  return canvas.nodes.length - placed.length;
}
