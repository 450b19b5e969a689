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
 * says they fall outside it. An edge whose newest review rejects it is left out unless the
 * filter keeps rejected edges: the review writes its verdict onto the edge (`review`), so the
 * test reads one property of the edge at hand. Parameters: $minConfidence, $fromYear, $toYear,
 * $includeRejected.
 */
export function edgeCondition(r: string): string {
  return `($minConfidence IS NULL OR coalesce(${r}.confidence, 1.0) >= $minConfidence)
    AND ($fromYear IS NULL OR coalesce(${r}.date, toString(${r}.year)) IS NULL OR toInteger(left(coalesce(${r}.date, toString(${r}.year)), 4)) >= $fromYear)
    AND ($toYear IS NULL OR coalesce(${r}.date, toString(${r}.year)) IS NULL OR toInteger(left(coalesce(${r}.date, toString(${r}.year)), 4)) <= $toYear)
    AND ($includeRejected OR coalesce(${r}.review, '') <> 'rejected')`;
}

/** The filter's values as parameters ($minConfidence, $fromYear, $toYear, $includeRejected). */
export function edgeValueParams(filter: EdgeFilter): Record<string, unknown> {
  return { minConfidence: filter.minConfidence ?? null, fromYear: filter.fromYear ?? null, toYear: filter.toYear ?? null, includeRejected: filter.includeRejected };
}
