import type { Graph } from '../connection';

/**
 * Remove synthetic entities (ids starting with `prefix`) and their relationships in batches,
 * and the annotations (with their revisions) a run left on those relationships.
 */
export async function clearSynthetic(graph: Graph, prefix = 'syn:'): Promise<void> {
  for (;;) {
    const [row] = await graph.writeRows<{ n: number }>(
      `MATCH (a:Annotation) WHERE a.targetId STARTS WITH $prefix WITH a LIMIT 2000
       OPTIONAL MATCH (v:AnnotationRevision {annotationId: a.id}) DETACH DELETE v, a RETURN count(*) AS n`,
      { prefix },
    );
    if (!row || row.n === 0) break;
  }
  for (;;) {
    const [row] = await graph.writeRows<{ n: number }>(
      'MATCH (e:Entity) WHERE e.id STARTS WITH $prefix WITH e LIMIT 2000 DETACH DELETE e RETURN count(*) AS n',
      { prefix },
    );
    if (!row || row.n === 0) return;
  }
}
