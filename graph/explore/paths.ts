import { maxHops, pathCandidates, pathCount, type PathMode, type PathRanking } from '../../contract/limits';
import type { Graph } from '../connection';
import { cypherInt, entitySummary, relationRecord, relTypeAlternation, toEntity, toRelation, traversableTypes, type RelationRow } from './fragments';
import { toElements } from './elements';
import { evidenceFor } from './evidence';
import { explainRelation, type Lang } from './explain';
import { edgeCondition, edgeValueParams, type EdgeFilter } from './edgeFilter';
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

export type PathsAnswer = { paths: FoundPath[]; elements: Elements; hubs: PathHub[]; heldBack: number } | { missing: 'from' | 'to' };

/** A node a path may pass through: either end, or one neither excluded by id nor by type. */
function allowedNode(n: string): string {
  return `(${n}.id = $from OR ${n}.id = $to OR (NOT ${n}.id IN $exclude AND NOT ${n}.type IN $excludeTypes))`;
}

/**
 * Paths between two actors, each hop with its relation, evidence and one plain sentence, ranked
 * by what they tell (pathRank.ts): the database hands over up to pathCandidates paths of the
 * mode asked, the best come first. Rejected edges and (unless asked) inferred RELATED_TO edges
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
    const arrow = opts.direction === 'out' ? '->' : '-';
    const params = {
      ...edgeValueParams(opts),
      from: opts.from,
      to: opts.to,
      exclude: opts.exclude ?? [],
      excludeTypes: opts.excludeTypes ?? [],
      candidates: cypherInt(candidates),
    };
    const project = `RETURN [n IN nodes(p) | ${entitySummary('n')}] AS nodes, [r IN relationships(p) | ${relationRecord('r')}] AS rels`;
    let search: string;
    if (pattern === null) search = 'RETURN [] AS nodes, [] AS rels LIMIT 0';
    else if (opts.mode === 'k') {
      // Ranked, the k best of a wider set of short paths.
      const shortest = ranked ? Math.max(k, Math.min(pathCandidates, k * 5)) : k;
      search = `MATCH p = SHORTEST ${shortest} (a)((x)-[r:${pattern}]${arrow}(y:Entity) WHERE ${edgeCondition('r')} AND ${allowedNode('y')}){1,${hops}}(b)
        ${project} ORDER BY length(p) LIMIT $candidates`;
    } else {
      // One shortest path is the best ranked of all the shortest ones.
      const fn = opts.mode === 'all-shortest' || ranked ? 'allShortestPaths' : 'shortestPath';
      search = `MATCH p = ${fn}((a)-[:${pattern}*1..${hops}]${arrow}(b))
        WHERE all(r IN relationships(p) WHERE ${edgeCondition('r')}) AND all(n IN nodes(p) WHERE ${allowedNode('n')})
        ${project} LIMIT $candidates`;
    }
    // One round trip: both ends and the search (which runs only when both
    // ends exist, so a missing end is told apart from "no path").
    const found = await tx.run<{ hasFrom: boolean; hasTo: boolean; paths: { nodes: EntitySummary[]; rels: RelationRow[] }[] }>(
      `OPTIONAL MATCH (a:Entity {id: $from})
       OPTIONAL MATCH (b:Entity {id: $to})
       CALL (a, b) {
         WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL
         CALL (a, b) { ${search} }
         RETURN collect({nodes: nodes, rels: rels}) AS paths
       }
       RETURN a IS NOT NULL AS hasFrom, b IS NOT NULL AS hasTo, paths`,
      params,
    );
    const row = found.records[0];
    if (!row.get('hasFrom')) return { missing: 'from' as const };
    if (!row.get('hasTo')) return { missing: 'to' as const };
    const byId = new Map(row.get('paths').flatMap((p) => p.nodes.map((n): [string, EntitySummary] => [n.id, toEntity(n)])));
    const all = row.get('paths').map((p) => {
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
    return { paths, elements: toElements(paths.flatMap((p) => p.nodes), kept.flatMap((p) => p.rels)), hubs, heldBack };
  }, 30_000);
}
