import type { Explorer } from '../explorer';
import { registerToolbarItem } from '../toolbar';
import { createExportMenu } from './menu';
import './exports.css';

/** The export menu in the toolbar. */
export function installExports(explorer: Explorer): void {
  registerToolbarItem(createExportMenu(explorer));
}
