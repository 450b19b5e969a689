import { parseDocument } from 'htmlparser2';
import { findAll, getAttributeValue } from 'domutils';
import type { Element } from 'domhandler';
import { toGexf } from '../../../graph/explore/exportGexf';
import type { GraphExport } from '../../../graph/explore/export';

// GEXF for Gephi: a well-formed document whose nodes, edges and attributes are the export's,
// with names that break XML carried as text.

const data: GraphExport = {
  truncated: false,
  nodes: [
    { id: 'ent_mitsui', type: 'Firm', name: '三井物產 <&> "Mitsui"', nameEn: 'Mitsui & Co.', aliases: ['三井物产', 'Mitsui'], mentions: 12, degree: 3 },
    { id: 'ent_arctic', type: 'Project', name: 'Arctic LNG 2', nameEn: null, aliases: [], mentions: 7, degree: 2 },
  ],
  edges: [
    {
      id: 'rel_1', type: 'HOLDS_STAKE_IN', source: 'ent_mitsui', target: 'ent_arctic', properties: { share: 0.025 }, date: '2019-06',
      confidence: 0.9, method: 'trigger', origin: 'extracted', inferred: false, review: 'confirmed', evidenceCount: 2, annotationCount: 0,
    },
  ],
};

const elements = (xml: string, name: string) => findAll((e) => e.name === name, parseDocument(xml, { xmlMode: true }).children) as Element[];
const attvalues = (element: Element) =>
  Object.fromEntries((findAll((e) => e.name === 'attvalue', [element]) as Element[]).map((a) => [getAttributeValue(a, 'for'), getAttributeValue(a, 'value')]));

test('nodes carry their names and type; the edge its relationship type, confidence and properties', () => {
  const xml = toGexf(data);
  expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3">')).toBe(true);
  const nodes = elements(xml, 'node');
  expect(nodes.map((n) => getAttributeValue(n, 'id'))).toEqual(['ent_mitsui', 'ent_arctic']);
  expect(getAttributeValue(nodes[0], 'label')).toBe('三井物產 <&> "Mitsui"');
  expect(attvalues(nodes[0])).toEqual({ type: 'Firm', nameEn: 'Mitsui & Co.', aliases: '三井物产 | Mitsui', mentions: '12' });
  const [edge] = elements(xml, 'edge');
  expect(edge.attribs).toMatchObject({ id: 'rel_1', source: 'ent_mitsui', target: 'ent_arctic', label: 'HOLDS_STAKE_IN', weight: '0.9' });
  expect(attvalues(edge)).toMatchObject({ type: 'HOLDS_STAKE_IN', share: '0.025', date: '2019-06', origin: 'extracted', review: 'confirmed', evidenceCount: '2', inferred: 'false' });
  const declared = elements(xml, 'attribute').map((a) => getAttributeValue(a, 'id'));
  expect(declared).toEqual(expect.arrayContaining(['type', 'mentions', 'share', 'date', 'status']));
});

test('the markup stays balanced whatever the names hold', () => {
  const xml = toGexf({ ...data, nodes: [{ ...data.nodes[0], name: '</node><node id="x">' }] });
  expect(elements(xml, 'node')).toHaveLength(1);
  expect(xml).not.toContain('<node id="x">');
});
