import type { ManagedTransaction, RecordShape } from 'neo4j-driver';
import type { Graph } from '../connection';
import { isEntityType, isRelationshipType } from '../ontology';
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
  const dropped = await traced<{ rels: string[]; mentioned: string[] }>(tx, 
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

  await traced(tx, 
    `MERGE (d:Document {id: $row.id})
     SET d += $row, d.ingestedAt = datetime().epochMillis`,
    { row: data.document },
  );

  await mergeEntities(tx, data.entities, searchTextOf);

  await traced(tx, 
    `MATCH (d:Document {id: $doc})
     UNWIND $rows AS row
     MERGE (s:Source {id: row.id})
     SET s += row, s.documentId = $doc
     MERGE (d)-[:CITES]->(s)`,
    { doc: docId, rows: data.sources },
  );

  await traced(tx, 
    `MATCH (d:Document {id: $doc})
     UNWIND $rows AS row
     MATCH (e:Entity {id: row.entityId})
     MERGE (d)-[m:MENTIONS]->(e)
     SET m.count = row.count`,
    { doc: docId, rows: data.mentions },
  );
  // Mentions are a total over documents, recomputed so a re-ingest leaves them as they were.
  const touchedEntities = [...new Set([...oldEntityIds, ...data.mentions.map((m) => m.entityId), ...data.entities.map((e) => e.id)])];
  await traced(tx, 
    `UNWIND $ids AS id
     MATCH (e:Entity {id: id})
     OPTIONAL MATCH (:Document)-[m:MENTIONS]->(e)
     WITH e, sum(coalesce(m.count, 0)) AS n
     SET e.mentions = n`,
    { ids: touchedEntities },
  );

  await mergeRelations(tx, data.relations);

  await traced(tx, 
    `MATCH (d:Document {id: $doc})
     UNWIND $rows AS row
     CREATE (ev:Evidence {id: row.id, relId: row.relId, documentId: $doc, sentence: row.sentence,
                          start: row.start, end: row.end, sectionPath: row.sectionPath})-[:IN]->(d)`,
    { doc: docId, rows: data.evidence.map(({ sourceIds: _ignored, ...row }) => row) },
  );
  const citations = data.evidence.flatMap((ev) => ev.sourceIds.map((sourceId) => ({ evidenceId: ev.id, sourceId })));
  if (citations.length > 0) {
    await traced(tx, 
      `UNWIND $rows AS row
       MATCH (ev:Evidence {id: row.evidenceId}), (s:Source {id: row.sourceId})
       MERGE (ev)-[:CITES]->(s)`,
      { rows: citations },
    );
  }

  await settleRelations(tx, touchedEntities, [...new Set([...oldRelIds, ...data.relations.map((r) => r.id)])]);
  await dropOrphanEntities(tx, oldEntityIds);
}

async function mergeEntities(tx: ManagedTransaction, rows: EntityRow[], searchTextOf: (aliases: string[]) => string): Promise<void> {
  if (rows.length === 0) return;
  // Aliases add up across documents; searchText is computed here from the merged list.
  const existing = await traced<{ id: string; aliases: string[] | null }>(tx, 
    'UNWIND $ids AS id MATCH (e:Entity {id: id}) RETURN e.id AS id, e.aliases AS aliases',
    { ids: rows.map((r) => r.id) },
  );
  const known = new Map(existing.records.map((r) => [r.get('id'), r.get('aliases') ?? []]));
  const merged = rows.map((r) => {
    const aliases = [...new Set([...(known.get(r.id) ?? []), ...r.aliases])];
    return { ...r, aliases, searchText: searchTextOf(aliases) };
  });
  // The label is one of the closed ontology list (checked before the transaction).
  await traced(tx, 
    `UNWIND $rows AS row
     MERGE (e:Entity {id: row.id})
     ON CREATE SET e:$(row.type), e.type = row.type, e.name = row.name, e.mentions = 0
     SET e.nameEn = coalesce(e.nameEn, row.nameEn), e.aliases = row.aliases, e.searchText = row.searchText`,
    { rows: merged },
  );
}

async function mergeRelations(tx: ManagedTransaction, rows: RelationRow[]): Promise<void> {
  if (rows.length === 0) return;
  // The type is one of the closed ontology list (checked before the transaction).
  await traced(tx, 
    `UNWIND $rows AS row
     MATCH (s:Entity {id: row.subject}), (o:Entity {id: row.object})
     MERGE (s)-[r:$(row.type) {id: row.id}]->(o)
     ON CREATE SET r.origin = 'extracted'
     SET r += row.props, r.confidence = row.confidence, r.method = row.method, r.inferred = row.inferred`,
    { rows },
  );
}

/**
 * Count each touched edge's evidence; an extracted edge with none left is removed. Every edge
 * a document supports joins entities that document mentions, so the edges are found from
 * those entities (one query for every type, anchored on the entity id constraint).
 */
async function settleRelations(tx: ManagedTransaction, entityIds: string[], relIds: string[]): Promise<void> {
  if (relIds.length === 0 || entityIds.length === 0) return;
  await traced(tx, 
    `UNWIND $entityIds AS eid
     MATCH (:Entity {id: eid})-[r]->(:Entity)
     WHERE r.id IN $relIds
     WITH DISTINCT r
     OPTIONAL MATCH (ev:Evidence {relId: r.id})
     WITH r, count(ev) AS n
     SET r.evidenceCount = n
     WITH r, n WHERE n = 0 AND r.origin = 'extracted'
     DELETE r`,
    { entityIds, relIds },
  );
}

/** An entity no document mentions any more, with no edge and nothing of an analyst's pointing at it, goes. */
async function dropOrphanEntities(tx: ManagedTransaction, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await traced(tx, 
    `UNWIND $ids AS id
     MATCH (e:Entity {id: id})
     WHERE NOT (e)--()
       AND NOT EXISTS { MATCH (a:Annotation {targetId: id}) }
       AND NOT EXISTS { MATCH (x:EntityRedirect) WHERE x.toId = id OR x.fromId = id }
     DELETE e`,
    { ids },
  );
}

/** INGEST_TRACE=1 prints each write query's time: the way to see which step is slow. */
async function traced<R extends RecordShape = RecordShape>(tx: ManagedTransaction, cypher: string, params: Record<string, unknown>) {
  if (!process.env.INGEST_TRACE) return tx.run<R>(cypher, params);
  const t0 = performance.now();
  const result = await tx.run<R>(cypher, params);
  console.error(`${(performance.now() - t0).toFixed(0).padStart(6)} ms  ${cypher.replace(/\s+/g, ' ').slice(0, 90)}`);
  return result;
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
