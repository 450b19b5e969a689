import type { ManagedTransaction } from 'neo4j-driver';

/** The filters every traversal applies to the edges it may walk (neighbourhoods and paths). */
export interface EdgeFilter {
  rels?: string[];
  fromYear?: number;
  toYear?: number;
  minConfidence?: number;
  inferred: boolean;
  /** true = keep edges an analyst rejected (reviewed=all). */
  includeRejected: boolean;
}

/**
 * The WHERE condition an edge must meet. Edges without a date stay in a date range: nothing
 * says they fall outside it. Parameters: $minConfidence, $fromYear, $toYear, and the list of
 * rejected edge ids (the $rejected parameter, or a variable of the query).
 */
export function edgeCondition(r: string, rejected = '$rejected'): string {
  return `($minConfidence IS NULL OR coalesce(${r}.confidence, 1.0) >= $minConfidence)
    AND ($fromYear IS NULL OR coalesce(${r}.date, toString(${r}.year)) IS NULL OR toInteger(left(coalesce(${r}.date, toString(${r}.year)), 4)) >= $fromYear)
    AND ($toYear IS NULL OR coalesce(${r}.date, toString(${r}.year)) IS NULL OR toInteger(left(coalesce(${r}.date, toString(${r}.year)), 4)) <= $toYear)
    AND NOT coalesce(${r}.id, '') IN ${rejected}`;
}

/** A subquery (CALL () { … }) giving `rejectedIds`: edges whose newest review rejects them. */
export const rejectedRelationIdsQuery = `MATCH (v:Review) WHERE v.relId IS NOT NULL
     WITH v ORDER BY v.at DESC
     WITH v.relId AS relId, head(collect(v.state)) AS state
     WHERE state = 'rejected'
     RETURN collect(relId) AS rejectedIds`;

/** Ids of edges whose newest review rejects them; traversals leave them out. */
export async function rejectedRelationIds(tx: ManagedTransaction): Promise<string[]> {
  const result = await tx.run<{ rejectedIds: string[] }>(rejectedRelationIdsQuery);
  return result.records[0]?.get('rejectedIds') ?? [];
}

/** The filter's values as parameters, without the rejected list. */
export function edgeValueParams(filter: EdgeFilter): Record<string, unknown> {
  return { minConfidence: filter.minConfidence ?? null, fromYear: filter.fromYear ?? null, toYear: filter.toYear ?? null };
}

export async function edgeParams(tx: ManagedTransaction, filter: EdgeFilter): Promise<Record<string, unknown>> {
  return { ...edgeValueParams(filter), rejected: filter.includeRejected ? [] : await rejectedRelationIds(tx) };
}

