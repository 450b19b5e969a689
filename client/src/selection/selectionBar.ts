import { button, el } from '../dom';
import type { Explorer } from '../explorer';
import { expandMany, hideMany, pinMany, removeMany } from './groupActions';
import type { CanvasSelection } from './selection';

// A bar over the canvas while several elements are selected: what the selection holds and
// what can be done to all of it at once.

export function createSelectionBar(explorer: Explorer, selection: CanvasSelection): HTMLElement {
  const count = el('span', { className: 'selection-count', 'data-testid': 'selection-count' });
  const bar = el(
    'div',
    { className: 'selection-bar', 'data-testid': 'selection-bar' },
    count,
    button('Expand', 'selection-expand', () => void expandMany(explorer, selection.nodeIds())),
    button('Hide', 'selection-hide', () => hideMany(explorer, selection.ids())),
    button('Remove', 'selection-remove', () => removeMany(explorer, selection.ids())),
    button('Pin', 'selection-pin', () => pinMany(explorer, selection.nodeIds())),
    button('Clear selection', 'selection-clear', () => explorer.select(null)),
  );
  bar.hidden = true;
  selection.onChange((ids) => {
    bar.hidden = ids.length < 2;
    const nodes = selection.nodeIds().length;
    count.textContent = `${ids.length} selected (${nodes} nodes, ${ids.length - nodes} edges)`;
  });
  return bar;
}
