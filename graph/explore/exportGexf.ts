import type { GraphExport } from './export';
import { escapeXml, joined } from './exportFormats';

/**
 * GEXF 1.3 (Gephi's format): nodes with their type and names, directed edges labelled with
 * their relationship type, weighted by confidence, with the ontology's properties as attributes.
 */

const nodeAttributes = [
  ['type', 'string'],
  ['nameEn', 'string'],
  ['aliases', 'string'],
  ['mentions', 'integer'],
] as const;
const edgeAttributes = [
  ['type', 'string'],
  ['date', 'string'],
  ['share', 'double'],
  ['amount', 'string'],
  ['resource', 'string'],
  ['role', 'string'],
  ['topic', 'string'],
  ['about', 'string'],
  ['status', 'string'],
  ['origin', 'string'],
  ['inferred', 'boolean'],
  ['review', 'string'],
  ['evidenceCount', 'integer'],
] as const;

function declare(kind: 'node' | 'edge', attributes: readonly (readonly [string, string])[]): string[] {
  return [
    `    <attributes class="${kind}">`,
    ...attributes.map(([id, type]) => `      <attribute id="${id}" title="${id}" type="${type}"/>`),
    '    </attributes>',
  ];
}

function values(attributes: readonly (readonly [string, string])[], row: Record<string, unknown>, indent: string): string[] {
  const present = attributes.filter(([id]) => row[id] !== null && row[id] !== undefined && row[id] !== '');
  if (present.length === 0) return [];
  return [
    `${indent}<attvalues>`,
    ...present.map(([id]) => `${indent}  <attvalue for="${id}" value="${escapeXml(String(row[id]))}"/>`),
    `${indent}</attvalues>`,
  ];
}

export function* gexfPieces(data: GraphExport): Generator<string> {
  const lines = (list: string[]) => list.map((line) => `${line}\n`).join('');
  yield lines([
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" version="1.3">',
    '  <meta><creator>Energy Geopolitics Graph</creator></meta>',
    '  <graph defaultedgetype="directed" mode="static">',
    ...declare('node', nodeAttributes),
    ...declare('edge', edgeAttributes),
    '    <nodes>',
  ]);
  for (const n of data.nodes) {
    yield lines([
      `      <node id="${escapeXml(n.id)}" label="${escapeXml(n.name)}">`,
      ...values(nodeAttributes, { type: n.type, nameEn: n.nameEn, aliases: n.aliases.join(' | '), mentions: n.mentions }, '        '),
      '      </node>',
    ]);
  }
  yield lines(['    </nodes>', '    <edges>']);
  for (const e of data.edges) {
    const row = { ...e.properties, type: e.type, date: e.date, origin: e.origin, inferred: e.inferred, review: e.review, evidenceCount: e.evidenceCount };
    yield lines([
      `      <edge id="${escapeXml(e.id)}" source="${escapeXml(e.source)}" target="${escapeXml(e.target)}" label="${escapeXml(e.type)}" weight="${e.confidence}">`,
      ...values(edgeAttributes, row, '        '),
      '      </edge>',
    ]);
  }
  yield lines(['    </edges>', '  </graph>', '</gexf>']);
}

export function toGexf(data: GraphExport): string {
  return joined(gexfPieces(data));
}
