import type { Graph } from '../connection';
import { edgeCondition, edgeValueParams, type EdgeFilter } from './edgeFilter';
import { cypherInt, relTypeAlternation, traversableTypes } from './fragments';
import { limits } from './model';
import type { NeighborCounts } from '../../contract/exploreAnswers';

export interface NeighborCountOptions extends EdgeFilter {
  /** Entity types of the neighbours counted (none: all). */
  types?: string[];
}

const passes = `(size($nodeTypes) = 0 OR b.type IN $nodeTypes) AND ${edgeCondition('r')}`;

/**
 * How many distinct neighbours an expansion of the entity would draw under the filters, split
 * by relationship type and by entity type — counts only, so asking about a hub costs no node
 * data. Null when the entity is unknown. An entity with at most limits.hubScan links of the
 * types walked is counted exactly; a hub's counts are estimated (`estimated`): its links per
 * type come from the database's degree store without reading them, and the share that passes
 * the filters, and the neighbours' entity types, from the first limits.hubSample links of
 * each type — a hub of 400,000 links costs what one of 10,000 does.
 */
export async function countNeighbors(graph: Graph, id: string, opts: NeighborCountOptions): Promise<NeighborCounts | null> {
  const types = traversableTypes(opts.rels, opts.inferred);
  return graph.read(async (tx) => {
    // Names from the closed ontology list, spliced: Cypher takes no relationship type as a parameter.
    const degrees = types.map((t) => `${t}: COUNT { (c)-[:${t}]-() }`).join(', ');
    const head = await tx.run<{ degrees: Record<string, number> }>(`MATCH (c:Entity {id: $id}) RETURN {${degrees}} AS degrees`, { id });
    if (head.records.length === 0) return null;
    if (types.length === 0) return { total: 0, byRelationship: {}, byEntityType: {} };
    const byTypeDegree = head.records[0].get('degrees');
    const params = { ...edgeValueParams(opts), id, nodeTypes: opts.types ?? [] };
    if (Object.values(byTypeDegree).reduce((a, b) => a + b, 0) <= limits.hubScan) return exactCounts(tx, relTypeAlternation(types), params);

    const present = types.filter((t) => byTypeDegree[t] > 0);
    const sampled = await tx.run<{ rel: string; read: number; kinds: (string | null)[] }>(
      `MATCH (c:Entity {id: $id})
       CALL (c) {
         ${present.map((t) => `MATCH (c)-[r:${t}]-(b:Entity) WITH r, b LIMIT $sample RETURN r, b`).join('\n         UNION ALL\n         ')}
       }
       WITH c, type(r) AS rel, b, ${passes} AS kept
       WITH rel, count(*) AS read, collect(DISTINCT CASE WHEN kept AND b <> c THEN b END) AS neighbours
       RETURN rel, read, [b IN neighbours | b.type] AS kinds`,
      { ...params, sample: cypherInt(limits.hubSample) },
    );
    const byRelationship: Record<string, number> = {};
    const byEntityType: Record<string, number> = {};
    for (const row of sampled.records) {
      const rel = row.get('rel');
      const kinds = row.get('kinds');
      // Each link read stands for degree / read links of its type.
      const scale = byTypeDegree[rel] / Math.max(1, row.get('read'));
      if (kinds.length > 0) byRelationship[rel] = Math.round(kinds.length * scale);
      for (const kind of kinds) byEntityType[kind ?? 'unknown'] = (byEntityType[kind ?? 'unknown'] ?? 0) + scale;
    }
    for (const kind of Object.keys(byEntityType)) byEntityType[kind] = Math.round(byEntityType[kind]);
    const total = Object.values(byRelationship).reduce((a, b) => a + b, 0);
    return { total, byRelationship, byEntityType, estimated: true };
  }, limits.timeoutMs);
}

/** Every link read: distinct neighbours in all, per relationship type and per entity type. */
async function exactCounts(tx: Parameters<Parameters<Graph['read']>[0]>[0], pattern: string, params: Record<string, unknown>): Promise<NeighborCounts> {
  const linked = `MATCH (c)-[r:${pattern}]-(b:Entity) WHERE b <> c AND ${passes}`;
  const found = await tx.run<{ total: number; byRel: { name: string; n: number }[]; byType: { name: string; n: number }[] }>(
    `MATCH (c:Entity {id: $id})
     RETURN COUNT { ${linked} RETURN DISTINCT b } AS total,
       COLLECT { ${linked} WITH type(r) AS name, count(DISTINCT b) AS n RETURN {name: name, n: n} } AS byRel,
       COLLECT { ${linked} WITH DISTINCT b WITH b.type AS name, count(*) AS n RETURN {name: name, n: n} } AS byType`,
    params,
  );
  const row = found.records[0];
  const byName = (list: { name: string; n: number }[]) => Object.fromEntries(list.map(({ name, n }) => [name ?? 'unknown', n]));
  return { total: row.get('total'), byRelationship: byName(row.get('byRel')), byEntityType: byName(row.get('byType')) };
}
