import crypto from 'node:crypto';
import type { Graph } from '../../../graph/connection';
import { countDocumentGraph } from '../../../graph/ingest/counts';
import { sampleCorpusDir } from '../../../ingest/corpus';
import { runIngest } from '../../../ingest/run';
import { ensureSampleCorpus, sampleDocumentIds } from '../../helpers/corpus';
import { testGraph } from '../../helpers/graph';

/**
 * The sample corpus through the whole pipeline into the test database: the extraction JSON
 * and the graph agree on counts, re-ingest changes nothing, and --reset keeps analyst data.
 * (--reset clears the extracted data every test file shares; this file puts the sample
 * corpus back before it ends.)
 */

let graph: Graph;
const P = `t-reset-${crypto.randomBytes(4).toString('hex')}`;

beforeAll(async () => {
  graph = testGraph();
  await ensureSampleCorpus(graph);
}, 600_000);
afterAll(async () => {
  await graph.writeRows(
    `MATCH (n) WHERE (n:Entity OR n:Annotation OR n:Review OR n:EntityRedirect OR n:AnnotationRevision) AND
       (n.id STARTS WITH $p OR n.fromId STARTS WITH $p) DETACH DELETE n`,
    { p: P },
  );
  await ensureSampleCorpus(graph);
  await graph.close();
}, 600_000);

describe('the sample corpus in the graph', () => {
  it('gives the same counts in the extraction JSON and in Neo4j, and re-ingest leaves every count unchanged', async () => {
    const report = await runIngest({ inputs: [sampleCorpusDir], graph, force: true });
    expect(report.skipped).toEqual([]);
    const json = report.aggregate.toJson();
    const ids = sampleDocumentIds();
    const counts = await countDocumentGraph(graph, ids);
    expect(counts.documents).toBe(json.documents.length);
    expect(counts.entities).toBe(json.entities.length);
    expect(counts.relations).toBe(json.relations.length);
    expect(counts.sources).toBe(json.sources.length);
    expect(counts.evidence).toBe(report.aggregate.evidenceCount);
    expect(counts.entitiesByType).toEqual(report.aggregate.entitiesByType());
    expect(counts.relationsByType).toEqual(report.aggregate.relationsByType());
    expect(json.relations.length).toBeGreaterThan(0);

    const mentions = async () =>
      graph.readRows<{ id: string; mentions: number }>(
        `MATCH (d:Document)-[:MENTIONS]->(e:Entity) WHERE d.id IN $ids WITH DISTINCT e RETURN e.id AS id, e.mentions AS mentions ORDER BY id`,
        { ids },
      );
    const before = await mentions();
    const again = await runIngest({ inputs: [sampleCorpusDir], graph });
    expect(again.written).toBe(0);
    expect(again.unchanged).toBe(4);
    const forced = await runIngest({ inputs: [sampleCorpusDir], graph, force: true });
    expect(forced.written).toBe(4);
    expect(await countDocumentGraph(graph, ids)).toEqual(counts);
    expect(await mentions()).toEqual(before);
  }, 900_000);

  it('--reset clears extracted data and keeps annotations, reviews, merges and analyst edges', async () => {
    await graph.writeRows(
      `CREATE (a:Entity:State {id: $p + '-a', type: 'State', name: 'A', aliases: ['A'], mentions: 0})
       CREATE (b:Entity:State {id: $p + '-b', type: 'State', name: 'B', aliases: ['B'], mentions: 0})
       CREATE (a)-[:SANCTIONS {id: $p + '-rel', origin: 'analyst'}]->(b)
       CREATE (:Annotation {id: $p + '-note', targetId: $p + '-rel', targetKind: 'relation', text: 'checked'})
       CREATE (:Review {id: $p + '-review', relId: $p + '-rel', state: 'confirmed'})
       CREATE (:EntityRedirect {fromId: $p + '-old', toId: $p + '-a', mergeId: $p + '-merge'})`,
      { p: P },
    );
    const report = await runIngest({ inputs: [], graph, reset: true });
    expect(report.reset?.documents).toBeGreaterThanOrEqual(4);
    const [left] = await graph.readRows<{ docs: number; evidence: number; extracted: number; analyst: number; notes: number; reviews: number; merges: number }>(
      `CALL { MATCH (d:Document) RETURN count(d) AS docs }
       CALL { MATCH (e:Evidence) RETURN count(e) AS evidence }
       CALL { MATCH ()-[r]->() WHERE r.origin = 'extracted' RETURN count(r) AS extracted }
       CALL { MATCH (:Entity {id: $p + '-a'})-[r:SANCTIONS {origin: 'analyst'}]->(:Entity {id: $p + '-b'}) RETURN count(r) AS analyst }
       CALL { MATCH (n:Annotation {id: $p + '-note'}) RETURN count(n) AS notes }
       CALL { MATCH (n:Review {id: $p + '-review'}) RETURN count(n) AS reviews }
       CALL { MATCH (n:EntityRedirect {mergeId: $p + '-merge'}) RETURN count(n) AS merges }
       RETURN docs, evidence, extracted, analyst, notes, reviews, merges`,
      { p: P },
    );
    expect(left).toEqual({ docs: 0, evidence: 0, extracted: 0, analyst: 1, notes: 1, reviews: 1, merges: 1 });
  }, 600_000);
});
