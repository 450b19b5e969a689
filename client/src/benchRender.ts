import type { Core, EdgeSingular } from 'cytoscape';
import type { Explorer } from './explorer';
import { edgesThroughNodes, type EdgeLine, type NodeBox } from './graph/crossings';
import { forceLayoutOptions, type ForceAlgorithm } from './graph/layouts';
import { nodeDiameter } from './graph/style';

// Render figures for benchmarks, beside loadSynthetic (bench.ts): how smoothly a drawn graph
// pans and zooms, and how two force layouts compare on the same graph (time and quality).

export interface FrameTimes {
  renderer: 'webgl' | 'canvas';
  /** Intervals between animation frames (ms) while the view pans, then while it zooms. */
  pan: number[];
  zoom: number[];
}

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

/**
 * A scripted pan (the view moved a few pixels every frame) and zoom (in, then back out, about
 * the centre), each `frames` frames long. Each frame moves the viewport and waits for the next
 * frame, in which Cytoscape draws it: the interval is what an analyst dragging the view sees.
 */
export async function panZoomFrames(cy: Core, frames: number): Promise<Omit<FrameTimes, 'renderer'>> {
  const record = async (step: (frame: number) => void): Promise<number[]> => {
    const intervals: number[] = [];
    let last = await nextFrame();
    for (let frame = 0; frame < frames; frame += 1) {
      step(frame);
      const now = await nextFrame();
      intervals.push(now - last);
      last = now;
    }
    return intervals;
  };
  const pan = await record(() => cy.panBy({ x: 6, y: 4 }));
  const centre = { x: cy.width() / 2, y: cy.height() / 2 };
  const zoom = await record((frame) => cy.zoom({ level: cy.zoom() * (frame < frames / 2 ? 1.03 : 1 / 1.03), renderedPosition: centre }));
  return { pan, zoom };
}

export interface LayoutFigures {
  algorithm: ForceAlgorithm;
  nodes: number;
  edges: number;
  layoutMs: number;
  /** Edges drawn (straight) through a node they do not join. */
  edgesThroughNodes: number;
  /** Edge lengths: coefficient of variation (standard deviation / mean); lower is more even. */
  lengthSpread: number;
}

/** Runs one force layout, without animation, over the canvas as it stands, and measures it. */
export function measureLayout(explorer: Explorer, algorithm: ForceAlgorithm): Promise<LayoutFigures> {
  const cy = explorer.canvas.cy;
  const started = performance.now();
  return new Promise((resolve) => {
    const layout = cy.elements().layout(forceLayoutOptions(algorithm, false, true));
    layout.one('layoutstop', () => {
      const layoutMs = performance.now() - started;
      resolve({ algorithm, nodes: cy.nodes().length, edges: cy.edges().length, layoutMs, ...layoutQuality(cy) });
    });
    layout.run();
  });
}

function layoutQuality(cy: Core): Pick<LayoutFigures, 'edgesThroughNodes' | 'lengthSpread'> {
  const boxes: NodeBox[] = cy.nodes().map((node) => {
    const at = node.position();
    const r = nodeDiameter(node.data('degree')) / 2;
    return { id: node.id(), x1: at.x - r, y1: at.y - r, x2: at.x + r, y2: at.y + r };
  });
  const lengths: number[] = [];
  const edges = cy.edges().toArray() as EdgeSingular[];
  const lines: EdgeLine[] = edges.filter((edge) => !edge.isLoop()).map((edge) => {
    const s = edge.source().position();
    const t = edge.target().position();
    lengths.push(Math.hypot(t.x - s.x, t.y - s.y));
    return { id: edge.id(), source: edge.source().id(), target: edge.target().id(), points: [{ x: s.x, y: s.y }, { x: t.x, y: t.y }] };
  });
  const mean = lengths.reduce((sum, l) => sum + l, 0) / Math.max(1, lengths.length);
  const variance = lengths.reduce((sum, l) => sum + (l - mean) ** 2, 0) / Math.max(1, lengths.length);
  return { edgesThroughNodes: edgesThroughNodes(boxes, lines).length, lengthSpread: mean > 0 ? Math.sqrt(variance) / mean : 0 };
}
