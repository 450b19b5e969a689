import type { Graph } from '../connection';

/** Entity ids and names the benchmarks draw their requests from. */
export interface EntityPool {
  ids: string[];
  /** Names (and English names) to search for. */
  names: string[];
}

/**
 * Ids and names to query: the sample graph's entities (not "syn:") with at least one extracted
 * relation, most mentioned first. The API leaves inferred co-occurrence edges out by default, so
 * an entity linked only by them would answer every neighbourhood and path query with nothing.
 */
export async function sampleEntityPool(graph: Graph, size = 200): Promise<EntityPool> {
  const rows = await graph.readRows<{ id: string; name: string; nameEn: string | null }>(
    `MATCH (e:Entity) WHERE NOT e.id STARTS WITH 'syn:' AND COUNT { (e)-[r]-(:Entity) WHERE type(r) <> 'RELATED_TO' AND NOT coalesce(r.inferred, false) } > 0
     RETURN e.id AS id, e.name AS name, e.nameEn AS nameEn ORDER BY e.mentions DESC LIMIT toInteger($size)`,
    { size },
  );
  return { ids: rows.map((r) => r.id), names: rows.flatMap((r) => [r.name, r.nameEn].filter((n): n is string => !!n)) };
}
