import type { Graph } from './connection';

/** Documents' text signatures (written by the ingest as Document.minhash) and their near-duplicate flags. */

export interface StoredSignature {
  id: string;
  title: string | null;
  fileName: string | null;
  signature: number[];
}

export async function readSignatures(graph: Graph): Promise<StoredSignature[]> {
  return graph.readRows<StoredSignature>(
    `MATCH (d:Document) WHERE d.minhash IS NOT NULL
     RETURN d.id AS id, d.title AS title, coalesce(d.fileName, d.path) AS fileName, d.minhash AS signature`,
  );
}

export interface NearDuplicateRow {
  id: string;
  /** The document it nearly duplicates; null clears an old flag. */
  of: string | null;
  similarity: number | null;
}

export async function recordNearDuplicates(graph: Graph, rows: NearDuplicateRow[]): Promise<void> {
  if (rows.length === 0) return;
  await graph.writeRows(
    `UNWIND $rows AS row
     MATCH (d:Document {id: row.id})
     SET d.nearDuplicateOf = row.of, d.nearDuplicateSimilarity = row.similarity`,
    { rows },
  );
}
