import type { Graph } from '../connection';
import { cypherInt, entitySummary, toEntity } from './fragments';
import { limits, type EntitySummary } from './model';

export interface EntityDetail {
  entity: EntitySummary;
  degreeByType: Record<string, number>;
  documents: { id: string; title: string | null; mentions: number }[];
}

/** One entity with its degree per relationship type and the documents that mention it; null if unknown. */
export async function getEntity(graph: Graph, id: string): Promise<EntityDetail | null> {
  return graph.read(async (tx) => {
    const found = await tx.run<{ entity: EntitySummary; degrees: { type: string; n: number }[]; documents: EntityDetail['documents'] }>(
      `MATCH (n:Entity {id: $id})
       RETURN ${entitySummary('n')} AS entity,
         COLLECT { MATCH (n)-[r]-(:Entity) WITH type(r) AS t, count(r) AS c RETURN {type: t, n: c} AS d } AS degrees,
         COLLECT {
           MATCH (d:Document)-[m:MENTIONS]->(n)
           RETURN {id: d.id, title: d.title, mentions: coalesce(m.count, 1)} AS doc
           ORDER BY doc.mentions DESC, doc.id LIMIT $maxDocs
         } AS documents`,
      { id, maxDocs: cypherInt(limits.documentsMax) },
    );
    const row = found.records[0];
    if (!row) return null;
    const degreeByType: Record<string, number> = {};
    for (const { type, n } of row.get('degrees')) degreeByType[type] = n;
    return {
      entity: toEntity(row.get('entity')),
      degreeByType,
      documents: row.get('documents').map((d) => ({ ...d, title: d.title ?? null })),
    };
  }, limits.timeoutMs);
}

/** Entity summaries for the given ids (unknown ids are left out). */
export async function entitiesById(graph: Graph, ids: string[]): Promise<EntitySummary[]> {
  if (ids.length === 0) return [];
  const rows = await graph.read(
    (tx) =>
      tx.run<{ entity: EntitySummary }>(`UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN ${entitySummary('n')} AS entity`, { ids }),
    limits.timeoutMs,
  );
  return rows.records.map((r) => toEntity(r.get('entity')));
}
