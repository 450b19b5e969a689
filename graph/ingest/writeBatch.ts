import type { ManagedTransaction } from 'neo4j-driver';
import type { DocumentWrite, EntityRow } from './types';
import { findRelations, settleRelations, writeRelations } from './relations';
import { traced } from './traced';

/**
 * The steps of writing a batch of documents, each one UNWIND over the whole batch. Entity
 * labels and relationship types come from the closed ontology list (checked by the caller
 * before the transaction): typed lookups use the per-type indexes instead of walking every edge
 * of a hub.
 *
 * Statements whose answer the next ones do not need are sent together without waiting: the
 * transaction runs them in the order they were sent (an async function sends its statement
 * before its first await), and the batch waits for two round trips instead of one per
 * statement. Each round trip also waits for the extraction that shares this thread to yield,
 * so fewer of them means the write finishes sooner while the next batch is extracted.
 */
export async function writeBatchInTransaction(tx: ManagedTransaction, batch: DocumentWrite[], searchTextOf: (aliases: string[]) => string): Promise<void> {
  const entities = oneRowPerEntity(batch.flatMap((d) => d.entities));
  const relations = batch.flatMap((d) => d.relations);
  const [existing, dropped, foundRelations] = await Promise.all([
    lockEntities(tx, [...entities.values()]),
    dropDocumentData(tx, batch.map((d) => d.document.id)),
    findRelations(tx, relations),
  ]);
  const oldRels = dropped.records.flatMap((r) => r.get('rels'));
  const oldMentions = dropped.records.flatMap((r) => r.get('mentioned'));
  const oldEntityIds = oldMentions.map((m) => m.id);
  const known = new Map(existing.records.filter((r) => r.get('existed') || r.get('aliases') !== null).map((r) => [r.get('id'), { aliases: r.get('aliases') ?? [], nameEn: r.get('nameEn') }]));

  const mentions = oneRowPerMention(batch);
  const touchedEntities = [...new Set([...oldEntityIds, ...mentions.map((m) => m.entityId), ...entities.keys()])];
  const relTypeById = new Map(relations.map((r) => [r.id, r.type]));
  const citations = batch.flatMap((d) => d.evidence.flatMap((ev) => ev.sourceIds.map((sourceId) => ({ evidenceId: ev.id, sourceId }))));

  const writes: Promise<unknown>[] = [
    traced(tx,
      `UNWIND $rows AS row
       MERGE (d:Document {id: row.id})
       SET d += row, d.ingestedAt = datetime().epochMillis`,
      { rows: batch.map((d) => d.document) },
    ),
    mergeEntities(tx, changedEntities(entities, known, searchTextOf)),
    traced(tx,
      `UNWIND $rows AS row
       MATCH (d:Document {id: row.doc})
       MERGE (s:Source {id: row.source.id})
       SET s += row.source, s.documentId = row.doc
       MERGE (d)-[:CITES]->(s)`,
      { rows: batch.flatMap((d) => d.sources.map((source) => ({ doc: d.document.id, source }))) },
    ),
    // CREATE, not MERGE: the documents' mentions were deleted above in this transaction and the
    // rows are one per document and entity, so there is none to find; MERGE would expand the
    // mentions of the hubs (states, majors) to learn that.
    traced(tx,
      `UNWIND $rows AS row
       MATCH (d:Document {id: row.doc}), (e:Entity {id: row.entityId})
       CREATE (d)-[:MENTIONS {count: row.count}]->(e)`,
      { rows: mentions },
    ),
    // Mentions are a total over documents: it moves by what these documents' counts changed, so a
    // re-ingest leaves it as it was. Reading every MENTIONS of a hub instead would grow with the
    // corpus. The entities are locked (lockEntities), so another writer's change is not lost.
    traced(tx,
      `UNWIND $rows AS row
       MATCH (e:Entity {id: row.id})
       SET e.mentions = coalesce(e.mentions, 0) + row.delta`,
      { rows: mentionChanges(oldMentions, mentions) },
    ),
    traced(tx,
      `UNWIND $rows AS row
       MATCH (d:Document {id: row.documentId})
       CREATE (ev:Evidence)-[:IN]->(d)
       SET ev = row`,
      {
        rows: batch.flatMap((d) =>
          d.evidence.map(({ sourceIds: _ignored, ...row }) => withoutNulls({ ...row, documentId: d.document.id, relType: relTypeById.get(row.relId) ?? null })),
        ),
      },
    ),
  ];
  if (citations.length > 0) {
    writes.push(traced(tx,
      `UNWIND $rows AS row
       MATCH (ev:Evidence {id: row.evidenceId}), (s:Source {id: row.sourceId})
       MERGE (ev)-[:CITES]->(s)`,
      { rows: citations },
    ));
  }
  // Sent last, so it runs after the evidence whose count it reads.
  await Promise.all([...writes, writeRelations(tx, relations, foundRelations)]);

  // Edges that lost evidence without being written again, and those written without evidence of
  // this batch (their count may be 0 now: an extracted one then goes), are counted on their own.
  const evidenced = new Set(batch.flatMap((d) => d.evidence.map((ev) => ev.relId)));
  const withoutEvidence = [...relTypeById].filter(([id]) => !evidenced.has(id)).map(([id, type]) => ({ id, type }));
  const unsettled = [...oldRels.filter((r) => !relTypeById.has(r.id)), ...withoutEvidence];
  if (unsettled.length > 0) await settleRelations(tx, touchedEntities, unsettled);
  await dropOrphanEntities(tx, oldEntityIds);
}

/**
 * Several writers (ingest shards) may share entities. Each batch first holds the write lock of
 * every entity it names, taken in id order so two batches never wait on each other in a circle,
 * and creates those that are new; so the aliases read here and the mention totals written later
 * are not changed by another writer before this one commits. An entity counts as known when it
 * was there before, or when another writer created it first (it has aliases): as if the batches
 * had been written one after the other.
 */
function lockEntities(tx: ManagedTransaction, rows: EntityRow[]) {
  return traced<{ id: string; existed: boolean; aliases: string[] | null; nameEn: string | null }>(tx,
    `UNWIND $rows AS row
     OPTIONAL MATCH (old:Entity {id: row.id})
     WITH row, old IS NOT NULL AS existed
     MERGE (e:Entity {id: row.id})
     ON CREATE SET e:$(row.type), e.type = row.type, e.name = row.name, e.mentions = 0
     SET e.mentions = coalesce(e.mentions, 0)
     RETURN e.id AS id, existed, e.aliases AS aliases, e.nameEn AS nameEn`,
    { rows: [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((r) => ({ id: r.id, type: r.type, name: r.name })) },
  );
}

/**
 * The batch's documents lose their old evidence, mentions and sources; what they held is returned.
 * The hints keep each document lookup a seek: planned on a small graph, it became a scan of the
 * Document index per document. A document without evidence or mentions would collect one map of
 * nulls (OPTIONAL MATCH gives a row of nulls and collect keeps a map of them): those are left
 * out here, so no caller counts a null id as an entity or an edge.
 */
export function dropDocumentData(tx: ManagedTransaction, docIds: string[]) {
  return traced<{ rels: { id: string; type: string | null }[]; mentioned: { id: string; count: number | null }[] }>(tx,
    `UNWIND $docs AS doc
     OPTIONAL MATCH (d1:Document {id: doc})<-[:IN]-(ev:Evidence) USING INDEX d1:Document(id)
     WITH doc, collect(DISTINCT {id: ev.relId, type: ev.relType}) AS rels, collect(ev) AS evs
     FOREACH (ev IN evs | DETACH DELETE ev)
     WITH doc, rels
     OPTIONAL MATCH (d2:Document {id: doc})-[m:MENTIONS]->(e:Entity) USING INDEX d2:Document(id)
     WITH doc, rels, collect({id: e.id, count: m.count}) AS mentioned, collect(m) AS ms
     FOREACH (m IN ms | DELETE m)
     WITH doc, rels, mentioned
     OPTIONAL MATCH (d3:Document {id: doc})-[:CITES]->(s:Source) USING INDEX d3:Document(id)
     DETACH DELETE s
     WITH DISTINCT doc, rels, mentioned
     RETURN [x IN rels WHERE x.id IS NOT NULL] AS rels, [x IN mentioned WHERE x.id IS NOT NULL] AS mentioned`,
    { docs: docIds },
  );
}

/** A new node's properties: a null would be a write that stores nothing. */
function withoutNulls<T extends Record<string, unknown>>(row: T): Partial<T> {
  return Object.fromEntries(Object.entries(row).filter(([, v]) => v !== null && v !== undefined)) as Partial<T>;
}

/** One mention row per document and entity; a later row of the pair replaces an earlier one, as MERGE then SET would. */
function oneRowPerMention(batch: DocumentWrite[]): { doc: string; entityId: string; count: number }[] {
  const rows = new Map<string, { doc: string; entityId: string; count: number }>();
  for (const d of batch) for (const m of d.mentions) rows.set(`${d.document.id}\u0000${m.entityId}`, { doc: d.document.id, entityId: m.entityId, count: m.count });
  return [...rows.values()];
}

/** How each entity's mention total moves: the batch's counts in, its documents' old counts out. */
function mentionChanges(before: { id: string; count: number | null }[], after: { entityId: string; count: number }[]): { id: string; delta: number }[] {
  const delta = new Map<string, number>();
  for (const m of before) delta.set(m.id, (delta.get(m.id) ?? 0) - (m.count ?? 0));
  for (const m of after) delta.set(m.entityId, (delta.get(m.entityId) ?? 0) + m.count);
  return [...delta].filter(([, d]) => d !== 0).map(([id, d]) => ({ id, delta: d }));
}

/**
 * One row per entity: the first document that names it gives name and type (as writing the
 * documents one by one would), aliases add up across documents.
 */
function oneRowPerEntity(rows: EntityRow[]): Map<string, EntityRow> {
  const byId = new Map<string, EntityRow>();
  for (const r of rows) {
    const known = byId.get(r.id);
    if (!known) byId.set(r.id, { ...r, aliases: [...r.aliases] });
    else {
      known.aliases = [...new Set([...known.aliases, ...r.aliases])];
      known.nameEn ??= r.nameEn;
    }
  }
  return byId;
}

type StoredEntity = { aliases: string[]; nameEn: string | null };
type ChangedEntity = EntityRow & { searchText: string };

function changedEntities(rows: Map<string, EntityRow>, known: Map<string, StoredEntity>, searchTextOf: (aliases: string[]) => string): ChangedEntity[] {
  return [...rows.values()].flatMap((r) => {
    const before = known.get(r.id);
    const aliases = [...new Set([...(before?.aliases ?? []), ...r.aliases])];
    // An entity the batch adds nothing to is not written again: every write of searchText is a
    // full-text index update, and the hubs (states, majors) appear in almost every document.
    if (before && aliases.length === before.aliases.length && (before.nameEn !== null || r.nameEn === null)) return [];
    return [{ ...r, aliases, searchText: searchTextOf(aliases) }];
  });
}

async function mergeEntities(tx: ManagedTransaction, changed: ChangedEntity[]): Promise<void> {
  if (changed.length === 0) return;
  // One statement for every type: the type label is set from the row (types were checked
  // against the ontology before the transaction); the lookup is the Entity id constraint.
  await traced(tx,
    `UNWIND $rows AS row
     MERGE (e:Entity {id: row.id})
     ON CREATE SET e:$(row.type), e.type = row.type, e.name = row.name, e.mentions = 0
     SET e.nameEn = coalesce(e.nameEn, row.nameEn), e.aliases = row.aliases, e.searchText = row.searchText`,
    { rows: changed },
  );
}

/** An entity no document mentions any more, with no edge and nothing of an analyst's pointing at it, goes. */
export async function dropOrphanEntities(tx: ManagedTransaction, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await traced(tx,
    `UNWIND $ids AS id
     MATCH (e:Entity {id: id})
     WHERE NOT (e)--()
       AND NOT EXISTS { MATCH (a:Annotation {targetId: id}) }
       AND NOT EXISTS { MATCH (x:EntityRedirect {toId: id}) }
       AND NOT EXISTS { MATCH (x:EntityRedirect {fromId: id}) }
     DELETE e`,
    { ids: [...new Set(ids)] },
  );
}
