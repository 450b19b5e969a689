import type { Graph } from '../connection';
import { cypherInt, entitySummary, toEntity } from './fragments';
import { limits, type EntitySummary } from './model';
import { foldName, fullTextQuery, queryVariants } from './scripts';

export interface SearchOptions {
  q: string;
  types?: string[];
  limit: number;
}

export interface SearchResult extends EntitySummary {
  score: number;
}

/**
 * Entities by name or alias in any script. The full-text index finds candidates; then exact
 * and prefix matches on a name or alias (compared folded: simplified, lower case) rank first,
 * so 三井物產, 三井物产, Mitsui and mitsui all put Mitsui & Co. on top. When the index finds
 * nothing (one CJK character, a fragment inside a word) a CONTAINS scan over names and aliases
 * takes over.
 */
export async function searchEntities(graph: Graph, { q, types = [], limit }: SearchOptions): Promise<SearchResult[]> {
  const query = fullTextQuery(q);
  const variants = queryVariants(q).map((v) => v.toLowerCase());
  let rows: { entity: EntitySummary; score: number }[] = [];
  if (query) {
    try {
      const res = await graph.read((tx) => tx.run<{ entity: EntitySummary; score: number }>(
        `CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $candidates}) YIELD node, score
         WHERE node:Entity AND (size($types) = 0 OR node.type IN $types)
         RETURN ${entitySummary('node')} AS entity, score`,
        { query, types, candidates: cypherInt(limits.searchCandidates) },
      ), limits.timeoutMs);
      rows = res.records.map((r) => r.toObject());
    } catch (err) {
      // The query is escaped, so the index refusing it is unexpected; the substring scan still answers.
      if (!/Procedure|Lucene|Parse/i.test(String((err as { code?: string }).code ?? '') + String(err))) throw err;
    }
  }
  if (rows.length === 0) {
    rows = await graph.read(async (tx) => {
      const res = await tx.run<{ entity: EntitySummary; score: number }>(
        `MATCH (n:Entity)
         WHERE (size($types) = 0 OR n.type IN $types)
           AND any(v IN $variants WHERE toLower(n.name) CONTAINS v OR toLower(coalesce(n.nameEn, '')) CONTAINS v
                   OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) CONTAINS v)
                   OR toLower(coalesce(n.searchText, '')) CONTAINS v)
         RETURN ${entitySummary('n')} AS entity, 0.0 AS score
         ORDER BY n.mentions DESC LIMIT $candidates`,
        { variants, types, candidates: cypherInt(limits.searchCandidates) },
      );
      return res.records.map((r) => r.toObject());
    }, limits.timeoutMs);
  }

  const folded = foldName(q);
  return rows
    .map(({ entity, score }) => {
      const e = toEntity(entity);
      return { ...e, score: score + 10 * matchRank(e, folded) };
    })
    .sort((a, b) => b.score - a.score || b.mentions - a.mentions || a.name.localeCompare(b.name))
    .slice(0, limit)
    .map((r) => ({ ...r, score: Math.round(r.score * 1000) / 1000 }));
}

/** 3 = a name or alias equals the query, 2 = starts with it, 1 = contains it, 0 = index match only. */
function matchRank(entity: EntitySummary, foldedQuery: string): number {
  const names = [entity.name, entity.nameEn ?? '', ...entity.aliases].filter(Boolean).map(foldName);
  if (names.some((n) => n === foldedQuery)) return 3;
  if (names.some((n) => n.startsWith(foldedQuery))) return 2;
  if (names.some((n) => n.includes(foldedQuery))) return 1;
  return 0;
}
