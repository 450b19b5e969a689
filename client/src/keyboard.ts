import { closeDocument, isDocumentOpen } from './documentView';
import type { Explorer } from './explorer';
import { hideMany } from './selection/groupActions';

// Keyboard shortcuts on the canvas (not while typing in a field): Delete/Backspace hides the
// selection (all of it when several are selected), Escape clears it (or closes the document), Ctrl/Cmd+Z undoes the last canvas action
// (Ctrl/Cmd+Shift+Z or Ctrl+Y redoes it),
// F fits the graph.

export function installKeyboard(explorer: Explorer): void {
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement | null;
    if (target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))) return;
    const selected = explorer.view.selected;
    if ((event.key === 'Delete' || event.key === 'Backspace') && selected) {
      event.preventDefault();
      // A selection of several (selection/) is hidden whole, in one undoable step.
      const several = explorer.canvas.cy.elements(':selected').map((element) => element.id());
      if (several.length > 1) hideMany(explorer, several);
      else explorer.hide(selected);
    } else if (event.key === 'Escape') {
      if (isDocumentOpen()) closeDocument();
      else explorer.select(null);
    } else if ((event.ctrlKey || event.metaKey) && (event.key.toLowerCase() === 'y' || (event.shiftKey && event.key.toLowerCase() === 'z'))) {
      event.preventDefault();
      explorer.redo();
    } else if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'z') {
      event.preventDefault();
      explorer.undo();
    } else if (event.key === 'f' && !event.ctrlKey && !event.metaKey && !event.altKey) {
      explorer.fit();
    }
  });
}
