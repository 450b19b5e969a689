import type { Graph } from '../connection';

/** Ids of extracted relationships to annotate in the load runs (those with an id, sample first). */
export async function relationIdsForLoad(graph: Graph, size = 100): Promise<string[]> {
  const rows = await graph.readRows<{ id: string }>(
    `MATCH (:Entity)-[r]->(:Entity) WHERE r.id IS NOT NULL
     RETURN r.id AS id ORDER BY r.id STARTS WITH 'syn:', r.id LIMIT toInteger($size)`,
    { size },
  );
  return rows.map((r) => r.id);
}
