import type { Graph } from './connection';
import { settleRelations } from './ingest/relations';
import { dropDocumentData, dropOrphanEntities } from './ingest/writeBatch';

/**
 * The document library's bookkeeping beside what the ingest writes: where an uploaded document
 * came from and who added it, and finding a document that already holds the same content.
 */

export interface UploadRecord {
  /** The name the file was uploaded under (a path inside a dropped folder at most). */
  fileName: string;
  bytes: number;
  format: string;
  pages: number | null;
  addedBy: string;
}

/** Stamped on the Document after its write; the ingest's own properties are left as they are. */
export async function recordUpload(graph: Graph, documentId: string, upload: UploadRecord): Promise<void> {
  await graph.writeRows(
    'MATCH (d:Document {id: $id}) SET d.fileName = $u.fileName, d.bytes = $u.bytes, d.format = $u.format, d.pages = $u.pages, d.addedBy = $u.addedBy, d.addedAt = datetime().epochMillis',
    { id: documentId, u: upload },
  );
}

export interface DuplicateDocument {
  id: string;
  title: string | null;
  fileName: string | null;
}

/**
 * Another document whose content hash is this one: the same text read with the same lexicon
 * and rules, whatever the file was called.
 */
export async function findDuplicate(graph: Graph, hash: string, exceptId: string): Promise<DuplicateDocument | null> {
  const [row] = await graph.readRows<DuplicateDocument>(
    `MATCH (d:Document {hash: $hash}) WHERE d.id <> $exceptId
     RETURN d.id AS id, d.title AS title, coalesce(d.fileName, d.path) AS fileName ORDER BY d.id LIMIT 1`,
    { hash, exceptId },
  );
  return row ?? null;
}

export interface RemovalCounts {
  evidence: number;
  relations: number;
  entities: number;
}

/**
 * Remove a document: its evidence, mentions and sources go; an extracted edge left without
 * evidence goes, and so does an entity no document mentions and nothing else holds (as when a
 * changed document drops a statement on re-ingest). Analyst data is never touched: annotations,
 * analyst edges, reviews and merges stay, and the entities they hold stay with them.
 * Null when there is no such document.
 */
export async function removeDocument(graph: Graph, id: string): Promise<RemovalCounts | null> {
  return graph.write(async (tx) => {
    const found = await tx.run('MATCH (d:Document {id: $id}) RETURN d.id AS id', { id });
    if (found.records.length === 0) return null;
    const counted = await tx.run<{ n: number }>('MATCH (:Document {id: $id})<-[:IN]-(ev:Evidence) RETURN count(ev) AS n', { id });
    const evidenceCount = counted.records[0].get('n');
    const dropped = await dropDocumentData(tx, [id]);
    const rels = dropped.records.flatMap((r) => r.get('rels')).filter((r) => r.id !== null);
    const mentioned = [...new Set(dropped.records.flatMap((r) => r.get('mentioned')))];
    await settleRelations(tx, mentioned, rels);
    // Mentions are a total over documents: this one no longer counts.
    await tx.run(
      `UNWIND $ids AS eid MATCH (e:Entity {id: eid})
       OPTIONAL MATCH (:Document)-[m:MENTIONS]->(e)
       WITH e, sum(coalesce(m.count, 0)) AS n SET e.mentions = n`,
      { ids: mentioned },
    );
    await dropOrphanEntities(tx, mentioned);
    await tx.run('MATCH (d:Document {id: $id}) DETACH DELETE d', { id });
    const relIds = [...new Set(rels.map((r) => r.id))];
    const left = await tx.run<{ edges: number; entities: number }>(
      `CALL { UNWIND $entityIds AS eid MATCH (:Entity {id: eid})-[r]-() WHERE r.id IN $relIds RETURN count(DISTINCT r) AS edges }
       RETURN edges, COUNT { UNWIND $entityIds AS eid MATCH (e:Entity {id: eid}) RETURN e } AS entities`,
      { relIds, entityIds: mentioned },
    );
    const row = left.records[0];
    return { evidence: evidenceCount, relations: relIds.length - row.get('edges'), entities: mentioned.length - row.get('entities') };
  });
}
