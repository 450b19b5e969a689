import type { ManagedTransaction } from 'neo4j-driver';
import { rejectedRelationIds } from './fragments';

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
 * says they fall outside it. Parameters: $minConfidence, $fromYear, $toYear, $rejected.
 */
export function edgeCondition(r: string): string {
  return `($minConfidence IS NULL OR coalesce(${r}.confidence, 1.0) >= $minConfidence)
    AND ($fromYear IS NULL OR coalesce(${r}.date, toString(${r}.year)) IS NULL OR toInteger(left(coalesce(${r}.date, toString(${r}.year)), 4)) >= $fromYear)
    AND ($toYear IS NULL OR coalesce(${r}.date, toString(${r}.year)) IS NULL OR toInteger(left(coalesce(${r}.date, toString(${r}.year)), 4)) <= $toYear)
    AND NOT coalesce(${r}.id, '') IN $rejected`;
}

export async function edgeParams(tx: ManagedTransaction, filter: EdgeFilter): Promise<Record<string, unknown>> {
  return {
    minConfidence: filter.minConfidence ?? null,
    fromYear: filter.fromYear ?? null,
    toYear: filter.toYear ?? null,
    rejected: filter.includeRejected ? [] : await rejectedRelationIds(tx),
  };
}

