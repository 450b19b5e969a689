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

/**
 * Edges of a batch, all types in one statement, written after the batch's evidence so each
 * edge's evidence count is read in the same statement. An edge is found by its id through its
 * type's index and created when missing: MERGE on a pattern would expand the relationships of
 * both ends, and the hubs (states, majors) carry thousands, many of them still uncommitted in
 * this transaction. Ids are unique within the call (the last row of an id wins, as successive
 * MERGEs would), so no row can miss an edge created by another row of the same statement.
 * Returns the ids of edges left without evidence.
 */
export async function writeRelations(tx: ManagedTransaction, rows: RelationRow[]): Promise<string[]> {
  if (rows.length === 0) return [];
  const last = new Map<string, RelationRow>();
  for (const r of rows) last.set(r.id, r);
  const result = await traced<{ id: string }>(tx,
    `UNWIND $rows AS row
     CALL (row) {
       ${findExisting}
     }
     CALL (row, r) {
       WITH row WHERE r IS NULL
       MATCH (s:Entity {id: row.subject}), (o:Entity {id: row.object})
       CREATE (s)-[created:$(row.type) {id: row.id, origin: 'extracted'}]->(o)
       // An edge re-extracted after a --reset or a document's change takes back its verdict.
       SET created.review = head(COLLECT { MATCH (v:Review {relId: row.id}) RETURN v.state ORDER BY v.at DESC, v.id DESC LIMIT 1 })
       RETURN created AS rel
       UNION ALL
       WITH r WHERE r IS NOT NULL
       RETURN r AS rel
     }
     WITH row, rel, COUNT { (ev:Evidence {relId: row.id}) } AS n
     SET rel += row.props, rel.confidence = row.confidence, rel.method = row.method, rel.inferred = row.inferred, rel.evidenceCount = n
     WITH row WHERE n = 0
     RETURN row.id AS id`,
    { rows: [...last.values()], types: relationshipTypeNames },
  );
  return result.records.map((rec) => rec.get('id'));
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
