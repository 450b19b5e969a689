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

/**
 * A query step that keeps the variables `carried` and adds `rejected`: the ids of edges whose
 * newest review rejects them (none when the filter keeps rejected edges). Traversals leave them out.
 */
export function withRejected(carried: string): string {
  return `CALL () {
         MATCH (v:Review) WHERE v.relId IS NOT NULL
         WITH v ORDER BY v.at DESC
         WITH v.relId AS relId, head(collect(v.state)) AS state
         WHERE state = 'rejected'
         RETURN collect(relId) AS rejectedIds
       }
       WITH ${carried}, CASE WHEN $includeRejected THEN [] ELSE rejectedIds END AS rejected`;
}

/** The filter's values as parameters ($minConfidence, $fromYear, $toYear, $includeRejected). */
export function edgeValueParams(filter: EdgeFilter): Record<string, unknown> {
  return { minConfidence: filter.minConfidence ?? null, fromYear: filter.fromYear ?? null, toYear: filter.toYear ?? null, includeRejected: filter.includeRejected };
}
