import type { Graph } from '../connection';
import { toElements } from './elements';
import { edgeCondition, edgeValueParams, type EdgeFilter } from './edgeFilter';
import { cypherInt, entityDegree, entitySummary, relationRecord, relTypeAlternation, toEntity, toRelation, traversableTypes, type RelationRow } from './fragments';
import { limits, type Elements, type EntitySummary } from './model';
import type { NeighborOrder } from '../../contract/limits';

export interface NeighborhoodOptions extends EdgeFilter {
  depth: number;
  /** Entity types of the neighbours shown (the center always is). */
  types?: string[];
  limit: number;
  /** Which neighbours come first when the limit cuts (default: most mentioned). */
  order?: NeighborOrder;
}

/**
 * The neighbours of a level, best first, as Cypher (from a closed list, never from input). An
 * edge date is an ISO prefix, so text order is time order; undated edges sort last.
 */
const neighbourOrder: Record<NeighborOrder, string> = {
  mentions: 'WITH DISTINCT b ORDER BY coalesce(b.mentions, 0) DESC, b.id',
  degree: 'WITH DISTINCT b ORDER BY COUNT { (b)--() } - COUNT { (b)<-[:MENTIONS]-() } DESC, coalesce(b.mentions, 0) DESC, b.id',
  recent: "WITH b, max(coalesce(r.date, toString(r.year), '')) AS latest ORDER BY latest DESC, coalesce(b.mentions, 0) DESC, b.id",
};

/**
 * One level of the breadth-first walk, as Cypher: the neighbours of the frontier (the best
 * known first), less those already seen, cut to the room left. `take` (limit + 1) is enough to
 * know whether the cut dropped anyone. A hub (more than limits.hubScan links) has only its
 * first hubScan edges read, so a level costs at most hubScan rows per frontier node however
 * big the hub: its neighbours are ranked among those, and the answer says it was cut. Every
 * other node's neighbours are all read and ranked, as before.
 */
function level(pattern: string, order: NeighborOrder): string {
  return `CALL (seen, frontier, truncated) {
      UNWIND CASE WHEN truncated THEN [] ELSE frontier END AS a
      CALL (a) {
        MATCH (a)-[r:${pattern}]-(b:Entity)
        WHERE (size($nodeTypes) = 0 OR b.type IN $nodeTypes) AND ${edgeCondition('r')}
        RETURN b, r LIMIT $scan
      }
      ${neighbourOrder[order]} LIMIT $take
      RETURN collect(b) AS found
    }
    WITH seen, truncated OR any(a IN frontier WHERE ${entityDegree('a')} > $scan) AS truncated, [b IN found WHERE NOT b IN seen] AS fresh
    WITH seen, truncated, fresh, $limit - size(seen) AS room
    WITH seen + fresh[..room] AS seen, fresh[..room] AS frontier, truncated OR size(fresh) > room AS truncated`;
}

/**
 * The entities within `depth` hops of the center, level by level (breadth first), and every
 * edge among them that passes the filter. Stops at `limit` nodes and says so (truncated). Null
 * when the center is unknown. Two round trips: the walk with the node summaries, then the edges
 * among the nodes found (their element ids as a parameter, which the database checks as a set).
 */
export async function getNeighborhood(graph: Graph, centerId: string, opts: NeighborhoodOptions): Promise<{ elements: Elements; truncated: boolean } | null> {
  const types = traversableTypes(opts.rels, opts.inferred);
  const depth = types.length === 0 ? 0 : Math.max(1, Math.min(3, Math.trunc(opts.depth)));
  const pattern = types.length === 0 ? '' : relTypeAlternation(types);
  return graph.read(async (tx) => {
    const params = {
      ...edgeValueParams(opts),
      id: centerId,
      nodeTypes: opts.types ?? [],
      limit: cypherInt(opts.limit),
      take: cypherInt(opts.limit + 1),
      scan: cypherInt(Math.max(limits.hubScan, opts.limit + 1)),
    };
    const walked = await tx.run<{ nodes: EntitySummary[]; elementIds: string[]; truncated: boolean }>(
      `MATCH (c:Entity {id: $id})
       WITH c, [c] AS seen, [c] AS frontier, false AS truncated
       ${Array.from({ length: depth }, () => level(pattern, opts.order ?? 'mentions')).join('\n       ')}
       RETURN [n IN seen | ${entitySummary('n')}] AS nodes, [n IN seen | elementId(n)] AS elementIds, truncated`,
      params,
    );
    const row = walked.records[0];
    if (!row) return null;
    const nodes = row.get('nodes').map(toEntity);
    let truncated = row.get('truncated');
    if (depth === 0 || nodes.length < 2) return { elements: toElements(nodes, []), truncated };

    // The nodes by element id, which the database resolves without an index or a property read.
    // Each edge is walked from its source; a hub's many incoming edges are never walked from it.
    const edges = await tx.run<{ rel: RelationRow }>(
      `UNWIND $nodes AS node
       MATCH (a) WHERE elementId(a) = node
       MATCH (a)-[r:${pattern}]->(b)
       WHERE elementId(b) IN $nodes AND ${edgeCondition('r')}
       WITH node, r, b LIMIT $edgeCap
       RETURN ${relationRecord('r', { source: 'node', target: 'elementId(b)' })} AS rel`,
      { ...params, nodes: row.get('elementIds'), edgeCap: cypherInt(limits.neighborhoodEdges + 1) },
    );
    if (edges.records.length > limits.neighborhoodEdges) truncated = true;
    // The ends came as element ids (no property read per edge): the walk's nodes name them.
    const idOf = new Map(row.get('elementIds').map((el, i) => [el, nodes[i].id]));
    const relations = edges.records.slice(0, limits.neighborhoodEdges).map((r) => {
      const rel = r.get('rel');
      return toRelation({ ...rel, source: idOf.get(rel.source) ?? rel.source, target: idOf.get(rel.target) ?? rel.target });
    });
    return { elements: toElements(nodes, relations), truncated };
  }, limits.timeoutMs);
}
