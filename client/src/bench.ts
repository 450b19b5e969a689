import type { Elements } from './api/types';
import type { Explorer } from './explorer';
import { measureLayout, panZoomFrames, type FrameTimes, type LayoutFigures } from './benchRender';
import type { Crossing } from './graph/crossings';
import { layoutOptions, runLayout, type ForceAlgorithm } from './graph/layouts';
import { crossingsOf } from './graph/untangle';
import type { LayoutName } from './state';

// A render-timing harness for benchmarks: window.__explorer.loadSynthetic(n) replaces the
// canvas with n synthetic elements (half nodes, half edges, entity and relationship types from
// the ontology) and reports how long adding, laying out and drawing them took.

export interface RenderTiming {
  nodes: number;
  edges: number;
  layout: LayoutName;
  /** The Cytoscape layout that ran for it at this size (fcose, quickforce, …). */
  algorithm: string;
  addMs: number;
  layoutMs: number;
  /** Add + layout + the first painted frame after it. */
  totalMs: number;
  /** What drew it: WebGL (large views, where the browser has it) or the 2D canvas. */
  renderer: 'webgl' | 'canvas';
}

export interface ExplorerHarness {
  ready: true;
  loadSynthetic(count: number, layout?: LayoutName): Promise<RenderTiming>;
  /** Animation-frame intervals during a scripted pan and zoom of the canvas as it stands. */
  panZoomFrames(frames: number): Promise<FrameTimes>;
  /** n synthetic elements laid out by the named force layout whatever their number, and measured. */
  compareLayout(count: number, algorithm: ForceAlgorithm): Promise<LayoutFigures>;
  clear(): void;
  counts(): { nodes: number; edges: number; visibleNodes: number; visibleEdges: number };
  view(): unknown;
  /** Ids on the canvas (tests), and where a node is drawn in page coordinates (to click it). */
  nodeIds(): string[];
  edgeIds(): string[];
  /** Ids of the edges drawn between two nodes, either way. */
  edgesBetween(a: string, b: string): string[];
  pagePosition(id: string): { x: number; y: number } | null;
  select(id: string | null): void;
  /** True when no request or layout is under way. */
  idle(): boolean;
  classes(id: string): string[];
  /** A drawn style property of an element (e.g. an edge's line-style), as Cytoscape computes it. */
  style(id: string, property: string): string | null;
  /** An element's data (the API's fields), or null when it is not drawn. */
  data(id: string): Record<string, unknown> | null;
  /** Visible edges drawn through visible nodes they do not join, as the canvas stands. */
  crossings(): Crossing[];
  /** The same after the named layout's own placement, before the explorer clears the lines (moves the nodes). */
  crossingsOfBareLayout(name: LayoutName): Crossing[];
}

/** Deterministic pseudo-random numbers, so every run draws the same graph. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export function syntheticElements(count: number, entityTypes: string[], relTypes: string[]): Elements {
  const nodeCount = Math.max(1, Math.ceil(count / 2));
  const edgeCount = Math.max(0, count - nodeCount);
  const next = random(42);
  const nodes: Elements['nodes'] = [];
  for (let i = 0; i < nodeCount; i += 1) {
    const name = `Synthetic ${i}`;
    const type = entityTypes[i % entityTypes.length] ?? 'Firm';
    nodes.push({ data: { id: `syn-n${i}`, label: name, type, name, nameEn: name, aliases: [], mentions: 1, degree: 0 } });
  }
  const edges: Elements['edges'] = [];
  for (let i = 0; i < edgeCount; i += 1) {
    // Preferential-ish attachment: each new edge leans to earlier nodes, like real graphs.
    const source = Math.floor(next() * nodeCount);
    const target = Math.floor(next() * next() * nodeCount);
    const type = relTypes[i % relTypes.length] ?? 'RELATED_TO';
    edges.push({
      data: {
        id: `syn-e${i}`, label: type, type, source: `syn-n${source}`, target: `syn-n${target === source ? (source + 1) % nodeCount : target}`,
        properties: {}, date: null, confidence: 0.8, method: 'synthetic', origin: 'extracted', inferred: false,
        review: null, evidenceCount: 0, annotationCount: 0,
      },
    });
  }
  return { nodes, edges };
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

export function installHarness(explorer: Explorer): void {
  const harness: ExplorerHarness = {
    ready: true,
    async loadSynthetic(count, layout = 'fcose') {
      explorer.clearCanvas();
      const { schema } = explorer.state;
      const elements = syntheticElements(
        count,
        schema.entityTypes.map((type) => type.name),
        schema.relationshipTypes.filter((rel) => !rel.inferred).map((rel) => rel.name),
      );
      const started = performance.now();
      explorer.withoutConnecting(() => explorer.canvas.add(elements));
      const addMs = performance.now() - started;
      const layoutMs = await runLayout(explorer.canvas.cy, layout, undefined, false);
      // The explorer's own fit, as after any layout the analyst runs.
      explorer.fit();
      await nextFrame();
      const totalMs = performance.now() - started;
      const cy = explorer.canvas.cy;
      const visible = explorer.canvas.visibleCount();
      const algorithm = String(layoutOptions(layout, undefined, false, true, visible.nodes + visible.edges).name);
      return { nodes: cy.nodes().length, edges: cy.edges().length, layout, algorithm, addMs, layoutMs, totalMs, renderer: explorer.canvas.drawnWith };
    },
    panZoomFrames: async (frames) => ({ renderer: explorer.canvas.drawnWith, ...(await panZoomFrames(explorer.canvas.cy, frames)) }),
    async compareLayout(count, algorithm) {
      explorer.clearCanvas();
      const { schema } = explorer.state;
      const elements = syntheticElements(count, schema.entityTypes.map((type) => type.name), schema.relationshipTypes.filter((rel) => !rel.inferred).map((rel) => rel.name));
      explorer.withoutConnecting(() => explorer.canvas.add(elements));
      return measureLayout(explorer, algorithm);
    },
    clear: () => explorer.clearCanvas(),
    counts: () => {
      const visible = explorer.canvas.visibleCount();
      const cy = explorer.canvas.cy;
      return { nodes: cy.nodes().length, edges: cy.edges().length, visibleNodes: visible.nodes, visibleEdges: visible.edges };
    },
    view: () => JSON.parse(JSON.stringify(explorer.view)),
    nodeIds: () => explorer.canvas.cy.nodes().map((node) => node.id()),
    edgeIds: () => explorer.canvas.cy.edges().map((edge) => edge.id()),
    edgesBetween: (a, b) =>
      explorer.canvas.cy.edges().filter((edge) => {
        const ends = [edge.source().id(), edge.target().id()];
        return ends.includes(a) && ends.includes(b);
      }).map((edge) => edge.id()),
    select: (id) => explorer.select(id),
    idle: () => explorer.idle(),
    classes: (id) => explorer.canvas.cy.getElementById(id).classes(),
    data: (id) => {
      const element = explorer.canvas.cy.getElementById(id);
      return element.nonempty() ? (JSON.parse(JSON.stringify(element.data())) as Record<string, unknown>) : null;
    },
    style: (id, property) => {
      const element = explorer.canvas.cy.getElementById(id);
      return element.nonempty() ? String(element.style(property)) : null;
    },
    crossings: () => crossingsOf(explorer.canvas.cy.elements()),
    crossingsOfBareLayout: (name) => {
      const visible = explorer.canvas.cy.elements().not('.filtered, .hidden');
      visible.layout(layoutOptions(name, undefined, false, true, visible.length)).run();
      return crossingsOf(visible);
    },
    pagePosition: (id) => {
      const node = explorer.canvas.node(id);
      if (!node) return null;
      const box = explorer.canvas.cy.container()?.getBoundingClientRect();
      const at = node.renderedPosition();
      return { x: (box?.left ?? 0) + at.x, y: (box?.top ?? 0) + at.y };
    },
  };
  (window as unknown as { __explorer: ExplorerHarness }).__explorer = harness;
}
