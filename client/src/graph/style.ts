import type { StylesheetJson } from 'cytoscape';
import type { Schema } from '../api/types';

// The canvas stylesheet is data: one rule per entity type and relationship type from the
// ontology (via GET /api/schema), plus a few state classes.

const FALLBACK_NODE = '#888888';
const FALLBACK_EDGE = '#aaaaaa';

export function buildStylesheet(schema: Schema): StylesheetJson {
  const base: StylesheetJson = [
    {
      selector: 'node',
      style: {
        'background-color': FALLBACK_NODE,
        label: 'data(display)',
        'font-size': 11,
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-wrap': 'ellipsis',
        'text-max-width': '120px',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.75,
        'text-background-padding': '1px',
        width: 'mapData(degree, 0, 40, 22, 52)',
        height: 'mapData(degree, 0, 40, 22, 52)',
        'border-width': 1,
        'border-color': '#ffffff',
      },
    },
    {
      selector: 'edge',
      style: {
        'line-color': FALLBACK_EDGE,
        'target-arrow-color': FALLBACK_EDGE,
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.8,
        'curve-style': 'bezier',
        width: 'mapData(confidence, 0, 1, 1, 3.5)',
        label: 'data(display)',
        'font-size': 8,
        color: '#555555',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.7,
        'min-zoomed-font-size': 7,
      },
    },
  ];
  const types: StylesheetJson = schema.entityTypes.map((type) => ({
    selector: `node[type = "${cssString(type.name)}"]`,
    style: { 'background-color': type.color, shape: type.shape as never },
  }));
  const rels: StylesheetJson = schema.relationshipTypes.map((rel) => ({
    selector: `edge[type = "${cssString(rel.name)}"]`,
    style: {
      'line-color': rel.color,
      'target-arrow-color': rel.color,
      ...(rel.symmetric ? { 'target-arrow-shape': 'none' } : {}),
    },
  }));
  const states: StylesheetJson = [
    { selector: 'edge[?inferred]', style: { 'line-style': 'dashed', opacity: 0.7 } },
    { selector: 'edge[origin = "analyst"]', style: { 'line-style': 'dotted' } },
    { selector: 'edge[review = "confirmed"]', style: { 'line-outline-width': 1, 'line-outline-color': '#1e8449' } as never },
    { selector: '.pinned', style: { 'border-width': 3, 'border-color': '#222222', 'border-style': 'double' } },
    { selector: '.expanded', style: { 'border-width': 2, 'border-color': '#555555' } },
    { selector: ':selected', style: { 'overlay-color': '#f1c40f', 'overlay-opacity': 0.35, 'overlay-padding': 4 } },
    { selector: 'edge.path', style: { 'line-color': '#f39c12', 'target-arrow-color': '#f39c12', width: 5, 'z-index': 10 } },
    { selector: 'node.path', style: { 'border-width': 4, 'border-color': '#f39c12' } },
    { selector: '.faded', style: { opacity: 0.2 } },
    { selector: '.focus', style: { 'overlay-color': '#f39c12', 'overlay-opacity': 0.3, 'overlay-padding': 3 } },
    { selector: '.filtered, .hidden', style: { display: 'none' } },
  ];
  return [...base, ...types, ...rels, ...states];
}

/** Type names come from the closed ontology list; still, keep selector strings well-formed. */
function cssString(value: string): string {
  return value.replace(/["\\]/g, '');
}
