import { forceLayout, type ForceLayoutOptions, type LayoutGraph } from './index';

// The large-graph layout in a Web Worker: the page keeps styling the new elements (which the
// first frame needs anyway) while the positions are computed here, on another core.

export interface LayoutRequest {
  id: number;
  graph: LayoutGraph;
  options: ForceLayoutOptions;
}

export interface LayoutAnswer {
  id: number;
  positions?: Float64Array;
  error?: string;
}

interface WorkerScope {
  onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null;
  postMessage(message: LayoutAnswer, transfer: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const { id, graph, options } = event.data;
  try {
    const positions = forceLayout(graph, options);
    scope.postMessage({ id, positions }, [positions.buffer]);
  } catch (err) {
    scope.postMessage({ id, error: err instanceof Error ? err.message : String(err) }, []);
  }
};
