import type { Graph } from '../../../graph/connection';
import { countDocumentGraph } from '../../../graph/ingest/counts';
import { sampleCorpusDir } from '../../../ingest/corpus';
import { runIngest } from '../../../ingest/run';
import { ensureSampleCorpus, sampleDocumentIds } from '../../helpers/corpus';
import { testGraph } from '../../helpers/graph';

/**
 * Extraction on several threads and ingest by several shards at once give the graph one
 * thread gives: the same counts, and every entity with the same aliases and mention total.
 */

let graph: Graph;

beforeAll(async () => {
  graph = testGraph();
  await ensureSampleCorpus(graph);
}, 600_000);
afterAll(async () => {
  await graph.close();
});

async function entitiesOfSample(): Promise<{ id: string; type: string; aliases: string[]; mentions: number }[]> {
  const rows = await graph.readRows<{ id: string; type: string; aliases: string[] | null; mentions: number }>(
    `MATCH (d:Document)-[:MENTIONS]->(e:Entity) WHERE d.id IN $ids
     WITH DISTINCT e RETURN e.id AS id, e.type AS type, e.aliases AS aliases, e.mentions AS mentions ORDER BY id`,
    { ids: sampleDocumentIds() },
  );
  return rows.map((r) => ({ ...r, aliases: [...(r.aliases ?? [])].sort() }));
}

describe('ingest on several threads and in shards', () => {
  // What one thread writes, the reference for both tests (each leaves the graph as it found it).
  let counts: Awaited<ReturnType<typeof countDocumentGraph>>;
  let entities: Awaited<ReturnType<typeof entitiesOfSample>>;

  it('writes the same graph with a pool of two extraction workers as with one thread', async () => {
    const one = await runIngest({ inputs: [sampleCorpusDir], graph, force: true, workers: 1, keepDetail: true });
    counts = await countDocumentGraph(graph, sampleDocumentIds());
    entities = await entitiesOfSample();

    const two = await runIngest({ inputs: [sampleCorpusDir], graph, force: true, workers: 2, keepDetail: true });
    expect(two.written).toBe(one.written);
    expect(two.skipped).toEqual([]);
    expect(two.aggregate.toJson()).toEqual(one.aggregate.toJson());
    expect(await countDocumentGraph(graph, sampleDocumentIds())).toEqual(counts);
    expect(await entitiesOfSample()).toEqual(entities);
  }, 600_000);

  it('writes the same graph when two shards ingest the corpus at the same time', async () => {
    const shards = await Promise.all([1, 2].map((index) => runIngest({ inputs: [sampleCorpusDir], graph, force: true, shard: { index, count: 2 } })));
    expect(shards.map((r) => r.written)).toEqual([2, 2]);
    expect(await countDocumentGraph(graph, sampleDocumentIds())).toEqual(counts);
    expect(await entitiesOfSample()).toEqual(entities);
  }, 600_000);
});
