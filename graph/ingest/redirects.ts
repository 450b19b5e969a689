import type { Graph } from '../connection';

/** Merges left by analysts: fromId → toId, followed to the end of any chain. */
export async function readEntityRedirects(graph: Graph): Promise<Map<string, string>> {
  const rows = await graph.readRows<{ fromId: string; toId: string }>(
    'MATCH (r:EntityRedirect) WHERE r.fromId IS NOT NULL AND r.toId IS NOT NULL RETURN r.fromId AS fromId, r.toId AS toId',
  );
  const direct = new Map(rows.map((r) => [r.fromId, r.toId]));
  const resolved = new Map<string, string>();
  for (const from of direct.keys()) {
    let to = direct.get(from) as string;
    const seen = new Set([from]);
    while (direct.has(to) && !seen.has(to)) {
      seen.add(to);
      to = direct.get(to) as string;
    }
    resolved.set(from, to);
  }
  return resolved;
}
