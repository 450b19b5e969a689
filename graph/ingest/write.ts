import type { ManagedTransaction } from 'neo4j-driver';
import type { Graph } from '../connection';
import { isEntityType, isRelationshipType, relationshipTypeNames } from '../ontology';
import type { DocumentWrite, EntityRow, RelationRow } from './types';

/**
 * Writing one document: one managed write transaction, so a crash leaves whole documents.
 * The document's old evidence, mentions and sources are replaced; entities and edges are
 * MERGEd by stable id, so what other documents support stays; an extracted edge goes only
 * when no evidence is left for it; analyst-made edges and analyst nodes are never touched.
 */

export type WriteOutcome = 'written' | 'unchanged';

export async function storedDocumentHash(graph: Graph, documentId: string): Promise<string | null> {
  const rows = await graph.readRows<{ hash: string | null }>('MATCH (d:Document {id: $id}) RETURN d.hash AS hash', { id: documentId });
  return rows[0]?.hash ?? null;
}

export async function writeDocument(
  graph: Graph,
  data: DocumentWrite,
  searchTextOf: (aliases: string[]) => string,
  opts: { force?: boolean } = {},
): Promise<WriteOutcome> {
  if (!opts.force && (await storedDocumentHash(graph, data.document.id)) === data.document.hash) return 'unchanged';
  for (const e of data.entities) if (!isEntityType(e.type)) throw new Error(`Unknown entity type "${e.type}" (entity ${e.id})`);
  for (const r of data.relations) if (!isRelationshipType(r.type)) throw new Error(`Unknown relationship type "${r.type}" (relation ${r.id})`);
  await graph.write((tx) => writeInTransaction(tx, data, searchTextOf), 300_000);
  return 'written';
}

async function writeInTransaction(tx: ManagedTransaction, data: DocumentWrite, searchTextOf: (aliases: string[]) => string): Promise<void> {
  const docId = data.document.id;
  const dropped = await tx.run<{ rels: string[]; mentioned: string[] }>(
    `OPTIONAL MATCH (d:Document {id: $doc})<-[:IN]-(ev:Evidence)
     WITH collect(DISTINCT ev.relId) AS rels, collect(ev) AS evs
     FOREACH (ev IN evs | DETACH DELETE ev)
     WITH rels
     OPTIONAL MATCH (:Document {id: $doc})-[m:MENTIONS]->(e:Entity)
     WITH rels, collect(e.id) AS mentioned, collect(m) AS ms
     FOREACH (m IN ms | DELETE m)
     WITH rels, mentioned
     OPTIONAL MATCH (:Document {id: $doc})-[:CITES]->(s:Source)
     DETACH DELETE s
     RETURN rels, mentioned LIMIT 1`,
    { doc: docId },
  );
  const oldRelIds: string[] = dropped.records[0]?.get('rels') ?? [];
  const oldEntityIds: string[] = dropped.records[0]?.get('mentioned') ?? [];

  await tx.run(
    `MERGE (d:Document {id: $row.id})
     SET d += $row, d.ingestedAt = datetime().epochMillis`,
    { row: data.document },
  );

  await mergeEntities(tx, data.entities, searchTextOf);

  await tx.run(
    `MATCH (d:Document {id: $doc})
     UNWIND $rows AS row
     MERGE (s:Source {id: row.id})
     SET s += row, s.documentId = $doc
     MERGE (d)-[:CITES]->(s)`,
    { doc: docId, rows: data.sources },
  );

  await tx.run(
    `MATCH (d:Document {id: $doc})
     UNWIND $rows AS row
     MATCH (e:Entity {id: row.entityId})
     MERGE (d)-[m:MENTIONS]->(e)
     SET m.count = row.count`,
    { doc: docId, rows: data.mentions },
  );
  // Mentions are a total over documents, recomputed so a re-ingest leaves them as they were.
  const touchedEntities = [...new Set([...oldEntityIds, ...data.mentions.map((m) => m.entityId), ...data.entities.map((e) => e.id)])];
  await tx.run(
    `UNWIND $ids AS id
     MATCH (e:Entity {id: id})
     OPTIONAL MATCH (:Document)-[m:MENTIONS]->(e)
     WITH e, sum(coalesce(m.count, 0)) AS n
     SET e.mentions = n`,
    { ids: touchedEntities },
  );

  await mergeRelations(tx, data.relations);

  await tx.run(
    `MATCH (d:Document {id: $doc})
     UNWIND $rows AS row
     CREATE (ev:Evidence {id: row.id, relId: row.relId, documentId: $doc, sentence: row.sentence,
                          start: row.start, end: row.end, sectionPath: row.sectionPath})
     CREATE (ev)-[:IN]->(d)
     WITH ev, row
     UNWIND row.sourceIds AS sourceId
     MATCH (s:Source {id: sourceId})
     MERGE (ev)-[:CITES]->(s)`,
    { doc: docId, rows: data.evidence },
  );

  await settleRelations(tx, [...new Set([...oldRelIds, ...data.relations.map((r) => r.id)])]);
  await dropOrphanEntities(tx, oldEntityIds);
}

async function mergeEntities(tx: ManagedTransaction, rows: EntityRow[], searchTextOf: (aliases: string[]) => string): Promise<void> {
  const byType = groupBy(rows, (r) => r.type);
  for (const [type, group] of byType) {
    // The label comes from the closed ontology list (checked above), never from input.
    const merged = await tx.run<{ id: string; aliases: string[] }>(
      `UNWIND $rows AS row
       MERGE (e:Entity {id: row.id})
       ON CREATE SET e:${type}, e.type = row.type, e.name = row.name, e.aliases = [], e.mentions = 0
       SET e.nameEn = coalesce(e.nameEn, row.nameEn),
           e.aliases = coalesce(e.aliases, []) + [a IN row.aliases WHERE NOT a IN coalesce(e.aliases, [])]
       RETURN e.id AS id, e.aliases AS aliases`,
      { rows: group },
    );
    const search = merged.records.map((r) => ({ id: r.get('id'), searchText: searchTextOf(r.get('aliases')) }));
    await tx.run('UNWIND $rows AS row MATCH (e:Entity {id: row.id}) SET e.searchText = row.searchText', { rows: search });
  }
}

async function mergeRelations(tx: ManagedTransaction, rows: RelationRow[]): Promise<void> {
  for (const [type, group] of groupBy(rows, (r) => r.type)) {
    await tx.run(
      `UNWIND $rows AS row
       MATCH (s:Entity {id: row.subject}), (o:Entity {id: row.object})
       MERGE (s)-[r:${type} {id: row.id}]->(o)
       ON CREATE SET r.origin = 'extracted'
       SET r += row.props, r.confidence = row.confidence, r.method = row.method, r.inferred = row.inferred`,
      { rows: group },
    );
  }
}

/** Count each touched edge's evidence; an extracted edge with none left is removed. */
async function settleRelations(tx: ManagedTransaction, relIds: string[]): Promise<void> {
  if (relIds.length === 0) return;
  for (const type of relationshipTypeNames) {
    await tx.run(
      `UNWIND $ids AS rid
       MATCH ()-[r:${type} {id: rid}]->()
       OPTIONAL MATCH (ev:Evidence {relId: rid})
       WITH r, count(ev) AS n
       SET r.evidenceCount = n
       WITH r, n WHERE n = 0 AND r.origin = 'extracted'
       DELETE r`,
      { ids: relIds },
    );
  }
}

/** An entity no document mentions any more, with no edge and nothing of an analyst's pointing at it, goes. */
async function dropOrphanEntities(tx: ManagedTransaction, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await tx.run(
    `UNWIND $ids AS id
     MATCH (e:Entity {id: id})
     WHERE NOT (e)--()
       AND NOT EXISTS { MATCH (a:Annotation {targetId: id}) }
       AND NOT EXISTS { MATCH (x:EntityRedirect) WHERE x.toId = id OR x.fromId = id }
     DELETE e`,
    { ids },
  );
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k) ?? [];
    list.push(item);
    out.set(k, list);
  }
  return out;
}
