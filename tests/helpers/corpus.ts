import type { Graph } from '../../graph/connection';
import { ingestSampleCorpusIfEmpty } from '../../ingest/bootstrap';

/**
 * The sample corpus, ingested once per test run into the shared test database.
 * Tests read it; tests that change the graph clean up after themselves.
 */
export async function ensureSampleCorpus(graph: Graph): Promise<void> {
  await ingestSampleCorpusIfEmpty(graph);
}
