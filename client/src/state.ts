import type { Schema } from './api/types';

// The explorer's view state: what the URL shares and what the panels read.

export type Lang = 'zh' | 'en';
export type LayoutName = 'fcose' | 'concentric' | 'breadthfirst';

export interface Filters {
  /** Entity types shown; empty means all. */
  types: string[];
  /** Relationship types shown; empty means all. */
  rels: string[];
  from: number | null;
  to: number | null;
  minConfidence: number;
  /** Show co-occurrence RELATED_TO edges (hidden by default). */
  inferred: boolean;
}

export interface ViewState {
  /** Entities the analyst put on the canvas, in order. */
  entities: string[];
  /** Entities whose neighbours were expanded, in order. */
  expanded: string[];
  hidden: string[];
  pinned: string[];
  selected: string | null;
  filters: Filters;
  lang: Lang;
  layout: LayoutName;
}

export function defaultFilters(): Filters {
  return { types: [], rels: [], from: null, to: null, minConfidence: 0, inferred: false };
}

export function defaultView(): ViewState {
  return {
    entities: [],
    expanded: [],
    hidden: [],
    pinned: [],
    selected: null,
    filters: defaultFilters(),
    lang: 'zh',
    layout: 'fcose',
  };
}

type Listener = () => void;

/** A tiny store: panels read `explorer.view`, change it through `update`, and get told. */
export class ExplorerState {
  view: ViewState = defaultView();
  schema: Schema = { entityTypes: [], relationshipTypes: [], years: null };
  private listeners = new Set<Listener>();

  update(change: (view: ViewState) => void): void {
    change(this.view);
    for (const listener of this.listeners) listener();
  }

  onChange(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

export function addUnique(list: string[], value: string): void {
  if (!list.includes(value)) list.push(value);
}

export function removeValue(list: string[], value: string): void {
  const index = list.indexOf(value);
  if (index >= 0) list.splice(index, 1);
}
