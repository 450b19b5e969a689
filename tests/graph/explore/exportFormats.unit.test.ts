import { jsonPieces, toCsv, toGraphml, toJson, graphmlPieces } from '../../../graph/explore/exportFormats';
import type { GraphExport } from '../../../graph/explore/export';

// The export formats are written a piece at a time (a node, an edge, a row): the pieces must
// make exactly the text a one-shot serialisation gave.

const exportOf = (nodes: number, edges: number): GraphExport => ({
  truncated: nodes > 2,
  nodes: Array.from({ length: nodes }, (_, i) => ({ id: `ent_${i}`, type: 'Firm', name: `三井 <&> "${i}"\n`, nameEn: i % 2 ? null : 'Mitsui & Co.', aliases: i % 2 ? ['三井物产', 'Mitsui'] : [], mentions: i, degree: 1 })),
  edges: Array.from({ length: edges }, (_, i) => ({
    id: `rel_${i}`, type: 'HOLDS_STAKE_IN', source: `ent_${i % Math.max(1, nodes)}`, target: 'ent_0', properties: i % 2 ? { share: 0.025, amount: '=1,"2"' } : {}, date: i % 3 ? '2019-06' : null,
    confidence: 0.9, method: 'trigger', origin: 'extracted', inferred: i % 2 === 0, review: i % 4 ? null : 'confirmed', evidenceCount: 2, annotationCount: 0,
  })),
});

test.each([[0, 0], [1, 0], [0, 1], [3, 5], [200, 600]])('JSON of %i nodes and %i edges is JSON.stringify with two-space indent', (nodes, edges) => {
  const data = exportOf(nodes, edges);
  expect(toJson(data)).toBe(JSON.stringify({ nodes: data.nodes, edges: data.edges, truncated: data.truncated }, null, 2));
  expect(JSON.parse(toJson(data))).toEqual(JSON.parse(JSON.stringify(data)));
});

test('pieces are small: one node or edge each, whatever the size of the graph', () => {
  const data = exportOf(200, 600);
  const longest = (pieces: Iterable<string>) => Math.max(...Array.from(pieces, (p) => p.length));
  expect(Array.from(jsonPieces(data)).length).toBeGreaterThan(800);
  expect(longest(jsonPieces(data))).toBeLessThan(1_000);
  expect(longest(graphmlPieces(data))).toBeLessThan(4_000);
});

test('GraphML and CSV keep their shape: one node element per entity, one CSV row per edge', () => {
  const data = exportOf(3, 5);
  const xml = toGraphml(data);
  expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<graphml')).toBe(true);
  expect(xml.endsWith('  </graph>\n</graphml>\n')).toBe(true);
  expect(xml.match(/<node id=/g)).toHaveLength(3);
  expect(xml).toContain('<data key="n_name">三井 &lt;&amp;&gt; &quot;0&quot;\n</data>');
  const csv = toCsv(data);
  expect(csv.split('\r\n')).toHaveLength(1 + 5 + 1);
  expect(csv).toContain(`"'=1,""2"""`);
});
