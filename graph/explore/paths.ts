import { maxHops, pathCandidates, pathCount, type PathMode, type PathRanking } from '../../contract/limits';
import type { ManagedTransaction } from 'neo4j-driver';
import type { Graph } from '../connection';
import { cypherInt, entitySummary, relationRecord, relTypeAlternation, toEntity, toRelation, traversableTypes, type RelationRow } from './fragments';
import { toElements } from './elements';
import { isQueryTimeout } from '../driverErrors';
import { evidenceFor } from './evidence';
import { explainRelation, type Lang } from './explain';
import { edgeCondition, edgeValueParams, type EdgeFilter } from './edgeFilter';
import { allowedNode, levelExpander, listParam, pathContents, pathEnds } from './pathExpand';
import { shortestPaths, type SearchOutcome } from './pathSearch';
import { limits } from './model';
import { rankPath } from './pathRank';
import { selectAroundHubs, type PathHub } from './pathHubs';
import type { Elements, EntitySummary, Evidence, Relation } from './model';

export type { PathMode };

export interface PathOptions extends EdgeFilter {
  from: string;
  to: string;
  /** Within the contract's maxHops, validated by the caller. */
  maxHops: number;
  direction: 'any' | 'out';
  mode: PathMode;
  /** Within the contract's pathCount, for mode k. */
  k: number;
  limit: number;
  lang: Lang;
  /** By what a path tells (default), or shortest first as the database finds them. */
  rank?: PathRanking;
  /** Entities, and entity types, no path may pass through (the ends excepted). */
  exclude?: string[];
  excludeTypes?: string[];
  /** Most listed paths through hubs (pathHubs.ts); undefined lists them as ranked. */
  hubPaths?: number;
}

export interface Hop {
  relation: Relation;
  from: string;
  to: string;
  explanation: string;
  evidence: Evidence[];
}

export interface FoundPath {
  length: number;
  nodes: EntitySummary[];
  hops: Hop[];
  cost: number;
  caveats: string[];
}

export type PathsAnswer = { paths: FoundPath[]; elements: Elements; hubs: PathHub[]; heldBack: number; searchCut: boolean } | { missing: 'from' | 'to' };

/**
 * Paths between two actors, each hop with its relation, evidence and one plain sentence, ranked
 * by what they tell (pathRank.ts): up to pathCandidates paths of the mode asked are found, the
 * best come first. Shortest paths come from a search from both ends (pathSearch.ts) that never
 * reads a hub whole; in mode k, when the shortest are fewer than wanted, longer ones come from
 * the database's SHORTEST, which then passes through no hub. Rejected edges and (unless asked) inferred RELATED_TO edges
 * are never walked. maxHops and k are validated integers spliced as literals: Cypher takes
 * neither as a parameter.
 */
export async function findPaths(graph: Graph, opts: PathOptions): Promise<PathsAnswer> {
  const hops = Math.max(maxHops.min, Math.min(maxHops.max, Math.trunc(opts.maxHops)));
  const k = Math.max(pathCount.min, Math.min(pathCount.max, Math.trunc(opts.k)));
  const ranked = (opts.rank ?? 'specificity') === 'specificity';
  const types = traversableTypes(opts.rels, opts.inferred);
  // Ranking needs more candidates than it keeps; by length, the database's first ones are kept.
  const wanted = opts.mode === 'shortest' ? 1 : opts.mode === 'k' ? Math.min(k, opts.limit) : opts.limit;
  const candidates = ranked ? pathCandidates : wanted;
  return graph.read(async (tx) => {
    const pattern = types.length === 0 ? null : relTypeAlternation(types);
    const params = {
      ...edgeValueParams(opts),
      from: opts.from,
      to: opts.to,
      // Never empty (see listParam): one plan whether the analyst excludes anything or not.
      exclude: listParam(opts.exclude ?? []),
      excludeTypes: listParam(opts.excludeTypes ?? []),
    };
    const ends = await pathEnds(tx, params);
    if (!ends.from) return { missing: 'from' as const };
    if (!ends.to) return { missing: 'to' as const };
    let found: { nodes: EntitySummary[]; rels: RelationRow[] }[] = [];
    const outcome: SearchOutcome = { cut: false };
    if (pattern !== null) {
      // Mode k ranked: the k best of a wider set of short paths.
      const wide = opts.mode === 'k' ? Math.min(candidates, ranked ? Math.max(k, Math.min(pathCandidates, k * 5)) : k) : candidates;
      const expand = levelExpander(tx, pattern, opts.direction, params);
      const ids = await shortestPaths(ends.from, ends.to, expand, { maxHops: hops, cap: limits.hubScan, hubReads: limits.pathHubReads, paths: wide, budget: limits.pathSearchEdges, intoPairs: limits.pathIntoPairs }, outcome);
      const contents = await pathContents(tx, ids);
      found = ids.map((p) => ({ nodes: p.nodes.map((n) => contents.nodes.get(n)!), rels: p.rels.map((r) => contents.rels.get(r)!) }));
      // Fewer shortest paths than mode k lists: longer ones from the database, never through a hub,
      // at most one hop longer than the shortest (each hop more multiplies what SHORTEST walks by
      // the graph's fan-out). (Ranked, the k best are then chosen among the shortest ones when
      // there are k of them.)
      if (opts.mode === 'k' && found.length > 0 && found.length < wanted) {
        const seen = new Set(found.map((p) => p.rels.map((r) => r.id).join(' ')));
        const longest = Math.min(hops, found[0].rels.length + 1);
        const longer = await longerPaths(graph, pattern, opts.direction, longest, wide, { ...params, hubLinks: cypherInt(limits.hubScan), candidates: cypherInt(wide) });
        if (longer === 'cut') outcome.cut = true;
        else found = [...found, ...longer.filter((p) => !seen.has(p.rels.map((r) => r.id).join(' ')))].sort((x, y) => x.rels.length - y.rels.length).slice(0, wide);
      }
    }
    const byId = new Map(found.flatMap((p) => p.nodes.map((n): [string, EntitySummary] => [n.id, toEntity(n)])));
    const all = found.map((p) => {
      const nodeIds = p.nodes.map((n) => n.id);
      const rels = p.rels.map(toRelation);
      const nodes = nodeIds.map((id) => byId.get(id)).filter((e): e is EntitySummary => e !== undefined);
      return { nodeIds, nodes, rels, ...rankPath(nodes, rels) };
    });
    // A stable sort: equal costs keep the database's (shortest first) order.
    if (ranked) all.sort((x, y) => x.cost - y.cost);
    const { kept, hubs, heldBack } = selectAroundHubs(all, wanted, opts.hubPaths);
    // Only the kept paths' edges with evidence need the second round trip.
    const withEvidence = kept.flatMap((p) => p.rels.filter((r) => r.evidenceCount > 0).map((r) => r.id));
    const evidence = await evidenceFor(tx, [...new Set(withEvidence)]);

    const paths: FoundPath[] = kept.map(({ nodeIds, nodes, rels, cost, caveats }) => ({
      length: rels.length,
      nodes,
      hops: rels.map((relation, i) => ({
        relation,
        from: nodeIds[i],
        to: nodeIds[i + 1],
        explanation: explainRelation(relation, byId.get(relation.source), byId.get(relation.target), opts.lang),
        evidence: evidence.get(relation.id) ?? [],
      })),
      cost,
      caveats,
    }));
    return { paths, elements: toElements(paths.flatMap((p) => p.nodes), kept.flatMap((p) => p.rels)), hubs, heldBack, searchCut: outcome.cut };
  }, 30_000);
}

/**
 * kShortest in a read of its own, bounded by limits.pathLongerMs: 'cut' when it took longer
 * (the shortest paths found before are then the whole answer, and it says so).
 */
async function longerPaths(graph: Graph, pattern: string, direction: 'any' | 'out', hops: number, shortest: number, params: Record<string, unknown>): Promise<{ nodes: EntitySummary[]; rels: RelationRow[] }[] | 'cut'> {
  try {
    return await graph.read((tx) => kShortest(tx, pattern, direction, hops, shortest, params), limits.pathLongerMs);
  } catch (err) {
    if (isQueryTimeout(err)) return 'cut';
    throw err;
  }
}

/**
 * The `shortest` shortest paths as the database finds them (SHORTEST k), passing through no hub
 * (more than $hubLinks links): SHORTEST would read every link of a hub on its way.
 */
async function kShortest(tx: ManagedTransaction, pattern: string, direction: 'any' | 'out', hops: number, shortest: number, params: Record<string, unknown>): Promise<{ nodes: EntitySummary[]; rels: RelationRow[] }[]> {
  const arrow = direction === 'out' ? '->' : '-';
  const found = await tx.run<{ nodes: EntitySummary[]; rels: RelationRow[] }>(
    `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
     MATCH p = SHORTEST ${shortest} (a)((x)-[r:${pattern}]${arrow}(y:Entity) WHERE ${edgeCondition('r')} AND ${allowedNode('y')} AND (x.id = $from OR COUNT { (x)--() } <= $hubLinks)){1,${hops}}(b)
     RETURN [n IN nodes(p) | ${entitySummary('n')}] AS nodes, [r IN relationships(p) | ${relationRecord('r')}] AS rels
     ORDER BY length(p) LIMIT $candidates`,
    params,
  );
  return found.records.map((row) => ({ nodes: row.get('nodes'), rels: row.get('rels') }));
}
