import type { Graph } from '../connection';
import { limits } from './model';
import { searchEntities, type SearchResult } from './search';

// Search with facets: the matches counted by entity type, by the language of the documents that
// mention them and by document, and narrowed by any of these. Counts follow the usual rule of
// faceted search: each facet is counted under the choices made in the other facets, so picking
// a language never empties the language list.

export interface FacetedSearchOptions {
  q: string;
  types?: string[];
  langs?: string[];
  documents?: string[];
  limit: number;
}

export interface FacetValue {
  value: string;
  label: string;
  count: number;
}

export interface SearchFacets {
  types: FacetValue[];
  langs: FacetValue[];
  documents: FacetValue[];
}

/** A candidate with the documents that mention it. */
export interface FacetCandidate {
  entity: SearchResult;
  documents: { id: string; title: string | null; lang: string | null }[];
}

interface Choice {
  types: string[];
  langs: string[];
  documents: string[];
}

const MAX_DOCUMENTS = 10;

export async function searchWithFacets(graph: Graph, options: FacetedSearchOptions): Promise<{ results: SearchResult[]; facets: SearchFacets }> {
  const matches = await searchEntities(graph, { q: options.q, types: [], limit: limits.searchCandidates });
  const candidates = await withDocuments(graph, matches);
  const choice = { types: options.types ?? [], langs: options.langs ?? [], documents: options.documents ?? [] };
  return {
    results: candidates.filter((c) => passes(c, choice)).slice(0, options.limit).map((c) => c.entity),
    facets: countFacets(candidates, choice),
  };
}

async function withDocuments(graph: Graph, matches: SearchResult[]): Promise<FacetCandidate[]> {
  if (matches.length === 0) return [];
  const rows = await graph.read(async (tx) => {
    const res = await tx.run<{ id: string; documents: FacetCandidate['documents'] }>(
      `UNWIND $ids AS id
       MATCH (n:Entity {id: id})
       RETURN id, COLLECT { MATCH (d:Document)-[:MENTIONS]->(n) RETURN {id: d.id, title: d.title, lang: d.lang} } AS documents`,
      { ids: matches.map((m) => m.id) },
    );
    return res.records.map((r) => r.toObject());
  }, limits.timeoutMs);
  const byId = new Map(rows.map((row) => [row.id, row.documents]));
  return matches.map((entity) => ({ entity, documents: byId.get(entity.id) ?? [] }));
}

function passes(candidate: FacetCandidate, choice: Choice, skip?: keyof Choice): boolean {
  if (skip !== 'types' && choice.types.length > 0 && !choice.types.includes(candidate.entity.type)) return false;
  if (skip !== 'langs' && choice.langs.length > 0 && !candidate.documents.some((d) => d.lang !== null && choice.langs.includes(d.lang))) return false;
  if (skip !== 'documents' && choice.documents.length > 0 && !candidate.documents.some((d) => choice.documents.includes(d.id))) return false;
  return true;
}

/** Counts per facet value, each facet under the other facets' choices; most first. */
export function countFacets(candidates: FacetCandidate[], choice: Choice): SearchFacets {
  const tally = (facet: keyof Choice, valuesOf: (c: FacetCandidate) => { value: string; label: string }[]) => {
    const counts = new Map<string, FacetValue>();
    for (const candidate of candidates) {
      if (!passes(candidate, choice, facet)) continue;
      const seen = new Set<string>();
      for (const { value, label } of valuesOf(candidate)) {
        if (seen.has(value)) continue;
        seen.add(value);
        const entry = counts.get(value) ?? { value, label, count: 0 };
        entry.count += 1;
        counts.set(value, entry);
      }
    }
    // A chosen value stays listed (with its count, maybe 0) so it can be unchosen.
    for (const value of choice[facet]) if (!counts.has(value)) counts.set(value, { value, label: value, count: 0 });
    return [...counts.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  };
  return {
    types: tally('types', (c) => [{ value: c.entity.type, label: c.entity.type }]),
    langs: tally('langs', (c) => c.documents.filter((d) => d.lang).map((d) => ({ value: d.lang!, label: d.lang! }))),
    documents: tally('documents', (c) => c.documents.map((d) => ({ value: d.id, label: d.title || d.id }))).slice(0, MAX_DOCUMENTS),
  };
}
