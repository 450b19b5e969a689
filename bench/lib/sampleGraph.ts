import type { Graph } from '../../graph/connection';
import { sampleCorpusDir } from '../../ingest/corpus';
import { runIngest } from '../../ingest/run';
import { sampleEntityPool } from '../graph/pools';

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
