import type { GraphExport } from './export';

/** Serialisations of an export: JSON (nodes + edges), GraphML and CSV (one row per edge). */

export function toJson(data: GraphExport): string {
  return JSON.stringify({ nodes: data.nodes, edges: data.edges, truncated: data.truncated }, null, 2);
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

export function toGraphml(data: GraphExport): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...nodeKeys.map((k) => `  <key id="n_${k}" for="node" attr.name="${k}" attr.type="${k === 'mentions' ? 'int' : 'string'}"/>`),
    ...edgeKeys.map((k) => `  <key id="e_${k}" for="edge" attr.name="${k}" attr.type="string"/>`),
    '  <graph id="G" edgedefault="directed">',
  ];
  for (const n of data.nodes) {
    const values: Record<string, unknown> = { type: n.type, name: n.name, nameEn: n.nameEn, aliases: n.aliases.join(' | '), mentions: n.mentions };
    lines.push(`    <node id="${escapeXml(n.id)}">`);
    for (const k of nodeKeys) if (values[k] != null && values[k] !== '') lines.push(`      <data key="n_${k}">${escapeXml(String(values[k]))}</data>`);
    lines.push('    </node>');
  }
  for (const e of data.edges) {
    const values: Record<string, unknown> = { ...e.properties, type: e.type, date: e.date, confidence: e.confidence, method: e.method, origin: e.origin, inferred: e.inferred, review: e.review, evidenceCount: e.evidenceCount };
    lines.push(`    <edge id="${escapeXml(e.id)}" source="${escapeXml(e.source)}" target="${escapeXml(e.target)}">`);
    for (const k of edgeKeys) if (values[k] != null && values[k] !== '') lines.push(`      <data key="e_${k}">${escapeXml(String(values[k]))}</data>`);
    lines.push('    </edge>');
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
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

export function toCsv(data: GraphExport): string {
  const names = new Map(data.nodes.map((n) => [n.id, n]));
  const header = ['id', 'type', 'source', 'sourceName', 'target', 'targetName', 'date', 'share', 'amount', 'resource', 'role', 'topic', 'about', 'confidence', 'method', 'origin', 'inferred', 'review', 'evidenceCount'];
  const rows = data.edges.map((e) => [
    e.id, e.type, e.source, names.get(e.source)?.name, e.target, names.get(e.target)?.name, e.date,
    e.properties.share, e.properties.amount, e.properties.resource, e.properties.role, e.properties.topic, e.properties.about,
    e.confidence, e.method, e.origin, e.inferred, e.review, e.evidenceCount,
  ]);
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
