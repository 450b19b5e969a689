import type { Graph } from '../connection';
import { cypherInt, entitySummary, relationRecord, toEntity, toRelation, type RelationRow } from './fragments';
import { limits, type EntitySummary, type Relation } from './model';

export interface GraphExport {
  nodes: EntitySummary[];
  edges: Relation[];
  truncated: boolean;
}

/**
 * The whole graph, or the given entities and the edges among them. Rejected and inferred
 * edges are included: the export is a record, and each edge carries its review and inferred flag.
 */
export async function exportGraph(graph: Graph, ids?: string[]): Promise<GraphExport> {
  return graph.read(async (tx) => {
    const nodeRows = ids
      ? await tx.run<{ entity: EntitySummary }>(`UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN ${entitySummary('n')} AS entity`, { ids })
      : await tx.run<{ entity: EntitySummary }>(`MATCH (n:Entity) RETURN ${entitySummary('n')} AS entity ORDER BY n.id LIMIT $cap`, { cap: cypherInt(limits.exportNodes + 1) });
    const nodes = nodeRows.records.map((r) => toEntity(r.get('entity')));
    let truncated = nodes.length > limits.exportNodes;
    nodes.length = Math.min(nodes.length, limits.exportNodes);
    const nodeIds = nodes.map((n) => n.id);
    const edgeRows = await tx.run<{ rel: RelationRow }>(
      `UNWIND $ids AS id
       MATCH (a:Entity {id: id})-[r]->(b:Entity)
       WHERE b.id IN $ids
       RETURN ${relationRecord('r')} AS rel LIMIT $cap`,
      { ids: nodeIds, cap: cypherInt(limits.exportEdges + 1) },
    );
    const edges = edgeRows.records.map((r) => toRelation(r.get('rel')));
    if (edges.length > limits.exportEdges) {
      truncated = true;
      edges.length = limits.exportEdges;
    }
    return { nodes, edges, truncated };
  }, 60_000);
}
