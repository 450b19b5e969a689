import type { StylesheetJson } from 'cytoscape';
import type { Schema } from '../api/types';

// The canvas stylesheet is data: one rule per entity type and relationship type from the
// ontology (via GET /api/schema), plus a few state classes.
//
// Large graphs (layouts.ts, LARGE_GRAPH) get a lighter variant. Cytoscape applies every style
// property of every element one by one, measures every label (for bounding boxes) and computes
// every edge's end points before the first frame: with thousands of elements that, not the
// layout, is most of the time to the picture. So in large-graph mode edges are "haystack" lines
// (centre to centre, direction shown by an arrow mid-line; no end-point geometry), and labels
// (names and relation types) are only given to the elements in view once the analyst has zoomed
// in far enough to read them (labelsOnZoom.ts, class NAMED).

const FALLBACK_NODE = '#888888';
const FALLBACK_EDGE = '#aaaaaa';

/** Large-graph mode: the class of elements whose labels are drawn. */
export const NAMED = 'named';

const NODE_FONT_PX = 11;
/** Labels smaller than this on screen are not drawn (they would be unreadable). */
const MIN_LABEL_PX = 7;
/** Large-graph mode: from this zoom on, the elements in view get their labels. */
export const LABEL_ZOOM = MIN_LABEL_PX / NODE_FONT_PX;

/** Node size grows with degree, from MIN px (degree 0) to MAX px (degree ≥ DEGREE). */
const NODE_SIZE = { degree: 40, min: 22, max: 52 };
const NODE_SIZE_MAPPER = `mapData(degree, 0, ${NODE_SIZE.degree}, ${NODE_SIZE.min}, ${NODE_SIZE.max})`;
const EDGE_WIDTH_MAPPER = 'mapData(confidence, 0, 1, 1, 3.5)';

/**
 * The width the stylesheet gives a node of this degree (the border aside): lets the large-graph
 * layout size nodes from their data alone, without waiting for Cytoscape to style them.
 */
export function nodeDiameter(degree: unknown): number {
  // Without a numeric degree the mapper does not apply and Cytoscape's default width (30) holds.
  if (typeof degree !== 'number' || !Number.isFinite(degree)) return 30;
  const d = Math.min(Math.max(degree, 0), NODE_SIZE.degree);
  return NODE_SIZE.min + ((NODE_SIZE.max - NODE_SIZE.min) * d) / NODE_SIZE.degree;
}

/** `webgl`: large views are drawn with WebGL (renderer.ts), which has arrows only at the ends of straight lines. */
export function buildStylesheet(schema: Schema, large = false, webgl = false): StylesheetJson {
  return [...(large ? largeRules(schema, webgl) : rules(schema)), ...stateRules()];
}

type Style = Record<string, string | number>;

function rules(schema: Schema): StylesheetJson {
  return [
    { selector: 'node', style: { ...nodeShape(), ...nodeLabel(), 'border-width': 1, 'border-color': '#ffffff' } },
    {
      selector: 'edge',
      style: {
        ...edgeLine(),
        'target-arrow-color': FALLBACK_EDGE,
        'target-arrow-shape': 'triangle',
        'curve-style': 'bezier',
        ...edgeLabel(),
      },
    },
    ...entityTypeRules(schema),
    ...relationTypeRules(schema, 'target'),
  ];
}

/**
 * Every property is applied element by element, so the large rules carry no more than needed: no
 * fallback colours (Cytoscape's default greys stand in for an unknown type) and no node borders.
 */
function largeRules(schema: Schema, webgl: boolean): StylesheetJson {
  // WebGL draws arrows only at the ends of straight lines, and working out where a straight line
  // meets its nodes is page work for every edge: so there the lines are haystack too, and the
  // edges in view get their arrows (straight, to the target) when they get their labels.
  const arrow = webgl ? 'target' : 'mid-target';
  const named: Style = webgl ? { 'curve-style': 'straight', 'target-arrow-shape': 'triangle' } : {};
  return [
    { selector: 'node', style: { width: NODE_SIZE_MAPPER, height: NODE_SIZE_MAPPER } },
    { selector: 'edge', style: { width: EDGE_WIDTH_MAPPER, 'curve-style': 'haystack', ...(webgl ? {} : { 'mid-target-arrow-shape': 'triangle' }) } },
    { selector: `node.${NAMED}`, style: { ...nodeLabel(), 'min-zoomed-font-size': MIN_LABEL_PX } },
    { selector: `edge.${NAMED}`, style: { ...edgeLabel(), ...named } },
    ...entityTypeRules(schema, webgl ? 'named' : 'all'),
    ...relationTypeRules(schema, arrow),
  ];
}

function nodeShape(): Style {
  return { 'background-color': FALLBACK_NODE, width: NODE_SIZE_MAPPER, height: NODE_SIZE_MAPPER };
}

function nodeLabel(): Style {
  return {
    label: 'data(display)',
    'font-size': NODE_FONT_PX,
    'text-valign': 'bottom',
    'text-margin-y': 3,
    'text-wrap': 'ellipsis',
    'text-max-width': '120px',
    'text-background-color': '#ffffff',
    'text-background-opacity': 0.75,
    'text-background-padding': '1px',
  };
}

function edgeLine(): Style {
  return { 'line-color': FALLBACK_EDGE, 'arrow-scale': 0.8, width: EDGE_WIDTH_MAPPER };
}

function edgeLabel(): Style {
  return {
    label: 'data(display)',
    'font-size': 8,
    color: '#555555',
    'text-rotation': 'autorotate',
    'text-background-color': '#ffffff',
    'text-background-opacity': 0.7,
    'min-zoomed-font-size': MIN_LABEL_PX,
  };
}

/**
 * Colour and shape per entity type. `shapes: 'named'`: only the labelled nodes get their shape,
 * the rest are circles — WebGL draws circles (and rectangles) itself, but every other shape as a
 * picture whose box it measures anew each frame, node by node: seconds a frame with thousands.
 */
function entityTypeRules(schema: Schema, shapes: 'all' | 'named' = 'all'): StylesheetJson {
  return schema.entityTypes.flatMap((type) => {
    const selector = `node[type = "${cssString(type.name)}"]`;
    if (shapes === 'all') return [{ selector, style: { 'background-color': type.color, shape: type.shape as never } }];
    return [
      { selector, style: { 'background-color': type.color } },
      { selector: `${selector}.${NAMED}`, style: { shape: type.shape as never } },
    ];
  });
}

/** Colour per relationship type; symmetric relations have no arrow (at the end or mid-line). */
function relationTypeRules(schema: Schema, arrow: 'target' | 'mid-target'): StylesheetJson {
  return schema.relationshipTypes.map((rel) => ({
    selector: `edge[type = "${cssString(rel.name)}"]`,
    style: {
      'line-color': rel.color,
      [`${arrow}-arrow-color`]: rel.color,
      ...(rel.symmetric ? { [`${arrow}-arrow-shape`]: 'none' } : {}),
    },
  }));
}

function stateRules(): StylesheetJson {
  return [
    { selector: 'edge[?inferred]', style: { 'line-style': 'dashed', opacity: 0.7 } },
    { selector: 'edge[origin = "analyst"]', style: { 'line-style': 'dotted' } },
    { selector: 'edge[review = "confirmed"]', style: { 'line-outline-width': 1, 'line-outline-color': '#1e8449' } as never },
    // A rejected edge stays where the analyst rejected it, struck through: faint, dashed, red.
    { selector: 'edge[review = "rejected"]', style: { 'line-style': 'dashed', 'line-color': '#c0392b', 'target-arrow-color': '#c0392b', 'mid-target-arrow-color': '#c0392b', opacity: 0.45 } },
    { selector: '.pinned', style: { 'border-width': 3, 'border-color': '#222222', 'border-style': 'double' } },
    { selector: '.expanded', style: { 'border-width': 2, 'border-color': '#555555' } },
    { selector: ':selected', style: { 'overlay-color': '#f1c40f', 'overlay-opacity': 0.35, 'overlay-padding': 4 } },
    { selector: 'edge.path', style: { 'line-color': '#f39c12', 'target-arrow-color': '#f39c12', 'mid-target-arrow-color': '#f39c12', width: 5, 'z-index': 10 } },
    { selector: 'node.path', style: { 'border-width': 4, 'border-color': '#f39c12' } },
    { selector: '.faded', style: { opacity: 0.2 } },
    { selector: '.focus', style: { 'overlay-color': '#f39c12', 'overlay-opacity': 0.3, 'overlay-padding': 3 } },
    { selector: '.filtered, .hidden', style: { display: 'none' } },
  ];
}

/** Type names come from the closed ontology list; still, keep selector strings well-formed. */
function cssString(value: string): string {
  return value.replace(/["\\]/g, '');
}
