import path from 'node:path';
import type { Graph } from '../../graph/connection';
import { storedDocumentHash } from '../../graph/ingest/write';
import { readCatalog, sampleCorpusDir } from '../../ingest/corpus';
import { documentId } from '../../ingest/meta';
import { runIngest } from '../../ingest/run';

/**
 * The sample corpus, ingested once per test run into the shared test database (by the real
 * pipeline; documents already there with their content are left as they are). Tests read
 * it; tests that change the graph clean up after themselves.
 */
export async function ensureSampleCorpus(graph: Graph): Promise<void> {
  const stored = await Promise.all(sampleDocumentIds().map((id) => storedDocumentHash(graph, id)));
  if (stored.every((hash) => hash !== null)) return;
  await runIngest({ inputs: [sampleCorpusDir], graph });
}

/** Ids of the sample corpus documents, in catalog order. */
export function sampleDocumentIds(): string[] {
  return [...readCatalog().keys()].map((file) => documentId(path.join(sampleCorpusDir, file)));
}
