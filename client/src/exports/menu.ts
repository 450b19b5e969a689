import { button, el } from '../dom';
import type { Explorer } from '../explorer';
import { notify, showError, withLoading } from '../status';
import { datedName, fetchExport, saveBlob } from './download';
import { canvasSvg } from './svg';

// The export menu: the canvas as a PNG or SVG image, and the canvas or the selection as GraphML, GEXF,
// CSV or JSON in the API's export formats (the entities and every edge among them).

/** A URL carries this many ids comfortably (the server refuses request lines past 16 KB). */
const MAX_IDS = 400;
const formats = [
  { format: 'graphml', label: 'GraphML' },
  { format: 'gexf', label: 'GEXF (Gephi)' },
  { format: 'csv', label: 'CSV (edges)' },
  { format: 'json', label: 'JSON' },
] as const;

type Scope = 'canvas' | 'selection';

/** The entities of the scope: every node drawn, or those selected (an edge selected brings its ends). */
export function scopeIds(explorer: Explorer, scope: Scope): string[] {
  const { cy } = explorer.canvas;
  if (scope === 'canvas') return cy.nodes().map((node) => node.id());
  const selected = cy.elements(':selected');
  return [...new Set([...selected.nodes().map((node) => node.id()), ...selected.edges().connectedNodes().map((node) => node.id())])];
}

function png(explorer: Explorer): void {
  const { cy } = explorer.canvas;
  if (cy.elements().empty()) return notify('The canvas is empty: add an entity first.');
  try {
    saveBlob(cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' }) as unknown as Blob, datedName('canvas', 'png'));
  } catch (err) {
    showError(err, 'Exporting the PNG');
  }
}

function svg(explorer: Explorer): void {
  const { cy } = explorer.canvas;
  if (cy.elements().empty()) return notify('The canvas is empty: add an entity first.');
  try {
    saveBlob(new Blob([canvasSvg(cy)], { type: 'image/svg+xml' }), datedName('canvas', 'svg'));
  } catch (err) {
    showError(err, 'Exporting the SVG');
  }
}

async function dataFile(explorer: Explorer, format: string, scope: Scope): Promise<void> {
  const ids = scopeIds(explorer, scope);
  if (ids.length === 0) return notify(scope === 'selection' ? 'Nothing is selected: select entities or edges first.' : 'The canvas is empty: add an entity first.');
  if (ids.length > MAX_IDS) return notify(`The explorer exports at most ${MAX_IDS} entities at once; select fewer, or use GET /api/export for the whole graph.`);
  try {
    const { blob, truncated } = await withLoading('Exporting', () => fetchExport(format, ids));
    saveBlob(blob, datedName(scope, format));
    notify(truncated ? 'Exported, but cut short: the graph was larger than an export holds.' : `Exported ${ids.length} entities and the edges among them.`);
  } catch (err) {
    showError(err, 'Exporting');
  }
}

export function createExportMenu(explorer: Explorer): HTMLElement {
  const scope = el('select', { 'aria-label': 'What to export', 'data-testid': 'export-scope' });
  scope.append(el('option', { value: 'canvas', text: 'Whole canvas' }), el('option', { value: 'selection', text: 'Selection' }));
  const menu = el('details', { className: 'export-menu', 'data-testid': 'export-menu' });
  const close = () => menu.removeAttribute('open');
  const items = formats.map(({ format, label }) =>
    button(label, `export-${format}`, () => {
      close();
      void dataFile(explorer, format, scope.value as Scope);
    }),
  );
  menu.append(
    el('summary', { text: 'Export', title: 'Download the canvas or the selection' }),
    el(
      'div',
      { className: 'export-items' },
      scope,
      button('PNG image', 'export-menu-png', () => {
        close();
        png(explorer);
      }, 'The whole canvas as drawn'),
      button('SVG image', 'export-menu-svg', () => {
        close();
        svg(explorer);
      }, 'The whole canvas as a vector drawing'),
      ...items,
    ),
  );
  return menu;
}
