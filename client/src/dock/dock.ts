import { el } from '../dom';
import type { Explorer } from '../explorer';
import './dock.css';

// Panels docked under the canvas (tables, timeline), each opened by a tab at the canvas's
// bottom right. The canvas shrinks to the space above them, so nothing is drawn underneath.

export interface Dock {
  /** Adds a panel with its tab; `onOpen` runs each time it is shown. */
  add(panel: HTMLElement, tab: { label: string; testid: string; onOpen?: () => void }): DockedPanel;
}

export interface DockedPanel {
  open(): void;
  close(): void;
  isOpen(): boolean;
  /** A note on the tab (e.g. the timeline's period), so what a closed panel still does shows. */
  setNote(note: string | null): void;
}

export function createDock(explorer: Explorer, stage: HTMLElement, canvasBox: HTMLElement): Dock {
  const tabs = el('div', { className: 'dock-tabs', 'data-testid': 'dock-tabs' });
  const panels = el('div', { className: 'dock', 'data-testid': 'dock' });
  stage.append(tabs, panels);
  const fit = () => {
    const height = panels.getBoundingClientRect().height;
    canvasBox.style.bottom = `${height}px`;
    tabs.style.bottom = `${height + 6}px`;
    explorer.canvas.cy.resize();
  };
  new ResizeObserver(fit).observe(panels);
  return {
    add(panel, tab) {
      panel.hidden = true;
      panels.append(panel);
      const toggle = el('button', { type: 'button', 'data-testid': tab.testid, 'aria-pressed': 'false', text: tab.label });
      const set = (open: boolean) => {
        panel.hidden = !open;
        toggle.setAttribute('aria-pressed', String(open));
        fit();
        // What was drawn under the panel moves into the smaller canvas.
        explorer.fit();
        if (open) tab.onOpen?.();
      };
      toggle.addEventListener('click', () => set(panel.hidden !== false));
      tabs.append(toggle);
      return {
        open: () => set(true),
        close: () => set(false),
        isOpen: () => !panel.hidden,
        setNote: (note) => (toggle.textContent = note ? `${tab.label} · ${note}` : tab.label),
      };
    },
  };
}
