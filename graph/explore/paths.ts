import type { Graph } from '../connection';
import { cypherInt, entitySummary, relationRecord, relTypeAlternation, toEntity, toRelation, traversableTypes, type RelationRow } from './fragments';
import { toElements } from './elements';
import { evidenceFor } from './evidence';
import { explainRelation, type Lang } from './explain';
import { edgeCondition, edgeParams, type EdgeFilter } from './edgeFilter';
import type { Elements, EntitySummary, Evidence, Relation } from './model';

export type PathMode = 'shortest' | 'all-shortest' | 'k';

export interface PathOptions extends EdgeFilter {
  from: string;
  to: string;
  /** 1..6, validated by the caller. */
  maxHops: number;
  direction: 'any' | 'out';
  mode: PathMode;
  /** 1..10, for mode k. */
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
  const hops = Math.max(1, Math.min(6, Math.trunc(opts.maxHops)));
  const k = Math.max(1, Math.min(10, Math.trunc(opts.k)));
  const types = traversableTypes(opts.rels, opts.inferred);
  return graph.read(async (tx) => {
    const ends = await tx.run<{ id: string }>('UNWIND [$from, $to] AS id MATCH (n:Entity {id: id}) RETURN n.id AS id', { from: opts.from, to: opts.to });
    const present = new Set(ends.records.map((r) => r.get('id')));
    if (!present.has(opts.from)) return { missing: 'from' as const };
    if (!present.has(opts.to)) return { missing: 'to' as const };
    if (types.length === 0) return { paths: [], elements: { nodes: [], edges: [] } };

    const pattern = relTypeAlternation(types);
    const arrow = opts.direction === 'out' ? '->' : '-';
    const params = { ...(await edgeParams(tx, opts)), from: opts.from, to: opts.to, limit: cypherInt(opts.limit) };
    const project = `RETURN [n IN nodes(p) | n.id] AS nodeIds, [r IN relationships(p) | ${relationRecord('r')}] AS rels`;
    let cypher: string;
    if (opts.mode === 'k') {
      cypher = `MATCH p = SHORTEST ${k} (a:Entity {id: $from})-[r:${pattern} WHERE ${edgeCondition('r')}]${arrow}{1,${hops}}(b:Entity {id: $to})
        ${project} ORDER BY length(p) LIMIT $limit`;
    } else {
      const fn = opts.mode === 'all-shortest' ? 'allShortestPaths' : 'shortestPath';
      cypher = `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
        MATCH p = ${fn}((a)-[:${pattern}*1..${hops}]${arrow}(b))
        WHERE all(r IN relationships(p) WHERE ${edgeCondition('r')})
        ${project} LIMIT $limit`;
    }
    const found = await tx.run<{ nodeIds: string[]; rels: RelationRow[] }>(cypher, params);
    const raw = found.records.map((r) => ({ nodeIds: r.get('nodeIds'), rels: r.get('rels').map(toRelation) }));

    const allIds = [...new Set(raw.flatMap((p) => p.nodeIds))];
    const summaries = await tx.run<{ entity: EntitySummary }>(`UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN ${entitySummary('n')} AS entity`, { ids: allIds });
    const byId = new Map(summaries.records.map((r) => [r.get('entity').id, toEntity(r.get('entity'))]));
    const evidence = await evidenceFor(tx, [...new Set(raw.flatMap((p) => p.rels.map((r) => r.id)))]);

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
