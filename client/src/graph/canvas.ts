import cytoscape, { type Core, type EdgeSingular, type ElementDefinition, type NodeSingular, type StylesheetJson } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { EdgeData, Elements, EntitySummary, NodeData, Schema } from '../api/types';
import type { Filters, Lang } from '../state';
import { fitToNodes } from './fit';
import { entityLabel, relationLabel, secondaryName, shortLabel } from './labels';
import { installLabelsOnZoom } from './labelsOnZoom';
import { QUICK_FORCE, QuickForceLayout } from './quickLayout';
import { isLargeGraph } from './layouts';
import { rendererOptions, switchRenderer, type RendererChoice } from './renderer';
import { buildStylesheet } from './style';

cytoscape.use(fcose);
cytoscape('layout', QUICK_FORCE, QuickForceLayout);
// Cytoscape warns once per edge whose two nodes overlap, which every edge does while new nodes
// wait for their first layout: thousands of console lines per load, and time spent writing them.
cytoscape.warnings(false);

export interface AddedElements {
  nodes: string[];
  edges: string[];
}

/** The Cytoscape canvas: elements in, visibility by filters, labels by language. */
export class Canvas {
  readonly cy: Core;
  private lang: Lang = 'zh';
  /** Large-graph mode (layouts.ts): the light stylesheet, labels on zoom. */
  private large = false;
  /** Large views are drawn with WebGL (renderer.ts) when the browser has it. */
  private readonly webgl: boolean;
  private extraStyle: StylesheetJson = [];
  private modeListeners = new Set<(large: boolean) => void>();

  constructor(
    container: HTMLElement,
    private schema: Schema,
    renderer: RendererChoice = 'webgl',
  ) {
    // The renderer option is missing from Cytoscape's type definitions.
    const options = {
      container,
      style: buildStylesheet(schema),
      renderer: rendererOptions(renderer),
      wheelSensitivity: 0.3,
      minZoom: 0.05,
      maxZoom: 4,
      boxSelectionEnabled: false,
    };
    this.cy = cytoscape(options);
    this.webgl = switchRenderer(this.cy, () => this.large);
    installLabelsOnZoom(this.cy, () => this.large);
    // Labels are shortened (labels.ts): the full name, in both languages, shows on hover.
    this.cy.on('mouseover', 'node', (event) => {
      const data = event.target.data() as NodeData;
      const main = entityLabel(data, this.lang);
      const other = secondaryName(data, this.lang);
      container.title = other ? `${main} · ${other}` : main;
    });
    this.cy.on('mouseout', 'node', () => container.removeAttribute('title'));
  }

  setSchema(schema: Schema): void {
    this.schema = schema;
    this.applyStyle();
  }

  /** Rules other features add (e.g. annotation badges); kept when the stylesheet is rebuilt. */
  addStyle(rules: StylesheetJson): void {
    this.extraStyle = [...this.extraStyle, ...rules];
    this.applyStyle();
  }

  get largeGraph(): boolean {
    return this.large;
  }

  /** What draws the canvas now: WebGL (large views, where the browser has it) or the 2D canvas. */
  get drawnWith(): RendererChoice {
    return this.large && this.webgl ? 'webgl' : 'canvas';
  }

  onLargeGraphChange(listener: (large: boolean) => void): void {
    this.modeListeners.add(listener);
  }

  private applyStyle(): void {
    this.cy.style([...buildStylesheet(this.schema, this.large, this.webgl), ...this.extraStyle]);
  }

  /**
   * Enters or leaves large-graph mode for a canvas about to hold `count` elements. Called before
   * elements are added, so that thousands of new elements are styled once, with the light rules.
   */
  private updateMode(count: number): void {
    const large = isLargeGraph(count);
    if (large === this.large) return;
    this.large = large;
    this.applyStyle();
    for (const listener of this.modeListeners) listener(large);
  }

  /** Adds what is not on the canvas yet; returns the ids actually added. */
  add(elements: Elements): AddedElements {
    const added: AddedElements = { nodes: [], edges: [] };
    const definitions: ElementDefinition[] = [];
    for (const node of elements.nodes) {
      // hasElementWithId allocates nothing (getElementById makes a collection per call).
      if (this.cy.hasElementWithId(node.data.id)) continue;
      added.nodes.push(node.data.id);
      const position = (node as { position?: { x: number; y: number } }).position;
      definitions.push({ group: 'nodes', data: { ...node.data, display: shortLabel(entityLabel(node.data, this.lang)) }, position });
    }
    const addedNodes = new Set(added.nodes);
    const present = (id: string) => addedNodes.has(id) || this.cy.hasElementWithId(id);
    for (const edge of elements.edges) {
      if (this.cy.hasElementWithId(edge.data.id)) continue;
      if (!present(edge.data.source) || !present(edge.data.target)) continue;
      added.edges.push(edge.data.id);
      definitions.push({ group: 'edges', data: { ...edge.data, display: relationLabel(this.schema, edge.data.type, this.lang) } });
    }
    this.updateMode(this.cy.elements().length + definitions.length);
    this.cy.add(definitions);
    return added;
  }

  /** New data for an entity already drawn (names, aliases, degree after a merge). */
  updateNode(entity: EntitySummary): void {
    const node = this.node(entity.id);
    if (!node) return;
    const data = { ...node.data(), ...entity, label: entity.name } as NodeData;
    node.data({ ...data, display: shortLabel(entityLabel(data, this.lang)) });
  }

  /** New neighbours start next to the node they came from, so an incremental layout stays calm. */
  placeAround(id: string, elements: Elements): void {
    const center = this.node(id)?.position() ?? { x: 0, y: 0 };
    elements.nodes.forEach((node, index) => {
      (node as { position?: { x: number; y: number } }).position = {
        x: center.x + 60 * Math.cos(index),
        y: center.y + 60 * Math.sin(index),
      };
    });
  }

  /** Adds only the edges whose two ends are already on the canvas. */
  addConnecting(elements: Elements): string[] {
    return this.add({ nodes: [], edges: elements.edges }).edges;
  }

  remove(ids: string[]): void {
    if (ids.length === 0) return;
    this.cy.batch(() => {
      for (const id of ids) this.cy.getElementById(id).remove();
    });
    this.updateMode(this.cy.elements().length);
  }

  clear(): void {
    this.cy.elements().remove();
    this.updateMode(0);
  }

  /** Puts back a canvas recorded with cy.elements().jsons() (undo, redo): same data, places, classes. */
  replaceAll(elements: ElementDefinition[]): void {
    this.cy.elements().remove();
    this.updateMode(elements.length);
    this.cy.add(elements);
  }

  node(id: string): NodeSingular | null {
    const found = this.cy.getElementById(id);
    return found.nonempty() && found.isNode() ? found : null;
  }

  edge(id: string): EdgeSingular | null {
    const found = this.cy.getElementById(id);
    return found.nonempty() && found.isEdge() ? found : null;
  }

  nodeData(id: string): NodeData | null {
    return (this.node(id)?.data() as NodeData | undefined) ?? null;
  }

  edgeData(id: string): EdgeData | null {
    return (this.edge(id)?.data() as EdgeData | undefined) ?? null;
  }

  setLang(lang: Lang): void {
    this.lang = lang;
    this.cy.batch(() => {
      this.cy.nodes().forEach((node) => {
        node.data('display', shortLabel(entityLabel(node.data() as NodeData, lang)));
      });
      this.cy.edges().forEach((edge) => {
        edge.data('display', relationLabel(this.schema, edge.data('type') as string, lang));
      });
    });
  }

  /** Hides (never removes) what the filters leave out, so loosening a filter brings it back. */
  applyFilters(filters: Filters, hidden: string[]): void {
    const hiddenSet = new Set(hidden);
    this.cy.batch(() => {
      this.cy.nodes().forEach((node) => {
        const type = node.data('type') as string;
        node.toggleClass('filtered', filters.types.length > 0 && !filters.types.includes(type));
        node.toggleClass('hidden', hiddenSet.has(node.id()));
      });
      this.cy.edges().forEach((edge) => {
        edge.toggleClass('filtered', !edgePasses(edge.data() as EdgeData, filters));
        edge.toggleClass('hidden', hiddenSet.has(edge.id()));
      });
    });
  }

  /** Fits what is visible, without blowing a handful of nodes up to poster size. */
  fitVisible(maxZoom = 1.4): void {
    if (this.large) return fitToNodes(this.cy, this.cy.nodes().not('.filtered, .hidden'), 40, maxZoom);
    const visible = this.cy.elements().not('.filtered, .hidden');
    this.cy.fit(visible, 40);
    if (this.cy.zoom() > maxZoom) {
      this.cy.zoom(maxZoom);
      this.cy.center(visible);
    }
  }

  visibleCount(): { nodes: number; edges: number } {
    const visible = this.cy.elements().not('.filtered, .hidden');
    return { nodes: visible.nodes().length, edges: visible.edges().length };
  }
}

/** The same rules the API applies to neighbourhoods, applied to what is already drawn. */
export function edgePasses(edge: EdgeData, filters: Filters): boolean {
  if (filters.rels.length > 0 && !filters.rels.includes(edge.type)) return false;
  if (edge.inferred && !filters.inferred) return false;
  if ((edge.confidence ?? 1) < filters.minConfidence) return false;
  const year = edge.date ? Number(String(edge.date).slice(0, 4)) : NaN;
  if (!Number.isNaN(year)) {
    if (filters.from !== null && year < filters.from) return false;
    if (filters.to !== null && year > filters.to) return false;
  }
  return true;
}
