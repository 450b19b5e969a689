import type { Explorer } from '../explorer';
import { registerToolbarItem } from '../toolbar';
import { createInvestigationsPanel } from './panel';
import './investigations.css';

export { investigationFromAddress } from './opening';

/** The investigations button in the toolbar and its panel over the canvas. */
export function installInvestigations(explorer: Explorer, stage: HTMLElement): void {
  const { panel, toggle } = createInvestigationsPanel(explorer);
  registerToolbarItem(toggle);
  stage.append(panel);
}
