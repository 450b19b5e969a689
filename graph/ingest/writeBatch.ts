import type { ManagedTransaction, RecordShape } from 'neo4j-driver';
import type { DocumentWrite, EntityRow, RelationRow } from './types';

/**
 * The steps of writing a batch of documents, each one UNWIND over the whole batch. Entity
 * labels and relationship types are spliced from the closed ontology list (checked by the
 * caller before the transaction): a typed pattern lets MERGE and the id lookups use the
 * per-type indexes and degrees instead of walking every edge of a hub.
 */
export async function writeBatchInTransaction(tx: ManagedTransaction, batch: DocumentWrite[], searchTextOf: (aliases: string[]) => string): Promise<void> {
  const docIds = batch.map((d) => d.document.id);
  const dropped = await traced<{ rels: { id: string; type: string | null }[]; mentioned: string[] }>(tx,
    `UNWIND $docs AS doc
     OPTIONAL MATCH (:Document {id: doc})<-[:IN]-(ev:Evidence)
     WITH doc, collect(DISTINCT {id: ev.relId, type: ev.relType}) AS rels, collect(ev) AS evs
     FOREACH (ev IN evs | DETACH DELETE ev)
     WITH doc, rels
     OPTIONAL MATCH (:Document {id: doc})-[m:MENTIONS]->(e:Entity)
     WITH doc, rels, collect(e.id) AS mentioned, collect(m) AS ms
     FOREACH (m IN ms | DELETE m)
     WITH doc, rels, mentioned
     OPTIONAL MATCH (:Document {id: doc})-[:CITES]->(s:Source)
     DETACH DELETE s
     WITH DISTINCT doc, rels, mentioned
     RETURN rels, mentioned`,
    { docs: docIds },
  );
  const oldRels = dropped.records.flatMap((r) => r.get('rels')).filter((r) => r.id !== null);
  const oldEntityIds = dropped.records.flatMap((r) => r.get('mentioned'));

  await traced(tx,
    `UNWIND $rows AS row
     MERGE (d:Document {id: row.id})
     SET d += row, d.ingestedAt = datetime().epochMillis`,
    { rows: batch.map((d) => d.document) },
  );

  await mergeEntities(tx, batch.flatMap((d) => d.entities), searchTextOf);

  await traced(tx,
    `UNWIND $rows AS row
     MATCH (d:Document {id: row.doc})
     MERGE (s:Source {id: row.source.id})
     SET s += row.source, s.documentId = row.doc
     MERGE (d)-[:CITES]->(s)`,
    { rows: batch.flatMap((d) => d.sources.map((source) => ({ doc: d.document.id, source }))) },
  );

  const mentions = batch.flatMap((d) => d.mentions.map((m) => ({ doc: d.document.id, ...m })));
  await traced(tx,
    `UNWIND $rows AS row
     MATCH (d:Document {id: row.doc}), (e:Entity {id: row.entityId})
     MERGE (d)-[m:MENTIONS]->(e)
     SET m.count = row.count`,
    { rows: mentions },
  );
  // Mentions are a total over documents, recomputed so a re-ingest leaves them as they were.
  const touchedEntities = [...new Set([...oldEntityIds, ...mentions.map((m) => m.entityId), ...batch.flatMap((d) => d.entities.map((e) => e.id))])];
  await traced(tx,
    `UNWIND $ids AS id
     MATCH (e:Entity {id: id})
     OPTIONAL MATCH (:Document)-[m:MENTIONS]->(e)
     WITH e, sum(coalesce(m.count, 0)) AS n
     SET e.mentions = n`,
    { ids: touchedEntities },
  );

  const relations = batch.flatMap((d) => d.relations);
  await mergeRelations(tx, relations);

  const relTypeById = new Map(relations.map((r) => [r.id, r.type]));
  await traced(tx,
    `UNWIND $rows AS row
     MATCH (d:Document {id: row.documentId})
     CREATE (ev:Evidence)-[:IN]->(d)
     SET ev = row`,
    {
      rows: batch.flatMap((d) =>
        d.evidence.map(({ sourceIds: _ignored, ...row }) => ({ ...row, documentId: d.document.id, relType: relTypeById.get(row.relId) ?? null })),
      ),
    },
  );
  const citations = batch.flatMap((d) => d.evidence.flatMap((ev) => ev.sourceIds.map((sourceId) => ({ evidenceId: ev.id, sourceId }))));
  if (citations.length > 0) {
    await traced(tx,
      `UNWIND $rows AS row
       MATCH (ev:Evidence {id: row.evidenceId}), (s:Source {id: row.sourceId})
       MERGE (ev)-[:CITES]->(s)`,
      { rows: citations },
    );
  }

  await settleRelations(tx, touchedEntities, [...oldRels, ...relations.map((r) => ({ id: r.id, type: r.type }))]);
  await dropOrphanEntities(tx, oldEntityIds);
}

async function mergeEntities(tx: ManagedTransaction, rows: EntityRow[], searchTextOf: (aliases: string[]) => string): Promise<void> {
  if (rows.length === 0) return;
  // One row per entity: the first document that names it gives name and type (as writing the
  // documents one by one would), aliases add up across documents.
  const byId = new Map<string, EntityRow>();
  for (const r of rows) {
    const known = byId.get(r.id);
    if (!known) byId.set(r.id, { ...r, aliases: [...r.aliases] });
    else {
      known.aliases = [...new Set([...known.aliases, ...r.aliases])];
      known.nameEn ??= r.nameEn;
    }
  }
  const existing = await traced<{ id: string; aliases: string[] | null; nameEn: string | null }>(tx,
    'UNWIND $ids AS id MATCH (e:Entity {id: id}) RETURN e.id AS id, e.aliases AS aliases, e.nameEn AS nameEn',
    { ids: [...byId.keys()] },
  );
  const known = new Map(existing.records.map((r) => [r.get('id'), { aliases: r.get('aliases') ?? [], nameEn: r.get('nameEn') }]));
  const changed = [...byId.values()].flatMap((r) => {
    const before = known.get(r.id);
    const aliases = [...new Set([...(before?.aliases ?? []), ...r.aliases])];
    // An entity the batch adds nothing to is not written again: every write of searchText is a
    // full-text index update, and the hubs (states, majors) appear in almost every document.
    if (before && aliases.length === before.aliases.length && (before.nameEn !== null || r.nameEn === null)) return [];
    return [{ ...r, aliases, searchText: searchTextOf(aliases) }];
  });
  for (const [type, ofType] of groupBy(changed, (r) => r.type)) {
    await traced(tx,
      `UNWIND $rows AS row
       MERGE (e:Entity {id: row.id})
       ON CREATE SET e:${type}, e.type = row.type, e.name = row.name, e.mentions = 0
       SET e.nameEn = coalesce(e.nameEn, row.nameEn), e.aliases = row.aliases, e.searchText = row.searchText`,
      { rows: ofType },
    );
  }
}

async function mergeRelations(tx: ManagedTransaction, rows: RelationRow[]): Promise<void> {
  for (const [type, ofType] of groupBy(rows, (r) => r.type)) {
    await traced(tx,
      `UNWIND $rows AS row
       MATCH (s:Entity {id: row.subject}), (o:Entity {id: row.object})
       MERGE (s)-[r:${type} {id: row.id}]->(o)
       ON CREATE SET r.origin = 'extracted'
       SET r += row.props, r.confidence = row.confidence, r.method = row.method, r.inferred = row.inferred`,
      { rows: ofType },
    );
  }
}

/**
 * Count each touched edge's evidence; an extracted edge with none left is removed. Edges are
 * found by id through their type's index. Evidence written before edges' types were kept on it
 * has no type: those edges are found from the entities the documents mention.
 */
async function settleRelations(tx: ManagedTransaction, entityIds: string[], rels: { id: string; type: string | null }[]): Promise<void> {
  const settle = `WITH DISTINCT r
     OPTIONAL MATCH (ev:Evidence {relId: r.id})
     WITH r, count(ev) AS n
     SET r.evidenceCount = n
     WITH r, n WHERE n = 0 AND r.origin = 'extracted'
     DELETE r`;
  const typed = rels.filter((r): r is { id: string; type: string } => r.type !== null);
  for (const [type, ofType] of groupBy(typed, (r) => r.type)) {
    await traced(tx, `UNWIND $ids AS id MATCH ()-[r:${type} {id: id}]->() ${settle}`, { ids: [...new Set(ofType.map((r) => r.id))] });
  }
  const untyped = [...new Set(rels.filter((r) => r.type === null).map((r) => r.id))];
  if (untyped.length > 0 && entityIds.length > 0) {
    await traced(tx, `UNWIND $entityIds AS eid MATCH (:Entity {id: eid})-[r]->(:Entity) WHERE r.id IN $relIds ${settle}`, { entityIds, relIds: untyped });
  }
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
    { ids: [...new Set(ids)] },
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
