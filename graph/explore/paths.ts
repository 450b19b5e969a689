import { maxHops, pathCount, type PathMode } from '../../contract/limits';
import type { Graph } from '../connection';
import { cypherInt, entitySummary, relationRecord, relTypeAlternation, toEntity, toRelation, traversableTypes, type RelationRow } from './fragments';
import { toElements } from './elements';
import { evidenceFor } from './evidence';
import { explainRelation, type Lang } from './explain';
import { edgeCondition, edgeValueParams, withRejected, type EdgeFilter } from './edgeFilter';
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
}

export type PathsAnswer = { paths: FoundPath[]; elements: Elements } | { missing: 'from' | 'to' };

/**
 * Paths between two actors, each hop with its relation, evidence and one plain sentence.
 * Rejected edges and (unless asked) inferred RELATED_TO edges are never walked.
 * maxHops and k are validated integers spliced as literals: Cypher takes neither as a parameter.
 */
export async function findPaths(graph: Graph, opts: PathOptions): Promise<PathsAnswer> {
  const hops = Math.max(maxHops.min, Math.min(maxHops.max, Math.trunc(opts.maxHops)));
  const k = Math.max(pathCount.min, Math.min(pathCount.max, Math.trunc(opts.k)));
  const types = traversableTypes(opts.rels, opts.inferred);
  return graph.read(async (tx) => {
    const pattern = types.length === 0 ? null : relTypeAlternation(types);
    const arrow = opts.direction === 'out' ? '->' : '-';
    const params = { ...edgeValueParams(opts), from: opts.from, to: opts.to, limit: cypherInt(opts.limit) };
    const project = `RETURN [n IN nodes(p) | ${entitySummary('n')}] AS nodes, [r IN relationships(p) | ${relationRecord('r')}] AS rels`;
    let search: string;
    if (pattern === null) search = 'RETURN [] AS nodes, [] AS rels LIMIT 0';
    else if (opts.mode === 'k') {
      search = `MATCH p = SHORTEST ${k} (a)-[r:${pattern} WHERE ${edgeCondition('r', 'rejected')}]${arrow}{1,${hops}}(b)
        ${project} ORDER BY length(p) LIMIT $limit`;
    } else {
      const fn = opts.mode === 'all-shortest' ? 'allShortestPaths' : 'shortestPath';
      search = `MATCH p = ${fn}((a)-[:${pattern}*1..${hops}]${arrow}(b))
        WHERE all(r IN relationships(p) WHERE ${edgeCondition('r', 'rejected')})
        ${project} LIMIT $limit`;
    }
    // One round trip: both ends, the rejected edges and the search (which runs only when both
    // ends exist, so a missing end is told apart from "no path").
    const found = await tx.run<{ hasFrom: boolean; hasTo: boolean; paths: { nodes: EntitySummary[]; rels: RelationRow[] }[] }>(
      `OPTIONAL MATCH (a:Entity {id: $from})
       OPTIONAL MATCH (b:Entity {id: $to})
       ${withRejected('a, b')}
       CALL (a, b, rejected) {
         WITH a, b, rejected WHERE a IS NOT NULL AND b IS NOT NULL
         CALL (a, b, rejected) { ${search} }
         RETURN collect({nodes: nodes, rels: rels}) AS paths
       }
       RETURN a IS NOT NULL AS hasFrom, b IS NOT NULL AS hasTo, paths`,
      params,
    );
    const row = found.records[0];
    if (!row.get('hasFrom')) return { missing: 'from' as const };
    if (!row.get('hasTo')) return { missing: 'to' as const };
    const raw = row.get('paths').map((p) => ({ nodeIds: p.nodes.map((n) => n.id), rels: p.rels.map(toRelation) }));
    const byId = new Map(row.get('paths').flatMap((p) => p.nodes.map((n): [string, EntitySummary] => [n.id, toEntity(n)])));
    // Only edges with evidence need the second round trip.
    const withEvidence = raw.flatMap((p) => p.rels.filter((r) => r.evidenceCount > 0).map((r) => r.id));
    const evidence = await evidenceFor(tx, [...new Set(withEvidence)]);

    const paths: FoundPath[] = raw.map(({ nodeIds, rels }) => ({
      length: rels.length,
      nodes: nodeIds.map((id) => byId.get(id)).filter((e): e is EntitySummary => e !== undefined),
      hops: rels.map((relation, i) => ({
        relation,
        from: nodeIds[i],
        to: nodeIds[i + 1],
        explanation: explainRelation(relation, byId.get(relation.source), byId.get(relation.target), opts.lang),
        evidence: evidence.get(relation.id) ?? [],
      })),
    }));
    return { paths, elements: toElements([...byId.values()], raw.flatMap((p) => p.rels)) };
  }, 30_000);
}
