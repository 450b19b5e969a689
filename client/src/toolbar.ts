import { button, el } from './dom';
import type { Explorer } from './explorer';
import type { LayoutName } from './state';
import { notify, showError } from './status';

// The toolbar: language, layout, fit, undo, hidden elements, PNG export and a shareable link.
// Other features add their own controls through registerToolbarItem.

let slot: HTMLElement | null = null;
const waiting: HTMLElement[] = [];

/** Adds a control to the toolbar's extension slot (e.g. login, "annotated only"). */
export function registerToolbarItem(item: HTMLElement): void {
  if (slot) slot.append(item);
  else waiting.push(item);
}

export function createToolbar(explorer: Explorer, onLangChange: () => void): HTMLElement {
  const { state } = explorer;
  const lang = el('select', { 'data-testid': 'lang-toggle', 'aria-label': 'Label language' });
  lang.append(el('option', { value: 'zh', text: '中文' }), el('option', { value: 'en', text: 'English' }));
  lang.value = state.view.lang;
  lang.addEventListener('change', () => {
    state.update((view) => (view.lang = lang.value === 'en' ? 'en' : 'zh'));
    explorer.canvas.setLang(state.view.lang);
    onLangChange();
  });

  const layout = el('select', { 'data-testid': 'layout-select', 'aria-label': 'Layout' });
  layout.append(
    // fCoSE, or the quick force layout for bigger graphs (graph/layouts.ts).
    el('option', { value: 'fcose', text: 'Force-directed' }),
    el('option', { value: 'concentric', text: 'Concentric' }),
    el('option', { value: 'breadthfirst', text: 'Breadth-first' }),
  );
  layout.value = state.view.layout;
  layout.addEventListener('change', () => void explorer.layout({ name: layout.value as LayoutName, record: true }));
  state.onChange(() => (layout.value = state.view.layout));

  // Undo and redo are only offered when there is a step to take back or do again.
  const undo = button('Undo', 'undo', () => explorer.undo());
  const redo = button('Redo', 'redo', () => explorer.redo());
  const syncUndo = () => {
    undo.disabled = !explorer.canUndo();
    undo.title = explorer.undoLabel ? `Undo ${explorer.undoLabel} (Ctrl+Z)` : 'Nothing to undo';
    redo.disabled = !explorer.canRedo();
    redo.title = explorer.redoLabel ? `Redo ${explorer.redoLabel} (Ctrl+Shift+Z)` : 'Nothing to redo';
  };
  state.onChange(syncUndo);
  syncUndo();

  slot = el('span', { className: 'toolbar-slot', 'data-testid': 'toolbar-slot' });
  slot.append(...waiting.splice(0));

  return el(
    'div',
    { className: 'toolbar', 'data-testid': 'toolbar' },
    lang,
    layout,
    button('Fit', 'fit', () => explorer.fit(), 'Fit the graph to the window'),
    undo,
    redo,
    button('Show hidden', 'show-hidden', () => explorer.showHidden()),
    button('Clear', 'clear', () => explorer.clearCanvas(), 'Remove everything from the canvas'),
    button('PNG', 'export-png', () => exportPng(explorer), 'Download the canvas as a PNG image'),
    button('Copy link', 'copy-link', () => void copyLink(), 'Copy a link that restores this view'),
    slot,
  );
}

function exportPng(explorer: Explorer): void {
  const { cy } = explorer.canvas;
  if (cy.elements().empty()) return notify('The canvas is empty: add an entity first.');
  try {
    const blob = cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' }) as unknown as Blob;
    const url = URL.createObjectURL(blob);
    const link = el('a', { href: url, download: `graph-${new Date().toISOString().slice(0, 10)}.png` });
    document.body.append(link);
    link.click();
    link.remove();
    window.setTimeout(() => URL.revokeObjectURL(url), 1000);
  } catch (err) {
    showError(err, 'Exporting the PNG');
  }
}

async function copyLink(): Promise<void> {
  const url = window.location.href;
  try {
    await navigator.clipboard.writeText(url);
    notify('Link copied: it restores this view.');
  } catch {
    notify(`Share this address: ${url}`);
  }
}
