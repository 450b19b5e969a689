import type { Graph } from '../connection';
import { edgeCondition, edgeValueParams, type EdgeFilter } from './edgeFilter';
import { relTypeAlternation, traversableTypes } from './fragments';
import { limits } from './model';
import type { NeighborCounts } from '../../contract/exploreAnswers';

export interface NeighborCountOptions extends EdgeFilter {
  /** Entity types of the neighbours counted (none: all). */
  types?: string[];
}

/**
 * How many distinct neighbours an expansion of the entity would draw under the filters, split
 * by relationship type and by entity type — counts only, so asking about a hub costs no node
 * data. Null when the entity is unknown.
 */
export async function countNeighbors(graph: Graph, id: string, opts: NeighborCountOptions): Promise<NeighborCounts | null> {
  const types = traversableTypes(opts.rels, opts.inferred);
  return graph.read(async (tx) => {
    const exists = await tx.run('MATCH (c:Entity {id: $id}) RETURN c.id AS id', { id });
    if (exists.records.length === 0) return null;
    if (types.length === 0) return { total: 0, byRelationship: {}, byEntityType: {} };
    const linked = `MATCH (c)-[r:${relTypeAlternation(types)}]-(b:Entity)
         WHERE b <> c AND (size($nodeTypes) = 0 OR b.type IN $nodeTypes) AND ${edgeCondition('r')}`;
    const found = await tx.run<{ total: number; byRel: { name: string; n: number }[]; byType: { name: string; n: number }[] }>(
      `MATCH (c:Entity {id: $id})
       RETURN COUNT { ${linked} RETURN DISTINCT b } AS total,
         COLLECT { ${linked} WITH type(r) AS name, count(DISTINCT b) AS n RETURN {name: name, n: n} } AS byRel,
         COLLECT { ${linked} WITH DISTINCT b WITH b.type AS name, count(*) AS n RETURN {name: name, n: n} } AS byType`,
      { ...edgeValueParams(opts), id, nodeTypes: opts.types ?? [] },
    );
    const row = found.records[0];
    const byName = (list: { name: string; n: number }[]) => Object.fromEntries(list.map(({ name, n }) => [name ?? 'unknown', n]));
    return { total: row.get('total'), byRelationship: byName(row.get('byRel')), byEntityType: byName(row.get('byType')) };
  }, limits.timeoutMs);
}
