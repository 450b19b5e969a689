import type { Explorer } from '../explorer';
import { installContextMenu } from './contextMenu';
import { installHoverCards } from './hoverCard';
import { CanvasSelection } from './selection';
import { createSelectionBar } from './selectionBar';
import './selection.css';

export { CanvasSelection } from './selection';

/** Multi-select, the context menu and hover cards; the bar goes over the canvas (`stage`). */
export function installSelection(explorer: Explorer, stage: HTMLElement): CanvasSelection {
  const selection = new CanvasSelection(explorer);
  installContextMenu(explorer, selection);
  installHoverCards(explorer);
  stage.append(createSelectionBar(explorer, selection));
  return selection;
}
