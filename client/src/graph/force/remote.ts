import { forceLayout, type ForceLayoutOptions, type LayoutGraph } from './index';
import type { LayoutAnswer, LayoutRequest } from './worker';

// Runs forceLayout in the layout worker (one, started on first use and kept), or right here when
// workers are unavailable or the worker fails: the layout must never be lost to the plumbing.

let worker: Worker | null | undefined;
let nextId = 1;
const waiting = new Map<number, { resolve(positions: Float64Array): void; fallback(): void }>();

function layoutWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<LayoutAnswer>) => {
      const pending = waiting.get(event.data.id);
      if (!pending) return;
      waiting.delete(event.data.id);
      if (event.data.positions) pending.resolve(event.data.positions);
      else pending.fallback();
    };
    worker.onerror = () => {
      // A worker that cannot load or crashed: everything waiting is computed here, and so is
      // everything after.
      worker?.terminate();
      worker = null;
      for (const pending of waiting.values()) pending.fallback();
      waiting.clear();
    };
  } catch {
    worker = null;
  }
  return worker;
}

/**
 * Positions for the graph. The request is copied to the worker (tens of kilobytes for thousands
 * of nodes: microseconds), so the arrays stay usable here should the worker fail.
 */
export function computeForceLayout(graph: LayoutGraph, options: ForceLayoutOptions): Promise<Float64Array> {
  const target = layoutWorker();
  if (!target) return Promise.resolve(forceLayout(graph, options));
  const id = nextId++;
  return new Promise((resolve) => {
    waiting.set(id, { resolve, fallback: () => resolve(forceLayout(graph, options)) });
    const request: LayoutRequest = { id, graph, options };
    target.postMessage(request);
  });
}
