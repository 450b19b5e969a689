import type { GraphExport } from './export';

/** Serialisations of an export: JSON (nodes + edges), GraphML and CSV (one row per edge). */

/**
 * Each serialisation is a generator of pieces (a node, an edge, a row at a time) so the API can
 * write a large export in slices and answer others in between; `toX` joins the pieces.
 */
export const joined = (pieces: Iterable<string>): string => Array.from(pieces).join('');

/** JSON.stringify({ nodes, edges, truncated }, null, 2), one node or edge at a time. */
export function* jsonPieces(data: GraphExport): Generator<string> {
  const list = function* (name: string, items: readonly unknown[], last: boolean): Generator<string> {
    if (items.length === 0) {
      yield `  "${name}": []${last ? '' : ','}\n`;
      return;
    }
    yield `  "${name}": [\n`;
    for (let i = 0; i < items.length; i++) {
      // A nested value is its own indented text, shifted two levels: JSON text has no raw line breaks in strings.
      yield `    ${JSON.stringify(items[i], null, 2).replace(/\n/g, '\n    ')}${i < items.length - 1 ? ',' : ''}\n`;
    }
    yield `  ]${last ? '' : ','}\n`;
  };
  yield '{\n';
  yield* list('nodes', data.nodes, false);
  yield* list('edges', data.edges, false);
  yield `  "truncated": ${JSON.stringify(data.truncated)}\n}`;
}

export function toJson(data: GraphExport): string {
  return joined(jsonPieces(data));
}

export function escapeXml(value: string): string {
  // Characters XML 1.0 cannot carry at all are dropped; the five specials become entities.
  return value
    .replace(/[^\x09\x0A\x0D\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const nodeKeys = ['type', 'name', 'nameEn', 'aliases', 'mentions'] as const;
const edgeKeys = ['type', 'date', 'share', 'amount', 'resource', 'role', 'topic', 'about', 'count', 'weight', 'year', 'confidence', 'method', 'origin', 'inferred', 'review', 'evidenceCount'] as const;

export function* graphmlPieces(data: GraphExport): Generator<string> {
  yield [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...nodeKeys.map((k) => `  <key id="n_${k}" for="node" attr.name="${k}" attr.type="${k === 'mentions' ? 'int' : 'string'}"/>`),
    ...edgeKeys.map((k) => `  <key id="e_${k}" for="edge" attr.name="${k}" attr.type="string"/>`),
    '  <graph id="G" edgedefault="directed">',
    '',
  ].join('\n');
  for (const n of data.nodes) {
    const values: Record<string, unknown> = { type: n.type, name: n.name, nameEn: n.nameEn, aliases: n.aliases.join(' | '), mentions: n.mentions };
    let piece = `    <node id="${escapeXml(n.id)}">\n`;
    for (const k of nodeKeys) if (values[k] != null && values[k] !== '') piece += `      <data key="n_${k}">${escapeXml(String(values[k]))}</data>\n`;
    yield `${piece}    </node>\n`;
  }
  for (const e of data.edges) {
    const values: Record<string, unknown> = { ...e.properties, type: e.type, date: e.date, confidence: e.confidence, method: e.method, origin: e.origin, inferred: e.inferred, review: e.review, evidenceCount: e.evidenceCount };
    let piece = `    <edge id="${escapeXml(e.id)}" source="${escapeXml(e.source)}" target="${escapeXml(e.target)}">\n`;
    for (const k of edgeKeys) if (values[k] != null && values[k] !== '') piece += `      <data key="e_${k}">${escapeXml(String(values[k]))}</data>\n`;
    yield `${piece}    </edge>\n`;
  }
  yield '  </graph>\n</graphml>\n';
}

export function toGraphml(data: GraphExport): string {
  return joined(graphmlPieces(data));
}

/**
 * One CSV field per RFC 4180 (quoted when it holds a comma, quote or line break). A value a
 * spreadsheet would run as a formula (leading = + - @, tab or CR) gets a leading apostrophe.
 */
export function csvField(value: unknown): string {
  let s = value == null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const csvHeader = ['id', 'type', 'source', 'sourceName', 'target', 'targetName', 'date', 'share', 'amount', 'resource', 'role', 'topic', 'about', 'confidence', 'method', 'origin', 'inferred', 'review', 'evidenceCount'];

export function* csvPieces(data: GraphExport): Generator<string> {
  const names = new Map(data.nodes.map((n) => [n.id, n]));
  const row = (fields: unknown[]) => `${fields.map(csvField).join(',')}\r\n`;
  yield row(csvHeader);
  for (const e of data.edges) {
    yield row([
      e.id, e.type, e.source, names.get(e.source)?.name, e.target, names.get(e.target)?.name, e.date,
      e.properties.share, e.properties.amount, e.properties.resource, e.properties.role, e.properties.topic, e.properties.about,
      e.confidence, e.method, e.origin, e.inferred, e.review, e.evidenceCount,
    ]);
  }
}

export function toCsv(data: GraphExport): string {
  return joined(csvPieces(data));
}
