import crypto from 'node:crypto';
import { getNeighborhood } from '../../../graph/explore/neighborhood';
import { limits } from '../../../graph/explore/model';
import { countNeighbors } from '../../../graph/explore/neighborCounts';
import { testGraph } from '../../helpers/graph';

// Neighbourhoods around hubs: a hub's expansion reads a bounded number of its edges and says it
// was cut, and the edges among the nodes drawn are all there, hub edges included.
//
//   Hub A (State) ─ 1,050 spokes (Firms), spoke 0 and 1 also linked to each other
//   Hub B (State) ─ 1,020 spokes of its own, and A ─COOPERATES_WITH→ B
//   Lone (Firm) ─PART_OF→ spoke 0; Lone ─COOPERATES_WITH→ Hub B

const graph = testGraph();
const prefix = `nh${crypto.randomBytes(4).toString('hex')}`;
const id = (s: string) => `${prefix}-${s}`;
const spokesA = 1050;
const spokesB = 1020;

beforeAll(async () => {
  const entity = (key: string, type: string, mentions: number) => ({ id: id(key), type, name: key, nameEn: key, aliases: [key], searchText: key, mentions });
  await graph.writeRows('UNWIND $rows AS e CREATE (n:Entity:State) SET n = e', { rows: [entity('hubA', 'State', 50), entity('hubB', 'State', 40)] });
  const spokes = [
    ...Array.from({ length: spokesA }, (_, i) => entity(`a${i}`, 'Firm', 1 + (i % 5))),
    ...Array.from({ length: spokesB }, (_, i) => entity(`b${i}`, 'Firm', 1 + (i % 5))),
    entity('lone', 'Firm', 9),
  ];
  await graph.writeRows('UNWIND $rows AS e CREATE (n:Entity:Firm) SET n = e', { rows: spokes });
  const rel = (s: string, o: string, key: string) => ({ s: id(s), o: id(o), id: id(key) });
  await graph.writeRows(
    `UNWIND $rows AS row MATCH (s:Entity {id: row.s}), (o:Entity {id: row.o})
     CREATE (s)-[:SUPPLIES {id: row.id, confidence: 0.9, origin: 'extracted', inferred: false, evidenceCount: 0}]->(o)`,
    { rows: [...Array.from({ length: spokesA }, (_, i) => rel(`a${i}`, 'hubA', `ra${i}`)), ...Array.from({ length: spokesB }, (_, i) => rel(`b${i}`, 'hubB', `rb${i}`))] },
  );
  await graph.writeRows(
    `UNWIND $rows AS row MATCH (s:Entity {id: row.s}), (o:Entity {id: row.o})
     CREATE (s)-[:COOPERATES_WITH {id: row.id, confidence: 0.9, origin: 'extracted', inferred: false, evidenceCount: 0}]->(o)`,
    { rows: [rel('a0', 'a1', 'r01'), rel('hubA', 'hubB', 'rAB'), rel('lone', 'hubB', 'rLB'), rel('lone', 'a0', 'rL0')] },
  );
}, 300_000);

afterAll(async () => {
  await graph.writeRows('MATCH (n:Entity) WHERE n.id STARTS WITH $prefix DETACH DELETE n', { prefix });
  await graph.close();
}, 300_000);

const options = { inferred: false, includeRejected: false };
const nodeIds = (found: Awaited<ReturnType<typeof getNeighborhood>>) => found!.elements.nodes.map((n) => n.data.id);
const edgeIds = (found: Awaited<ReturnType<typeof getNeighborhood>>) => found!.elements.edges.map((e) => e.data.id).sort();

describe('a hub neighbourhood', () => {
  it('answers a capped, ranked first answer and says it was cut', async () => {
    expect(spokesA).toBeGreaterThan(limits.hubScan);
    const found = await getNeighborhood(graph, id('hubA'), { ...options, depth: 1, limit: 20, order: 'degree' });
    expect(found!.truncated).toBe(true);
    const nodes = found!.elements.nodes.map((n) => n.data);
    // The limit counts the centre.
    expect(nodes).toHaveLength(20);
    expect(nodes[0].id).toBe(id('hubA'));
    // Most connected first: hub B (1,020 spokes + 2) leads whenever it was among the edges read.
    const degrees = nodes.slice(1).map((n) => n.degree);
    expect(degrees).toEqual([...degrees].sort((x, y) => y - x));
  }, 120_000);

  it('draws every edge among the nodes found, hub to hub and hub to spoke, once', async () => {
    const found = await getNeighborhood(graph, id('lone'), { ...options, depth: 2, limit: 200 });
    const nodes = new Set(nodeIds(found));
    // Lone's neighbours: spoke a0 and hub B; both hubs are within two hops.
    expect(nodes.has(id('hubB'))).toBe(true);
    expect(nodes.has(id('hubA'))).toBe(true);
    expect(found!.truncated).toBe(true);
    const expected = [
      ...Array.from({ length: spokesA }, (_, i) => [`a${i}`, 'hubA', `ra${i}`]),
      ...Array.from({ length: spokesB }, (_, i) => [`b${i}`, 'hubB', `rb${i}`]),
      ['a0', 'a1', 'r01'], ['hubA', 'hubB', 'rAB'], ['lone', 'hubB', 'rLB'], ['lone', 'a0', 'rL0'],
    ].filter(([s, o]) => nodes.has(id(s)) && nodes.has(id(o))).map(([, , r]) => id(r)).sort();
    expect(expected).toContain(id('rAB'));
    expect(edgeIds(found)).toEqual(expected);
  }, 120_000);

  it('leaves an ordinary neighbourhood whole: every neighbour and every edge', async () => {
    const found = await getNeighborhood(graph, id('a0'), { ...options, depth: 1, limit: 200 });
    expect(found!.truncated).toBe(false);
    expect(new Set(nodeIds(found))).toEqual(new Set([id('a0'), id('a1'), id('hubA'), id('lone')]));
    expect(edgeIds(found)).toEqual([id('ra0'), id('ra1'), id('r01'), id('rL0')].sort());
  }, 120_000);
});

describe("a hub's neighbour counts", () => {
  it('are estimated from its links per type and a sample of each, without reading them all', async () => {
    const counts = await countNeighbors(graph, id('hubA'), options);
    expect(counts).toEqual({ total: spokesA + 1, byRelationship: { SUPPLIES: spokesA, COOPERATES_WITH: 1 }, byEntityType: { Firm: spokesA, State: 1 }, estimated: true });
    const states = await countNeighbors(graph, id('hubA'), { ...options, types: ['State'] });
    expect(states).toEqual({ total: 1, byRelationship: { COOPERATES_WITH: 1 }, byEntityType: { State: 1 }, estimated: true });
  }, 120_000);

  it('are exact for an ordinary entity', async () => {
    const counts = await countNeighbors(graph, id('a0'), options);
    expect(counts).toEqual({ total: 3, byRelationship: { SUPPLIES: 1, COOPERATES_WITH: 2 }, byEntityType: { State: 1, Firm: 2 } });
  }, 120_000);
});
