import { edgesAmongIdsMax } from '../../contract/limits';
import { api } from './api/client';
import type { EdgesQuery } from './api/types';
import { edgeAsks } from './edgeAsks';
import type { Canvas } from './graph/canvas';
import { showError } from './status';

/** What the edge sync needs from the explorer. */
export interface EdgeSyncHost {
  /** Runs a task counted as busy (the explorer's idle()). */
  track<T>(task: () => Promise<T>): Promise<T>;
  /** Counts as busy until the returned release is called. */
  hold(): () => void;
  /** The edge filters in force. */
  filter(): Pick<EdgesQuery, 'rels' | 'fromYear' | 'toYear' | 'minConfidence' | 'inferred'>;
  refreshVisibility(): void;
}

/**
 * Keeps the canvas true to the graph: whenever nodes join it — whatever brought them: an
 * expansion, a search, a path, a link — the edges between them and the nodes already drawn are
 * asked for (GET /api/edges, under the filters) and drawn once.
 */
export class EdgeSync {
  private arrivals = new Set<string>();
  private connecting: Promise<unknown> = Promise.resolve();
  private paused = 0;
  private filterTimer: number | undefined;
  private releaseFilterHold: (() => void) | null = null;

  constructor(
    private readonly canvas: Canvas,
    private readonly host: EdgeSyncHost,
  ) {
    canvas.cy.on('add', 'node', (event) => this.noteArrival(event.target.id()));
  }

  /** Runs `task` without asking for the edges of the nodes it adds (synthetic graphs, undo). */
  without<T>(task: () => T): T {
    this.paused += 1;
    try {
      return task();
    } finally {
      this.paused -= 1;
    }
  }

  /** Resolves once the edges of every node that has joined so far are drawn. */
  async drawn(): Promise<void> {
    await this.connecting;
  }

  private noteArrival(id: string): void {
    if (this.paused > 0) return;
    const first = this.arrivals.size === 0;
    this.arrivals.add(id);
    if (!first) return;
    // One ask per batch: Cytoscape fires once per node, all before the next microtask.
    const round = this.host.track(async () => {
      await Promise.resolve();
      const fresh = [...this.arrivals];
      this.arrivals.clear();
      await this.drawEdgesOf(fresh);
    });
    this.connecting = Promise.all([this.connecting, round]);
  }

  /**
   * After a filter change: tightening only hides what is drawn, but loosening (co-occurrence
   * links, a wider year range) may let in edges among the drawn nodes that were never fetched —
   * they are asked for once the analyst stops changing filters. Busy from the change on.
   */
  filtersChanged(): void {
    if (this.filterTimer === undefined) this.releaseFilterHold = this.host.hold();
    else window.clearTimeout(this.filterTimer);
    this.filterTimer = window.setTimeout(() => {
      this.filterTimer = undefined;
      const release = this.releaseFilterHold;
      this.releaseFilterHold = null;
      void this.drawEdgesOf(this.canvas.cy.nodes().map((node) => node.id())).finally(() => release?.());
    }, 300);
  }

  /** Draws the edges (under the filters) of these nodes among themselves and to every other node drawn. */
  async drawEdgesOf(ids: string[]): Promise<void> {
    const fresh = ids.filter((id) => this.canvas.node(id) !== null);
    if (fresh.length === 0) return;
    const freshSet = new Set(fresh);
    const known = this.canvas.cy.nodes().map((node) => node.id()).filter((id) => !freshSet.has(id));
    const filter = this.host.filter();
    try {
      for (const ask of edgeAsks(fresh, known, edgesAmongIdsMax)) {
        const answer = await api.edges({ ...ask, ...filter });
        if (this.canvas.add({ nodes: [], edges: answer.edges }).edges.length > 0) this.host.refreshVisibility();
      }
    } catch (err) {
      showError(err, 'Drawing the edges among the nodes');
    }
  }
}
