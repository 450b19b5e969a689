import type { Graph } from '../connection';
import { edgeCondition, edgeValueParams, type EdgeFilter } from './edgeFilter';
import { cypherInt, relationRecord, relTypeAlternation, toRelation, traversableTypes, type RelationRow } from './fragments';
import { limits, type Relation } from './model';

export interface EdgesAmongOptions extends EdgeFilter {
  /** Entities whose edges are wanted: among themselves and to `others`. */
  ids: string[];
  /** Entities already known (e.g. on the canvas): edges between two of them are not asked for. */
  others?: string[];
}

/**
 * The edges that pass the filter between two of the given entities, or between one of them and
 * one of `others` — what a canvas needs to draw when new nodes join it, whatever brought them.
 * Each edge once, read from its subject's side. Capped at limits.neighborhoodEdges (truncated).
 */
export async function edgesAmong(graph: Graph, opts: EdgesAmongOptions): Promise<{ edges: Relation[]; truncated: boolean }> {
  const types = traversableTypes(opts.rels, opts.inferred);
  if (types.length === 0 || opts.ids.length === 0) return { edges: [], truncated: false };
  const pattern = relTypeAlternation(types);
  const others = (opts.others ?? []).filter((id) => !opts.ids.includes(id));
  return graph.read(async (tx) => {
    const found = await tx.run<{ rel: RelationRow }>(
      `MATCH (a:Entity) WHERE a.id IN $ids
       CALL (a) {
         MATCH (a)-[r:${pattern}]->(b:Entity)
         WHERE (b.id IN $ids OR b.id IN $others) AND ${edgeCondition('r')}
         RETURN r, a AS s, b AS o
         UNION
         MATCH (a)<-[r:${pattern}]-(b:Entity)
         WHERE b.id IN $others AND ${edgeCondition('r')}
         RETURN r, b AS s, a AS o
       }
       WITH r, s, o LIMIT $cap
       RETURN ${relationRecord('r', { source: 's.id', target: 'o.id' })} AS rel`,
      { ...edgeValueParams(opts), ids: opts.ids, others, cap: cypherInt(limits.neighborhoodEdges + 1) },
    );
    const edges = found.records.map((row) => toRelation(row.get('rel')));
    const truncated = edges.length > limits.neighborhoodEdges;
    return { edges: edges.slice(0, limits.neighborhoodEdges), truncated };
  }, limits.timeoutMs);
}
