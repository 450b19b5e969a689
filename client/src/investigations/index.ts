import type { Explorer } from '../explorer';
import { createInvestigationsPanel } from './panel';
import './investigations.css';

export { investigationFromAddress } from './opening';

/** The investigations button (in `actions`) and its panel over the canvas (in `stage`). */
export function installInvestigations(explorer: Explorer, stage: HTMLElement, actions: HTMLElement): void {
  const { panel, toggle } = createInvestigationsPanel(explorer);
  actions.append(toggle);
  stage.append(panel);
}
