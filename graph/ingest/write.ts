import type { Graph } from '../connection';
import { isEntityType, isRelationshipType } from '../ontology';
import type { DocumentWrite } from './types';
import { writeBatchInTransaction } from './writeBatch';

/**
 * Writing documents: a batch of documents in one managed write transaction, so a crash leaves
 * whole documents (whole batches) and one round trip per step serves the whole batch. Each
 * document's old evidence, mentions and sources are replaced; entities and edges are MERGEd by
 * stable id, so what other documents support stays; an extracted edge goes only when no
 * evidence is left for it; analyst-made edges and analyst nodes are never touched.
 */

export type WriteOutcome = 'written' | 'unchanged';

export async function storedDocumentHash(graph: Graph, documentId: string): Promise<string | null> {
  return (await storedDocumentHashes(graph, [documentId])).get(documentId) ?? null;
}

async function storedDocumentHashes(graph: Graph, documentIds: string[]): Promise<Map<string, string | null>> {
  const rows = await graph.readRows<{ id: string; hash: string | null }>(
    'UNWIND $ids AS id MATCH (d:Document {id: id}) RETURN d.id AS id, d.hash AS hash',
    { ids: documentIds },
  );
  return new Map(rows.map((r) => [r.id, r.hash]));
}

/** Types come from the closed ontology list: an unknown one fails its document before anything is written. */
export function checkTypes(data: DocumentWrite): void {
  for (const e of data.entities) if (!isEntityType(e.type)) throw new Error(`Unknown entity type "${e.type}" (entity ${e.id})`);
  for (const r of data.relations) if (!isRelationshipType(r.type)) throw new Error(`Unknown relationship type "${r.type}" (relation ${r.id})`);
}

export async function writeDocument(
  graph: Graph,
  data: DocumentWrite,
  searchTextOf: (aliases: string[]) => string,
  opts: { force?: boolean } = {},
): Promise<WriteOutcome> {
  const [outcome] = await writeDocuments(graph, [data], searchTextOf, opts);
  return outcome;
}

/**
 * Write a batch; the outcome of each document in order. Unchanged documents (same content hash)
 * are left alone unless forced. Types are checked before anything is written, so an unknown
 * type fails the batch without touching the graph.
 */
export async function writeDocuments(
  graph: Graph,
  batch: DocumentWrite[],
  searchTextOf: (aliases: string[]) => string,
  opts: { force?: boolean } = {},
): Promise<WriteOutcome[]> {
  const stored = opts.force ? new Map<string, string | null>() : await storedDocumentHashes(graph, batch.map((d) => d.document.id));
  const changed = batch.filter((d) => opts.force || stored.get(d.document.id) !== d.document.hash);
  changed.forEach(checkTypes);
  if (changed.length > 0) await graph.write((tx) => writeBatchInTransaction(tx, changed, searchTextOf), 300_000);
  const written = new Set(changed);
  return batch.map((d) => (written.has(d) ? 'written' : 'unchanged'));
}
