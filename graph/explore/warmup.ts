import { maxHops, pathCount, pathsLimit } from '../../contract/limits';
import type { Graph } from '../connection';
import { edgesAmong } from './edgesAmong';
import { getNeighborhood } from './neighborhood';
import { countNeighbors } from './neighborCounts';
import { findPaths, type PathMode } from './paths';
import { getRelation } from './relations';
import { searchEntities } from './search';

/**
 * Run each explore query once with the API's default options, so their plans are in the
 * database's query cache before the first analyst asks. A cold plan costs from a few hundred
 * milliseconds to seconds; many analysts arriving at once on a fresh server would otherwise all
 * wait on planning. Best effort: an empty graph or an error only means nothing was warmed.
 */
export async function warmExploreQueries(graph: Graph): Promise<number> {
  const [pair] = await graph.readRows<{ a: string; b: string; r: string | null }>('MATCH (a:Entity)-[r]->(b:Entity) RETURN a.id AS a, b.id AS b, r.id AS r LIMIT 1');
  if (!pair) return 0;
  const base = { inferred: false, includeRejected: false };
  const runs: Promise<unknown>[] = [
    searchEntities(graph, { q: pair.a.slice(0, 2), limit: 10 }),
    ...(pair.r ? [getRelation(graph, pair.r)] : []),
    ...[1, 2].map((depth) => getNeighborhood(graph, pair.a, { ...base, depth, limit: 200 })),
    // What the explorer asks whenever nodes join the canvas, and before expanding a hub.
    edgesAmong(graph, { ...base, ids: [pair.b], others: [pair.a] }),
    countNeighbors(graph, pair.a, base),
    ...(['shortest', 'all-shortest', 'k'] as PathMode[]).map((mode) =>
      findPaths(graph, { ...base, from: pair.a, to: pair.b, maxHops: maxHops.default, direction: 'any', mode, k: pathCount.default, limit: pathsLimit.default, lang: 'en' }),
    ),
  ];
  const settled = await Promise.allSettled(runs);
  return settled.filter((s) => s.status === 'fulfilled').length;
}
