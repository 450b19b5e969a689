import crypto from 'node:crypto';
import type { Graph } from '../../../graph/connection';
import type { DocumentWrite } from '../../../graph/ingest/types';
import { writeDocument } from '../../../graph/ingest/write';
import { searchTextOf } from '../../../ingest/write/searchText';
import { testGraph } from '../../helpers/graph';

/**
 * The graph writer's promises, on documents of our own (ids under a unique prefix, removed
 * afterwards): same content twice changes nothing; a changed document replaces its own
 * evidence; an edge another document supports stays; analyst edges are never touched.
 */

const P = `t-writer-${crypto.randomBytes(4).toString('hex')}`;
let graph: Graph;

beforeAll(() => {
  graph = testGraph();
});
afterAll(async () => {
  await graph.writeRows(
    `MATCH (n) WHERE (n:Entity OR n:Document OR n:Evidence OR n:Source) AND n.id STARTS WITH $p DETACH DELETE n`,
    { p: P },
  );
  await graph.writeRows('MATCH (e:Evidence) WHERE e.relId STARTS WITH $p DETACH DELETE e', { p: P });
  await graph.close();
});

function docWrite(name: string, version: string, withStake: boolean): DocumentWrite {
  const id = `${P}-doc-${name}`;
  const sentence = '三井物產持有北極液化天然氣 2 號 10% 股權。';
  return {
    document: { id, title: name, author: null, path: `${name}.txt`, lang: 'zh-Hant', chars: 20, hash: `${name}-${version}`, encoding: 'utf-8', text: `${sentence} ${version}`, mentionSpans: '[]' },
    entities: [
      { id: `${P}-mitsui`, type: 'Firm', name: '三井物產', nameEn: 'Mitsui & Co.', aliases: name === 'a' ? ['三井物產'] : ['三井物产', 'Mitsui'] },
      { id: `${P}-alng2`, type: 'Project', name: '北極液化天然氣 2 號', nameEn: 'Arctic LNG 2', aliases: ['北極液化天然氣 2 號', 'Arctic LNG 2'] },
    ],
    mentions: [
      { entityId: `${P}-mitsui`, count: 2 },
      { entityId: `${P}-alng2`, count: 1 },
    ],
    relations: withStake
      ? [{ id: `${P}-stake`, type: 'HOLDS_STAKE_IN', subject: `${P}-mitsui`, object: `${P}-alng2`, props: { share: 0.1, date: null }, confidence: 0.9, method: 'test', inferred: false }]
      : [],
    evidence: withStake ? [{ id: `${P}-ev-${name}`, relId: `${P}-stake`, sentence, start: 0, end: sentence.length, sectionPath: [], sourceIds: [`${P}-src-${name}`] }] : [],
    sources: [{ id: `${P}-src-${name}`, marker: '1', text: '〈報導〉，《日本経済新聞》', title: '報導', author: null, publisher: '日本経済新聞', date: null, url: null }],
  };
}

async function snapshot() {
  const [row] = await graph.readRows<{ entities: number; mentions: number[]; aliases: string[]; edges: number; evidence: number; evidenceCount: number | null; sources: number; cites: number }>(
    `MATCH (e:Entity) WHERE e.id STARTS WITH $p
     WITH count(e) AS entities, collect(e.mentions) AS mentions,
          [x IN collect(e) WHERE x.id = $p + '-mitsui' | x.aliases][0] AS aliases
     OPTIONAL MATCH (:Entity)-[r:HOLDS_STAKE_IN {id: $p + '-stake'}]->(:Entity)
     WITH entities, mentions, aliases, count(r) AS edges, max(r.evidenceCount) AS evidenceCount
     OPTIONAL MATCH (ev:Evidence) WHERE ev.relId = $p + '-stake'
     WITH entities, mentions, aliases, edges, evidenceCount, count(ev) AS evidence
     OPTIONAL MATCH (s:Source) WHERE s.id STARTS WITH $p
     WITH entities, mentions, aliases, edges, evidenceCount, evidence, count(s) AS sources
     OPTIONAL MATCH (:Evidence)-[c:CITES]->(s:Source) WHERE s.id STARTS WITH $p
     RETURN entities, mentions, aliases, edges, evidence, evidenceCount, sources, count(c) AS cites`,
    { p: P },
  );
  return row;
}

describe('writing documents to the graph', () => {
  it('adds aliases and mentions across documents, and writing the same content again changes nothing', async () => {
    expect(await writeDocument(graph, docWrite('a', 'v1', true), searchTextOf)).toBe('written');
    expect(await writeDocument(graph, docWrite('b', 'v1', true), searchTextOf)).toBe('written');
    const first = await snapshot();
    expect(first).toMatchObject({ entities: 2, edges: 1, evidence: 2, evidenceCount: 2, sources: 2, cites: 2 });
    expect([...first.mentions].sort()).toEqual([2, 4]);
    expect([...first.aliases].sort()).toEqual(['Mitsui', '三井物产', '三井物產'].sort());
    const [search] = await graph.readRows<{ t: string }>('MATCH (e:Entity {id: $id}) RETURN e.searchText AS t', { id: `${P}-mitsui` });
    expect(search.t.split(' | ')).toEqual(expect.arrayContaining(['三井物產', '三井物产', 'mitsui']));

    expect(await writeDocument(graph, docWrite('a', 'v1', true), searchTextOf)).toBe('unchanged');
    expect(await writeDocument(graph, docWrite('b', 'v1', true), searchTextOf, { force: true })).toBe('written');
    expect(await snapshot()).toEqual(first);
  }, 300_000); // the first writes to a fresh database also plan every query

  it('a changed document replaces its own evidence; the edge stays while another document supports it', async () => {
    await writeDocument(graph, docWrite('a', 'v2', false), searchTextOf);
    expect(await snapshot()).toMatchObject({ edges: 1, evidence: 1, evidenceCount: 1 });
    await writeDocument(graph, docWrite('b', 'v2', false), searchTextOf);
    expect(await snapshot()).toMatchObject({ edges: 0, evidence: 0, entities: 2 });
  });

  it('never removes an analyst-made edge, even with no evidence', async () => {
    await graph.writeRows(
      `MATCH (s:Entity {id: $p + '-mitsui'}), (o:Entity {id: $p + '-alng2'})
       CREATE (s)-[:HOLDS_STAKE_IN {id: $p + '-stake', origin: 'analyst', share: 0.1}]->(o)`,
      { p: P },
    );
    await writeDocument(graph, docWrite('a', 'v3', true), searchTextOf);
    await writeDocument(graph, docWrite('a', 'v4', false), searchTextOf);
    const [row] = await graph.readRows<{ origins: string[] }>(
      `MATCH (:Entity)-[r:HOLDS_STAKE_IN {id: $p + '-stake'}]->(:Entity) RETURN collect(r.origin) AS origins`,
      { p: P },
    );
    expect(row.origins).toEqual(['analyst']);
  });

  it("an edge keeps the properties its document states, and loses one the changed document no longer states", async () => {
    const withProps = (version: string, props: Record<string, string | number | null>): DocumentWrite => {
      const d = docWrite('p', version, true);
      d.relations = [{ ...d.relations[0], id: `${P}-stake-p`, props }];
      d.evidence = [{ ...d.evidence[0], id: `${P}-ev-p`, relId: `${P}-stake-p` }];
      return d;
    };
    const props = async () => {
      const [row] = await graph.readRows<{ p: Record<string, unknown> }>('MATCH ()-[r:HOLDS_STAKE_IN {id: $id}]->() RETURN properties(r) AS p', { id: `${P}-stake-p` });
      return row.p;
    };
    await writeDocument(graph, withProps('v1', { share: 0.1, date: '2024', status: null }), searchTextOf);
    expect(await props()).toMatchObject({ share: 0.1, date: '2024', evidenceCount: 1, origin: 'extracted' });
    expect(Object.keys(await props())).not.toContain('status');
    await writeDocument(graph, withProps('v2', { share: null, date: '2024', status: 'planned' }), searchTextOf);
    const after = await props();
    expect(after).toMatchObject({ date: '2024', status: 'planned', evidenceCount: 1 });
    expect(Object.keys(after)).not.toContain('share');
  });

  it('refuses a type outside the ontology before touching the graph', async () => {
    const bad = docWrite('c', 'v1', false);
    bad.entities[0] = { ...bad.entities[0], type: 'Spaceship' };
    await expect(writeDocument(graph, bad, searchTextOf)).rejects.toThrow(/Unknown entity type "Spaceship"/);
    const [row] = await graph.readRows<{ n: number }>('MATCH (d:Document {id: $id}) RETURN count(d) AS n', { id: `${P}-doc-c` });
    expect(row.n).toBe(0);
  });
});
