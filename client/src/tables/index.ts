import type { Dock } from '../dock/dock';
import type { Explorer } from '../explorer';
import type { CanvasSelection } from '../selection';
import { createTablePanel } from './tablePanel';

/** The entity and edge tables, docked under the canvas behind their "Tables" tab. */
export function installTables(explorer: Explorer, selection: CanvasSelection, dock: Dock): void {
  const tables = createTablePanel(explorer, selection);
  dock.add(tables.panel, { label: 'Tables', testid: 'tables-toggle', onOpen: tables.refresh });
}
