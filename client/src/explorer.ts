import type { ElementDefinition, NodeCollection } from 'cytoscape';
import { api } from './api/client';
import type { Elements, EntitySummary, NeighborCounts, NeighborhoodQuery } from './api/types';
import { neighborhoodLimit, type NeighborOrder } from '../../contract/limits';
import { Canvas } from './graph/canvas';
import { runLayout } from './graph/layouts';
import { ExpansionHistory, type Expansion } from './expansions';
import { CanvasHistory, type CanvasSnapshot, type SnapshotPart } from './history';
import { EdgeSync } from './edgeSync';
import { addUnique, ExplorerState, removeValue, type LayoutName } from './state';
import { notify, showError, withLoading } from './status';
import { writeViewToUrl } from './urlState';

const NEIGHBOUR_LIMIT = neighborhoodLimit.default;
const MAX_URL_ENTITIES = 500;

/** How to expand a hub: which types, which neighbours first, how many. */
export interface NeighbourChoice {
  rels?: string[];
  types?: string[];
  order?: NeighborOrder;
  /** Most neighbours drawn. */
  limit?: number;
}

/** Asks the analyst how to expand an entity with `counts.total` neighbours; null = do not expand. */
export type HubGuard = (entity: { id: string; name: string }, counts: NeighborCounts) => Promise<NeighbourChoice | null>;

/**
 * The actions an analyst takes on the canvas (add, expand, collapse, hide, pin, undo, select,
 * lay out). Panels call these; the view state and the URL follow.
 */
export class Explorer {
  private expansions = new ExpansionHistory();
  private history = new CanvasHistory();
  private selectionListeners = new Set<(id: string | null) => void>();
  /** Entities the analyst asked for (search, paths, links): collapse and undo keep them. */
  private kept = new Set<string>();
  private busy = 0;
  private syncScheduled = false;
  private readonly edgeSync: EdgeSync;
  private hubGuard: HubGuard | null = null;
  private snapshotParts = new Map<string, SnapshotPart>();
  /** Above this many neighbours an expansion asks how (see setHubGuard). */
  hubThreshold = 40;

  constructor(
    readonly state: ExplorerState,
    readonly canvas: Canvas,
  ) {
    state.onChange(() => writeViewToUrl(state.view));
    // The URL lists every entity on the canvas, however it got there, so a link restores it.
    canvas.cy.on('add remove', 'node', () => this.scheduleEntitySync());
    // Whatever brought a node in (expansion, search, path, link), its edges to the others follow.
    this.edgeSync = new EdgeSync(canvas, {
      track: (task) => this.track(task),
      hold: () => {
        this.busy += 1;
        return () => (this.busy -= 1);
      },
      filter: () => {
        const { rels, fromYear, toYear, minConfidence, inferred } = this.neighbourQuery();
        return { rels, fromYear, toYear, minConfidence, inferred };
      },
      refreshVisibility: () => this.refreshVisibility(),
    });
    canvas.cy.on('dbltap', 'node', (event) => void this.expand(event.target.id()));
    canvas.cy.on('tap', (event) => {
      // Shift-, Ctrl- or Cmd-click adds to the selection (selection/): Cytoscape does that itself.
      const keys = event.originalEvent as MouseEvent | undefined;
      if (keys && (keys.shiftKey || keys.ctrlKey || keys.metaKey)) return;
      if (event.target === canvas.cy) this.select(null);
      else this.select(event.target.id());
    });
  }

  get view() {
    return this.state.view;
  }

  /** True when no request or layout is under way (tests and benchmarks wait for it). */
  idle(): boolean {
    return this.busy === 0;
  }

  /** Runs a task counted as busy (see idle). */
  async track<T>(task: () => Promise<T>): Promise<T> {
    this.busy += 1;
    try {
      return await task();
    } finally {
      this.busy -= 1;
    }
  }

  keep(id: string): void {
    this.kept.add(id);
  }

  private scheduleEntitySync(): void {
    if (this.syncScheduled) return;
    this.syncScheduled = true;
    queueMicrotask(() => {
      this.syncScheduled = false;
      const ids = this.canvas.cy.nodes().map((node) => node.id()).slice(0, MAX_URL_ENTITIES);
      this.state.update((view) => (view.entities = ids));
    });
  }

  /** Runs `task` without asking for the edges of the nodes it adds (synthetic benchmark graphs). */
  withoutConnecting<T>(task: () => T): T {
    return this.edgeSync.without(task);
  }

  /** After a filter change: draws the edges the new filters let in among the nodes drawn. */
  filtersChanged(): void {
    this.edgeSync.filtersChanged();
  }

  /** Resolves once the edges of every node that has joined so far are drawn. */
  async edgesDrawn(): Promise<void> {
    await this.edgeSync.drawn();
  }

  /**
   * After an analyst changed entities in the graph (merge, unmerge): the ones in `gone` leave
   * the canvas, the others get their data anew and their edges redrawn as the graph has them now
   * (a merge moves edges with their ids, an unmerge moves them back).
   */
  async entitiesChanged(changed: string[], gone: string[] = []): Promise<void> {
    return this.track(async () => {
      for (const id of gone) this.removeEntity(id, { record: false });
      const present = changed.filter((id) => this.canvas.node(id) !== null);
      try {
        const fresh = await Promise.all(present.map((id) => api.entity(id)));
        for (const { entity } of fresh) this.canvas.updateNode(entity);
      } catch (err) {
        showError(err, 'Reloading the changed entities');
      }
      this.canvas.cy.batch(() => {
        for (const id of present) this.canvas.node(id)?.connectedEdges().remove();
      });
      await this.edgeSync.drawEdgesOf(present);
      this.refreshVisibility();
      if (this.view.selected) this.select(this.canvas.cy.getElementById(this.view.selected).nonempty() ? this.view.selected : null);
    });
  }

  /** Puts an entity next to another without asking for its neighbourhood (its edges follow). */
  placeEntity(entity: EntitySummary, near: string): void {
    const elements = { nodes: [{ data: { ...entity, label: entity.name } }], edges: [] };
    this.canvas.placeAround(near, elements);
    this.canvas.add(elements);
    this.kept.add(entity.id);
  }

  /** The neighbourhood query the current filters ask for. */
  neighbourQuery(depth = 1): NeighborhoodQuery {
    const { filters } = this.view;
    return {
      depth,
      types: filters.types,
      rels: filters.rels,
      fromYear: filters.from ?? undefined,
      toYear: filters.to ?? undefined,
      minConfidence: filters.minConfidence > 0 ? filters.minConfidence : undefined,
      inferred: filters.inferred,
      limit: NEIGHBOUR_LIMIT,
    };
  }

  /** Puts an entity on the canvas and draws its edges to what is already there. */
  async addEntity(entity: EntitySummary | string, options: { select?: boolean; layout?: boolean } = {}): Promise<boolean> {
    return this.track(() => this.addEntityNow(entity, options));
  }

  private async addEntityNow(entity: EntitySummary | string, options: { select?: boolean; layout?: boolean }): Promise<boolean> {
    const id = typeof entity === 'string' ? entity : entity.id;
    if (!this.canvas.node(id)) this.checkpoint('add');
    try {
      if (typeof entity !== 'string') this.canvas.add({ nodes: [{ data: { ...entity, label: entity.name } }], edges: [] });
      const neighbourhood = await withLoading('Adding entity', () => api.neighborhood(id, this.neighbourQuery()));
      const center = neighbourhood.elements.nodes.filter((node) => node.data.id === id);
      this.canvas.add({ nodes: center, edges: [] });
      this.canvas.addConnecting(neighbourhood.elements);
    } catch (err) {
      showError(err, 'Adding the entity');
      if (typeof entity === 'string') return false;
    }
    if (!this.canvas.node(id)) return false;
    await this.edgesDrawn();
    this.kept.add(id);
    this.refreshVisibility();
    if (options.layout !== false) await this.layout();
    if (options.select !== false) this.select(id);
    return true;
  }

  /** The hub safeguard: expanding more than hubThreshold neighbours asks `guard` how. */
  setHubGuard(guard: HubGuard): void {
    this.hubGuard = guard;
  }

  /** Draws the neighbours of an entity, with the current filters; undoable. */
  /** `record: false` when the caller recorded the step itself (several expansions as one undo). */
  async expand(id: string, options: { layout?: boolean; quiet?: boolean; choice?: NeighbourChoice; record?: boolean } = {}): Promise<void> {
    return this.track(() => this.expandNow(id, options));
  }

  /**
   * How to expand: as chosen, else with the filters — unless the entity is a hub, when the guard
   * asks. An entity's degree (all its edges) bounds its neighbours, so only big ones are counted.
   */
  private async expansionChoice(id: string, given: NeighbourChoice | undefined): Promise<NeighbourChoice | null> {
    if (given || !this.hubGuard) return given ?? {};
    const data = this.canvas.nodeData(id);
    if (!data || data.degree <= this.hubThreshold) return {};
    const { types, rels, fromYear, toYear, minConfidence, inferred } = this.neighbourQuery();
    const counts = await api.neighborCounts(id, { types, rels, fromYear, toYear, minConfidence, inferred });
    if (counts.total <= this.hubThreshold) return {};
    return this.hubGuard({ id, name: data.name }, counts);
  }

  private async expandNow(id: string, options: { layout?: boolean; quiet?: boolean; choice?: NeighbourChoice; record?: boolean }): Promise<void> {
    try {
      const choice = await this.expansionChoice(id, options.choice);
      if (choice === null) return;
      const base = this.neighbourQuery();
      const query: NeighborhoodQuery = {
        ...base,
        rels: choice.rels?.length ? choice.rels : base.rels,
        types: choice.types?.length ? choice.types : base.types,
        order: choice.order,
        // The API's limit counts the center too.
        limit: choice.limit !== undefined ? choice.limit + 1 : base.limit,
      };
      const result = await withLoading('Expanding neighbours', () => api.neighborhood(id, query));
      if (options.record !== false) this.checkpoint('expand');
      this.canvas.placeAround(id, result.elements);
      const added = this.canvas.add(result.elements);
      this.expansions.record({ center: id, ...added });
      this.canvas.node(id)?.addClass('expanded');
      this.state.update((view) => addUnique(view.expanded, id));
      this.refreshVisibility();
      if (!options.quiet) {
        if (added.nodes.length === 0 && added.edges.length === 0) notify('No further neighbours with the current filters.');
        else if (result.truncated) notify(`Showing the first ${query.limit ?? NEIGHBOUR_LIMIT} neighbours; narrow the filters to see others.`);
      }
      // The edges between the new neighbours and the rest of the canvas join before the layout.
      await this.edgesDrawn();
      if (options.layout !== false && added.nodes.length > 0) await this.layout({ incremental: true });
    } catch (err) {
      showError(err, 'Expanding the neighbours');
    }
  }

  private snapshot(label: string): CanvasSnapshot {
    return {
      label,
      elements: this.canvas.cy.elements().jsons() as unknown as ElementDefinition[],
      expanded: [...this.view.expanded],
      hidden: [...this.view.hidden],
      pinned: [...this.view.pinned],
      selected: this.view.selected,
      expansions: this.expansions.all(),
      kept: [...this.kept],
      viewport: { zoom: this.canvas.cy.zoom(), pan: { ...this.canvas.cy.pan() } },
      layout: this.view.layout,
      parts: Object.fromEntries([...this.snapshotParts].map(([key, part]) => [key, part.save()])),
    };
  }

  /** State a feature keeps beside the canvas (e.g. the timeline's period), recorded and put back with it. */
  addSnapshotPart(key: string, part: SnapshotPart): void {
    this.snapshotParts.set(key, part);
  }

  /** Records the canvas before an action, so undo can put it back. */
  checkpoint(label: string): void {
    this.history.record(this.snapshot(label));
    this.state.update(() => undefined);
  }

  private restoreSnapshot(snapshot: CanvasSnapshot): void {
    this.withoutConnecting(() => this.canvas.replaceAll(snapshot.elements));
    this.expansions.replace(snapshot.expansions);
    this.kept = new Set(snapshot.kept);
    this.state.update((view) => {
      view.expanded = [...snapshot.expanded];
      view.hidden = [...snapshot.hidden];
      view.pinned = [...snapshot.pinned];
      if (snapshot.layout === 'fcose' || snapshot.layout === 'concentric' || snapshot.layout === 'breadthfirst') view.layout = snapshot.layout;
    });
    this.refreshVisibility();
    for (const id of snapshot.pinned) this.canvas.node(id)?.lock();
    if (snapshot.viewport) this.canvas.cy.viewport(snapshot.viewport);
    for (const [key, part] of this.snapshotParts) part.restore(snapshot.parts?.[key]);
    const selected = snapshot.selected && this.canvas.cy.getElementById(snapshot.selected).nonempty() ? snapshot.selected : null;
    this.select(selected);
  }

  canUndo(): boolean {
    return this.history.undoLabel !== null;
  }

  canRedo(): boolean {
    return this.history.redoLabel !== null;
  }

  get undoLabel(): string | null {
    return this.history.undoLabel;
  }

  get redoLabel(): string | null {
    return this.history.redoLabel;
  }

  /** Takes back the last canvas action (add, expand, collapse, hide, pin, remove, clear, layout, paths). */
  undo(): void {
    if (!this.idle()) return notify('Wait until the canvas has finished the current step.');
    const before = this.history.undo(this.snapshot(''));
    if (!before) return notify('Nothing to undo.');
    this.restoreSnapshot(before);
    notify(`Undone: ${before.label}.`);
  }

  redo(): void {
    if (!this.idle()) return notify('Wait until the canvas has finished the current step.');
    const label = this.history.redoLabel;
    const after = this.history.redo(this.snapshot(''));
    if (!after) return notify('Nothing to redo.');
    this.restoreSnapshot(after);
    notify(`Redone: ${label}.`);
  }

  /** Takes back every expansion of this node (its neighbours that nothing else keeps). */
  collapse(id: string): void {
    if (!this.expansions.has(id)) return notify('This entity has not been expanded.');
    this.checkpoint('collapse');
    const mine = this.expansions.takeAllOf(id);
    for (const expansion of mine) this.removeExpansion(expansion);
  }

  private removeExpansion(expansion: Expansion): void {
    const stillWanted = new Set([...this.kept, ...this.expansions.centers(), ...this.view.pinned]);
    this.canvas.remove(expansion.edges);
    this.canvas.remove(expansion.nodes.filter((node) => !stillWanted.has(node)));
    if (!this.expansions.has(expansion.center)) {
      this.canvas.node(expansion.center)?.removeClass('expanded');
      this.state.update((view) => removeValue(view.expanded, expansion.center));
    }
    this.pruneView();
  }

  /** Drops ids from the view that are no longer on the canvas. */
  private pruneView(): void {
    const onCanvas = (id: string) => this.canvas.cy.getElementById(id).nonempty();
    for (const id of [...this.kept]) if (!onCanvas(id)) this.kept.delete(id);
    this.state.update((view) => {
      view.hidden = view.hidden.filter(onCanvas);
      view.pinned = view.pinned.filter(onCanvas);
    });
    // The inspector must not keep showing something that has left the canvas.
    if (this.view.selected && !onCanvas(this.view.selected)) this.select(null);
  }

  hide(id: string): void {
    this.checkpoint('hide');
    this.state.update((view) => addUnique(view.hidden, id));
    if (this.view.selected === id) this.select(null);
    this.refreshVisibility();
  }

  showHidden(): void {
    if (this.view.hidden.length > 0) this.checkpoint('show hidden');
    this.state.update((view) => (view.hidden = []));
    this.refreshVisibility();
  }

  togglePin(id: string): void {
    const node = this.canvas.node(id);
    if (!node) return;
    const pinned = !this.view.pinned.includes(id);
    this.checkpoint(pinned ? 'pin' : 'unpin');
    if (pinned) node.lock();
    else node.unlock();
    node.toggleClass('pinned', pinned);
    this.state.update((view) => (pinned ? addUnique(view.pinned, id) : removeValue(view.pinned, id)));
  }

  /** Removes an entity (and its edges) from the canvas. */
  removeEntity(id: string, options: { record?: boolean } = {}): void {
    if (options.record !== false) this.checkpoint('remove');
    this.canvas.remove([id]);
    this.expansions.takeAllOf(id);
    this.state.update((view) => removeValue(view.expanded, id));
    this.pruneView();
  }

  clearCanvas(): void {
    if (this.canvas.cy.elements().nonempty()) this.checkpoint('clear');
    this.canvas.clear();
    this.expansions.clear();
    this.kept.clear();
    this.state.update((view) => {
      view.expanded = [];
      view.hidden = [];
      view.pinned = [];
      view.selected = null;
    });
    this.select(null);
  }

  select(id: string | null): void {
    const { cy } = this.canvas;
    cy.elements(':selected').unselect();
    if (id) cy.getElementById(id).select();
    if (this.view.selected !== id) this.state.update((view) => (view.selected = id));
    for (const listener of this.selectionListeners) listener(id);
  }

  onSelect(listener: (id: string | null) => void): void {
    this.selectionListeners.add(listener);
  }

  refreshVisibility(): void {
    this.canvas.applyFilters(this.view.filters, this.view.hidden);
    for (const id of this.view.pinned) this.canvas.node(id)?.addClass('pinned').lock();
  }

  /** Lays the canvas out; `record` makes it an undoable step of its own (the analyst's choice of layout). */
  async layout(options: { name?: LayoutName; roots?: NodeCollection; incremental?: boolean; record?: boolean } = {}): Promise<void> {
    if (options.record) this.checkpoint('layout');
    return this.track(() => this.layoutNow(options));
  }

  private async layoutNow(options: { name?: LayoutName; roots?: NodeCollection; incremental?: boolean }): Promise<void> {
    const name = options.name ?? this.view.layout;
    if (name !== this.view.layout) this.state.update((view) => (view.layout = name));
    if (options.incremental && name === 'fcose') {
      await runLayout(this.canvas.cy, name, undefined, true, false);
    } else await runLayout(this.canvas.cy, name, options.roots);
    this.fit();
  }

  fit(): void {
    this.canvas.fitVisible();
  }

  /**
   * After a restore: marks entities as expanded and rebuilds their expansions from what is
   * drawn around them, so collapse and undo work on a shared view too.
   */
  markExpanded(ids: string[]): void {
    const present = ids.filter((id) => this.canvas.node(id));
    for (const id of present) {
      const node = this.canvas.node(id)!;
      node.addClass('expanded');
      const around = node.neighborhood();
      this.expansions.record({ center: id, nodes: around.nodes().map((n) => n.id()), edges: around.edges().map((e) => e.id()) });
      for (const neighbour of around.nodes()) if (!present.includes(neighbour.id())) this.kept.delete(neighbour.id());
    }
    this.state.update((view) => (view.expanded = present));
  }
}
