import type { Explorer } from '../explorer';

// The canvas's selection as a set: shift-, ctrl- or cmd-click adds an element (Cytoscape's own
// multi-select keys), shift-drag on the background draws a box that selects what it covers.
// The inspector shows one element (the explorer's `selected`); the tables, the selection bar
// and the context menu act on all of them.

export class CanvasSelection {
  private listeners = new Set<(ids: string[]) => void>();
  private scheduled = false;

  constructor(private readonly explorer: Explorer) {
    const { cy } = explorer.canvas;
    // With panning on, Cytoscape draws the box only while a modifier key is held.
    cy.boxSelectionEnabled(true);
    cy.on('select unselect', () => this.schedule());
    // Undo puts back a selection of several with the canvas ("hide 3" undone: the 3, selected).
    explorer.addSnapshotPart('selection', {
      save: () => this.ids(),
      restore: (value) => {
        const ids = Array.isArray(value) ? (value as string[]) : [];
        // After the explorer has selected the inspector's element, which unselects the rest.
        if (ids.length > 1) queueMicrotask(() => cy.batch(() => ids.forEach((id) => cy.getElementById(id).select())));
      },
    });
    // A box that ends on one element makes it the inspector's too.
    cy.on('boxend', () => queueMicrotask(() => {
      const ids = this.ids();
      if (ids.length > 0 && !ids.includes(this.explorer.view.selected ?? '')) this.select(ids);
    }));
  }

  /** Ids selected now, nodes first. */
  ids(): string[] {
    const selected = this.explorer.canvas.cy.elements(':selected');
    return [...selected.nodes().map((node) => node.id()), ...selected.edges().map((edge) => edge.id())];
  }

  nodeIds(): string[] {
    return this.explorer.canvas.cy.nodes(':selected').map((node) => node.id());
  }

  has(id: string): boolean {
    return this.explorer.canvas.cy.getElementById(id).selected();
  }

  /** Selects exactly these elements; the first one goes to the inspector. */
  select(ids: string[]): void {
    const { cy } = this.explorer.canvas;
    const present = ids.filter((id) => cy.getElementById(id).nonempty());
    this.explorer.select(present[0] ?? null);
    cy.batch(() => {
      for (const id of present.slice(1)) cy.getElementById(id).select();
    });
  }

  /** Adds to or takes from the selection, keeping the rest. */
  toggle(id: string): void {
    const element = this.explorer.canvas.cy.getElementById(id);
    if (element.empty()) return;
    if (element.selected()) element.unselect();
    else if (this.ids().length === 0) this.explorer.select(id);
    else element.select();
  }

  onChange(listener: (ids: string[]) => void): void {
    this.listeners.add(listener);
  }

  /** Cytoscape reports per element; listeners hear once per change. */
  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    queueMicrotask(() => {
      this.scheduled = false;
      const ids = this.ids();
      for (const listener of this.listeners) listener(ids);
    });
  }
}
