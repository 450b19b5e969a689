import type { Explorer } from '../explorer';
import { createExportMenu } from './menu';
import './exports.css';

/** The export menu, in `actions`. */
export function installExports(explorer: Explorer, actions: HTMLElement): void {
  actions.append(createExportMenu(explorer));
}
