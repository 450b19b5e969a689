import type { Graph } from '../../graph/connection';

/** Remove the synthetic graph ("syn:" ids) in batches, so a rebuild starts clean. */
export async function clearSynthetic(graph: Graph): Promise<void> {
  for (;;) {
    const [row] = await graph.writeRows<{ n: number }>(
      "MATCH (e:Entity) WHERE e.id STARTS WITH 'syn:' WITH e LIMIT 2000 DETACH DELETE e RETURN count(*) AS n",
    );
    if (!row || row.n === 0) return;
  }
}
