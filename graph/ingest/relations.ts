import type { ManagedTransaction } from 'neo4j-driver';
import type { RelationRow } from './types';
import { relationshipTypeNames } from '../ontology';
import { traced } from './traced';

/**
 * The existing edge of each row, if any: one branch per relationship type of the ontology, so
 * each lookup seeks that type's id index, and the statement (the same text for every batch) is
 * planned once. A row passes the filter of exactly one branch, so it comes out exactly once.
 * The hint keeps the lookup a seek: planned while a type's index is small, it became a scan of
 * the whole index per row, which grows with the square of the corpus.
 */
const findExisting = relationshipTypeNames
  .map((type, i) => `WITH row WHERE row.type = $types[${i}] OPTIONAL MATCH ()-[r:${type} {id: row.id}]->() USING INDEX r:${type}(id) RETURN r`)
  .join('\n UNION ALL\n ');

/** An edge the batch writes: its ends and the properties it stores, nulls left out. */
type EdgeWrite = { id: string; type: string; subject: string; object: string; set: Record<string, unknown> };

/**
 * Which edges of the batch are there already, with the names of the properties each holds; and,
 * for those that are not, the last review verdict left on their id (an edge re-extracted after a
 * --reset or a document's change takes it back). Read-only, so it is sent with the batch's first
 * statements, after the entities are locked: no other writer can add an edge between them until
 * this transaction ends.
 */
export async function findRelations(tx: ManagedTransaction, rows: RelationRow[]): Promise<FoundRelations> {
  const found: FoundRelations = { existing: new Map(), reviews: new Map() };
  if (rows.length === 0) return found;
  const result = await traced<{ id: string; keys: string[] | null; review: string | null }>(tx,
    `UNWIND $rows AS row
     CALL (row) {
       ${findExisting}
     }
     WITH row, r
     RETURN row.id AS id, CASE WHEN r IS NULL THEN null ELSE keys(r) END AS keys,
            CASE WHEN r IS NULL THEN head(COLLECT { MATCH (v:Review {relId: row.id}) RETURN v.state ORDER BY v.at DESC, v.id DESC LIMIT 1 }) END AS review`,
    { rows: [...new Map(rows.map((r) => [r.id, { id: r.id, type: r.type }])).values()], types: relationshipTypeNames },
  );
  for (const rec of result.records) {
    const keys = rec.get('keys');
    if (keys) found.existing.set(rec.get('id'), keys);
    else if (rec.get('review') !== null) found.reviews.set(rec.get('id'), rec.get('review') as string);
  }
  return found;
}

export interface FoundRelations {
  /** Edge id → the property names it holds. */
  existing: Map<string, string[]>;
  /** Edge id → the verdict a new edge of that id takes back. */
  reviews: Map<string, string>;
}

/**
 * Edges of a batch, written after the batch's evidence so each edge's evidence count is read in
 * the same statement. New edges are CREATEd like the floor's (no lookup: findRelations said they
 * are not there, and ids are unique within the call — the last row of an id wins, as successive
 * MERGEs would); edges already there are found by id through their type's index. Only the
 * properties a row has are written: a null would cost a write per edge for nothing, except where
 * the edge holds that property and the row no longer has it (a changed document). Creating and
 * updating are separate statements that return nothing, so neither reads what the other writes
 * and the planner adds no Eager beyond the floor's own (between CREATE and SET of a map). Edges
 * the batch gives no evidence are settled by the caller.
 */
export async function writeRelations(tx: ManagedTransaction, rows: RelationRow[], found: FoundRelations): Promise<void> {
  const last = new Map<string, RelationRow>();
  for (const r of rows) last.set(r.id, r);
  const created: EdgeWrite[] = [];
  const updated: Omit<EdgeWrite, 'subject' | 'object'>[] = [];
  for (const r of last.values()) {
    const set: Record<string, unknown> = { confidence: r.confidence, method: r.method, inferred: r.inferred };
    for (const [key, value] of Object.entries(r.props)) if (value !== null) set[key] = value;
    const keys = found.existing.get(r.id);
    if (keys) {
      for (const key of keys) if (r.props[key] === null) set[key] = null;
      updated.push({ id: r.id, type: r.type, set });
    } else {
      const review = found.reviews.get(r.id);
      created.push({ id: r.id, type: r.type, subject: r.subject, object: r.object, set: { ...set, id: r.id, origin: 'extracted', ...(review ? { review } : {}) } });
    }
  }
  await Promise.all([
    created.length > 0 && traced(tx,
      `UNWIND $rows AS row
       MATCH (s:Entity {id: row.subject}), (o:Entity {id: row.object})
       WITH row, s, o, COUNT { (ev:Evidence {relId: row.id}) } AS n
       CREATE (s)-[r:$(row.type)]->(o)
       SET r = row.set, r.evidenceCount = n`,
      { rows: created },
    ),
    updated.length > 0 && traced(tx,
      `UNWIND $rows AS row
       CALL (row) {
         ${findExisting}
       }
       WITH row, r WHERE r IS NOT NULL
       WITH row, r, COUNT { (ev:Evidence {relId: row.id}) } AS n
       SET r += row.set, r.evidenceCount = n`,
      { rows: updated, types: relationshipTypeNames },
    ),
  ]);
}

/**
 * Count the evidence of edges that lost some without being written again (a changed document
 * replaced its own); an extracted edge with none left is removed. Edges are found by id through
 * their type's index. Evidence written before edges' types were kept on it has no type: those
 * edges are found from the entities the documents mention.
 */
export async function settleRelations(tx: ManagedTransaction, entityIds: string[], rels: { id: string; type: string | null }[]): Promise<void> {
  const settle = `WITH DISTINCT r
     OPTIONAL MATCH (ev:Evidence {relId: r.id})
     WITH r, count(ev) AS n
     SET r.evidenceCount = n
     WITH r, n WHERE n = 0 AND r.origin = 'extracted'
     DELETE r`;
  const typed = rels.filter((r): r is { id: string; type: string } => r.type !== null);
  for (const [type, ofType] of groupBy(typed, (r) => r.type)) {
    await traced(tx, `UNWIND $ids AS id MATCH ()-[r:${type} {id: id}]->() USING INDEX r:${type}(id) ${settle}`, { ids: [...new Set(ofType.map((r) => r.id))] });
  }
  const untyped = [...new Set(rels.filter((r) => r.type === null).map((r) => r.id))];
  if (untyped.length > 0 && entityIds.length > 0) {
    await traced(tx, `UNWIND $entityIds AS eid MATCH (:Entity {id: eid})-[r]->(:Entity) WHERE r.id IN $relIds ${settle}`, { entityIds, relIds: untyped });
  }
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
