import type { Graph } from './connection';

/** How many documents the graph holds (0 = a fresh database: the sample corpus goes in). */
export async function countDocuments(graph: Graph): Promise<number> {
  const [row] = await graph.readRows<{ n: number }>('MATCH (d:Document) RETURN count(d) AS n');
  return row.n;
}
