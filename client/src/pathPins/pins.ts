import type { Elements, GraphPath, PathsResult } from '../api/types';
import { button, clear, el } from '../dom';
import type { Explorer } from '../explorer';
import { entityLabel, relationLabel } from '../graph/labels';
import { comparePaths, pathKey, type PinnedPath } from './compare';
import './pathPins.css';

// Pinned paths: the path finder's answers change with every search; the paths an analyst pins
// stay listed beside them, can be shown again on the canvas and compared side by side.

interface Pin extends PinnedPath {
  /** The path's own nodes and edges, so it can be drawn again after the canvas moved on. */
  elements: Elements;
  compare: boolean;
}

const MAX_PINS = 20;

export interface PathPins {
  element: HTMLElement;
  /** The button a path card shows: pins the path (or says it is pinned). */
  pinButton(path: GraphPath, rank: number, answer: PathsResult): HTMLButtonElement;
}

/** The chains that pinned paths draw, as an investigation saves them. */
export function pinnedChains(): { from: string; to: string; nodes: string[]; edges: string[] }[] {
  return [...current.values()].map(({ path }) => ({
    from: path.nodes[0]?.id ?? '',
    to: path.nodes[path.nodes.length - 1]?.id ?? '',
    nodes: path.nodes.map((node) => node.id),
    edges: path.hops.map((hop) => hop.relation.id),
  }));
}

let current = new Map<string, Pin>();

function ownElements(path: GraphPath, answer: PathsResult): Elements {
  const nodes = new Set(path.nodes.map((node) => node.id));
  const edges = new Set(path.hops.map((hop) => hop.relation.id));
  return {
    nodes: answer.elements.nodes.filter((node) => nodes.has(String(node.data.id))),
    edges: answer.elements.edges.filter((edge) => edges.has(String(edge.data.id))),
  };
}

export function createPathPins(explorer: Explorer): PathPins {
  const { state } = explorer;
  const pins = new Map<string, Pin>();
  current = pins;
  const list = el('div', { className: 'path-pins-list', 'data-testid': 'path-pins-list' });
  const comparison = el('div', { className: 'path-compare', 'data-testid': 'path-compare' });
  const pinButtons = new Map<string, HTMLButtonElement[]>();

  const name = (path: GraphPath, id: string) => {
    const node = path.nodes.find((entity) => entity.id === id);
    return node ? entityLabel(node, state.view.lang) : id;
  };
  const hopText = (path: GraphPath, from: string, type: string, to: string) =>
    `${name(path, from)} —${relationLabel(state.schema, type, state.view.lang)}→ ${name(path, to)}`;

  const markButtons = () => {
    for (const [key, buttons] of pinButtons) {
      for (const pin of buttons) {
        pin.disabled = pins.has(key);
        pin.textContent = pins.has(key) ? 'Pinned' : 'Pin';
      }
    }
  };

  const showOnCanvas = (pin: Pin) => {
    const { cy } = explorer.canvas;
    explorer.canvas.add(pin.elements);
    for (const node of pin.path.nodes) explorer.keep(node.id);
    explorer.refreshVisibility();
    cy.elements('.path').removeClass('path');
    const ids = [...pin.path.nodes.map((node) => node.id), ...pin.path.hops.map((hop) => hop.relation.id)];
    for (const id of ids) cy.getElementById(id).addClass('path');
  };

  const drawComparison = () => {
    clear(comparison);
    const chosen = [...pins.values()].filter((pin) => pin.compare);
    const compared = chosen.length >= 2 ? chosen : [...pins.values()];
    if (compared.length < 2) {
      comparison.append(el('p', { className: 'error', 'data-testid': 'path-compare-error', text: 'Pin two or more paths to compare them.' }));
      return;
    }
    const result = comparePaths(compared);
    const first = compared[0]!.path;
    const columns = el('div', { className: 'path-compare-columns' });
    result.paths.forEach((row, index) => {
      const path = compared[index]!.path;
      const hops = el('ol', { className: 'hops' });
      for (const hop of row.hops) {
        hops.append(
          el(
            'li',
            { className: hop.differs ? 'differs' : 'shared', 'data-testid': 'path-compare-hop', 'data-differs': hop.differs ? 'true' : 'false', title: hop.differs ? 'Not in every compared path' : 'In every compared path' },
            hop.differs ? el('span', { className: 'marker', 'aria-label': 'differs', text: '≠ ' }) : null,
            hopText(path, hop.from, hop.type, hop.to),
          ),
        );
      }
      columns.append(
        el(
          'div',
          { className: 'path-compare-column', 'data-testid': 'path-compare-column' },
          el('h5', { text: `Path ${row.rank} · ${row.length} hop${row.length === 1 ? '' : 's'} · cost ${row.cost}` }),
          hops,
          el('p', { className: 'own', 'data-testid': 'path-compare-own', text: row.ownEntities.length > 0 ? `Only here: ${row.ownEntities.map((id) => name(path, id)).join(', ')}` : 'No entity of its own' }),
        ),
      );
    });
    comparison.append(
      el('h4', { text: `Comparing ${compared.length} paths` }),
      el('p', { 'data-testid': 'path-compare-shared', text: `Shared entities: ${result.sharedEntities.map((id) => name(first, id)).join(', ') || 'none'} · shared edges: ${result.sharedEdges.length}` }),
      columns,
      button('Close', 'path-compare-close', () => clear(comparison)),
    );
  };

  const drawList = () => {
    clear(list);
    if (pins.size === 0) {
      list.append(el('p', { className: 'empty', text: 'No pinned paths: pin one from the results below.' }));
      return;
    }
    for (const pin of pins.values()) {
      const { path } = pin;
      const check = el('input', { type: 'checkbox', 'data-testid': 'path-pin-compare', 'aria-label': 'Compare this path' });
      check.checked = pin.compare;
      check.addEventListener('change', () => (pin.compare = check.checked));
      const hops = el('ol', { className: 'hops' });
      for (const hop of path.hops) hops.append(el('li', { 'data-testid': 'path-pin-hop', text: hopText(path, hop.from, hop.relation.type, hop.to) }));
      const card = el(
        'div',
        { className: 'path-pin', 'data-testid': 'path-pin', 'data-key': pin.key },
        el('div', { className: 'row' }, check, el('strong', { text: `Path ${pin.rank} · ${path.length} hop${path.length === 1 ? '' : 's'} · cost ${path.cost}` })),
        el('p', { className: 'chain', 'data-testid': 'path-pin-chain', text: path.nodes.map((node) => entityLabel(node, state.view.lang)).join(' → ') }),
        hops,
        path.caveats.length > 0 ? el('p', { className: 'caveats', 'data-testid': 'path-pin-caveats', text: `Tells less: ${path.caveats.join('; ')}` }) : null,
        el(
          'div',
          { className: 'row' },
          button('Show', 'path-pin-show', () => showOnCanvas(pin), 'Highlight this path on the canvas'),
          button('Unpin', 'path-unpin', () => {
            pins.delete(pin.key);
            redraw();
          }),
        ),
      );
      list.append(card);
    }
  };

  const redraw = () => {
    drawList();
    markButtons();
    if (comparison.firstChild) drawComparison();
  };
  // Labels follow the label language like the rest of the explorer.
  state.onChange(() => {
    drawList();
    if (comparison.firstChild) drawComparison();
  });
  drawList();

  return {
    element: el(
      'div',
      { className: 'path-pins', 'data-testid': 'path-pins' },
      el('h4', { text: 'Pinned paths' }),
      list,
      button('Compare', 'path-compare-open', drawComparison, 'Compare the ticked pinned paths (all if fewer than two are ticked)'),
      comparison,
    ),
    pinButton(path, rank, answer) {
      const key = pathKey(path);
      const pin = button('Pin', 'path-pin-add', () => {
        if (pins.has(key)) return;
        if (pins.size >= MAX_PINS) pins.delete(pins.keys().next().value!);
        pins.set(key, { key, rank, path, elements: ownElements(path, answer), compare: false });
        redraw();
      }, 'Keep this path listed across searches');
      // Buttons of answers no longer shown are dropped when a new answer is listed.
      pinButtons.set(key, [...(pinButtons.get(key) ?? []).filter((other) => other.isConnected), pin]);
      pin.disabled = pins.has(key);
      if (pins.has(key)) pin.textContent = 'Pinned';
      return pin;
    },
  };
}
