import type { Graph } from '../connection';
import { toElements } from './elements';
import { edgeCondition, edgeParams, type EdgeFilter } from './edgeFilter';
import { cypherInt, entitySummary, relationRecord, relTypeAlternation, toEntity, toRelation, traversableTypes, type RelationRow } from './fragments';
import { limits, type Elements, type EntitySummary } from './model';

export interface NeighborhoodOptions extends EdgeFilter {
  depth: number;
  /** Entity types of the neighbours shown (the center always is). */
  types?: string[];
  limit: number;
}

/**
 * The entities within `depth` hops of the center, level by level (breadth first, so a hub
 * can't make the query explode), and every edge among them that passes the filter. Stops at
 * `limit` nodes and says so (truncated). Null when the center is unknown.
 */
export async function getNeighborhood(graph: Graph, centerId: string, opts: NeighborhoodOptions): Promise<{ elements: Elements; truncated: boolean } | null> {
  const types = traversableTypes(opts.rels, opts.inferred);
  return graph.read(async (tx) => {
    const center = await tx.run<{ entity: EntitySummary }>(`MATCH (n:Entity {id: $id}) RETURN ${entitySummary('n')} AS entity`, { id: centerId });
    if (center.records.length === 0) return null;
    if (types.length === 0) return { elements: toElements([toEntity(center.records[0].get('entity'))], []), truncated: false };
    const params = { ...(await edgeParams(tx, opts)), nodeTypes: opts.types ?? [] };
    const pattern = relTypeAlternation(types);

    const ids = new Set<string>([centerId]);
    let frontier = [centerId];
    let truncated = false;
    for (let level = 1; level <= opts.depth && frontier.length > 0 && !truncated; level++) {
      const room = opts.limit - ids.size;
      const found = await tx.run<{ id: string }>(
        `UNWIND $frontier AS fid
         MATCH (a:Entity {id: fid})-[r:${pattern}]-(b)
         WHERE b:Entity AND (size($nodeTypes) = 0 OR b.type IN $nodeTypes) AND ${edgeCondition('r')}
         WITH DISTINCT b
         RETURN b.id AS id ORDER BY coalesce(b.mentions, 0) DESC, b.id LIMIT $take`,
        // Already-seen nodes are dropped here rather than in Cypher: a NOT IN on b.id makes the
        // planner scan every entity instead of expanding from the frontier.
        { ...params, frontier, take: cypherInt(room + 1 + ids.size) },
      );
      const next = found.records.map((r) => r.get('id')).filter((id) => !ids.has(id));
      if (next.length > room) {
        truncated = true;
        next.length = room;
      }
      next.forEach((id) => ids.add(id));
      frontier = next;
    }

    const nodeIds = [...ids];
    const nodes = await tx.run<{ entity: EntitySummary }>(
      `UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN ${entitySummary('n')} AS entity`,
      { ids: nodeIds },
    );
    const edges = await tx.run<{ rel: RelationRow }>(
      `UNWIND $ids AS id
       MATCH (a:Entity {id: id})-[r:${pattern}]->(b:Entity)
       WHERE b.id IN $ids AND ${edgeCondition('r')}
       RETURN ${relationRecord('r')} AS rel LIMIT $edgeCap`,
      { ...params, ids: nodeIds, edgeCap: cypherInt(limits.neighborhoodEdges + 1) },
    );
    if (edges.records.length > limits.neighborhoodEdges) truncated = true;
    const relations = edges.records.slice(0, limits.neighborhoodEdges).map((r) => toRelation(r.get('rel')));
    return { elements: toElements(nodes.records.map((r) => toEntity(r.get('entity'))), relations), truncated };
  }, limits.timeoutMs);
}
