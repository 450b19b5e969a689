import type { Graph } from '../connection';

/** The entity with the most edges: the costliest neighbourhood to ask for (Japan in the sample). */
export async function mostConnectedEntity(graph: Graph): Promise<string | undefined> {
  const [row] = await graph.readRows<{ id: string }>(
    'MATCH (e:Entity) RETURN e.id AS id ORDER BY COUNT { (e)--(:Entity) } DESC LIMIT 1',
  );
  return row?.id;
}
