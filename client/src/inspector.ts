import { clear, el } from './dom';
import type { Explorer } from './explorer';

// The inspector shows the selected node or edge as a stack of sections. Sections come from a
// registry, so other features (annotations, review, merge) add theirs without editing this file.

export type SelectionKind = 'node' | 'edge';

export interface InspectorContext {
  kind: SelectionKind;
  id: string;
  explorer: Explorer;
  /** False once the selection has moved on; async sections check it before drawing. */
  isCurrent(): boolean;
  /** Redraws the whole inspector (e.g. after a section changed the data). */
  refresh(): void;
  /** Loads once per redraw, so several sections can share one request. */
  load<T>(key: string, loader: () => Promise<T>): Promise<T>;
}

export interface InspectorSection {
  id: string;
  /** Lower comes first; the built-in sections use 10–50. */
  order: number;
  appliesTo: SelectionKind | 'both';
  title?: string;
  render(context: InspectorContext, container: HTMLElement): void | Promise<void>;
}

const sections: InspectorSection[] = [];

export function registerInspectorSection(section: InspectorSection): void {
  const existing = sections.findIndex((candidate) => candidate.id === section.id);
  if (existing >= 0) sections.splice(existing, 1);
  sections.push(section);
  sections.sort((a, b) => a.order - b.order);
}

export function createInspector(explorer: Explorer): HTMLElement {
  const panel = el('aside', { className: 'inspector', 'data-testid': 'inspector', 'aria-label': 'Inspector' });
  let generation = 0;

  const render = (id: string | null) => {
    generation += 1;
    const mine = generation;
    clear(panel);
    if (!id) {
      panel.append(
        el('h2', { text: 'Inspector' }),
        el('p', { className: 'empty', 'data-testid': 'inspector-empty', text: 'Select a node or an edge to see its details and evidence.' }),
      );
      return;
    }
    const element = explorer.canvas.cy.getElementById(id);
    if (element.empty()) return render(null);
    const kind: SelectionKind = element.isNode() ? 'node' : 'edge';
    const loads = new Map<string, Promise<unknown>>();
    const context: InspectorContext = {
      kind,
      id,
      explorer,
      isCurrent: () => generation === mine,
      refresh: () => render(explorer.view.selected),
      load: <T>(key: string, loader: () => Promise<T>) => {
        if (!loads.has(key)) loads.set(key, loader());
        return loads.get(key) as Promise<T>;
      },
    };
    for (const section of sections) {
      if (section.appliesTo !== 'both' && section.appliesTo !== kind) continue;
      const container = el('section', { className: 'inspector-section', 'data-testid': `inspector-${section.id}` });
      if (section.title) container.append(el('h3', { text: section.title }));
      panel.append(container);
      Promise.resolve(section.render(context, container)).catch((err: unknown) => {
        if (context.isCurrent()) container.append(el('p', { className: 'error', text: `This section failed: ${String(err)}` }));
      });
    }
  };

  explorer.onSelect(render);
  render(null);
  return panel;
}
