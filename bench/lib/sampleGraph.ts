import type { Graph } from '../../graph/connection';
import { sampleCorpusDir } from '../../ingest/corpus';
import { runIngest } from '../../ingest/run';
import { sampleEntityPool } from '../../graph/bench/pools';
import { startBenchNeo4j, type BenchNeo4j } from './benchNeo4j';

/**
 * The four sample papers, ingested into the benchmark database with the product's pipeline
 * whenever it holds no connected sample entity yet (an unchanged document is skipped by hash).
 */
export async function ensureSampleGraph(graph: Graph): Promise<void> {
  if ((await sampleEntityPool(graph, 2)).ids.length >= 2) return;
  console.log('  ingesting the sample corpus into the benchmark database…');
  const report = await runIngest({ inputs: [sampleCorpusDir], graph, force: true });
  console.log(`  sample corpus: ${report.written} documents written in ${report.seconds.toFixed(0)} s`);
}

/**
 * The benchmarks' database holding only the sample corpus (var/bench-sample-neo4j): the graph an
 * analyst works on, for the load, fault, fuzz and render runs and the sample-graph queries.
 */
export async function startSampleNeo4j(options: { restartOnCrash?: boolean } = {}): Promise<BenchNeo4j> {
  const neo = await startBenchNeo4j('bench-sample-neo4j', Number(process.env.BENCH_SAMPLE_NEO4J_PORT ?? 7796), options);
  try {
    await ensureSampleGraph(neo.graph);
  } catch (err) {
    await neo.close();
    throw err;
  }
  return neo;
}
