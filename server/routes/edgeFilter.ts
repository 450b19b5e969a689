/** The edge filters every graph query takes, from the query string the contract validated. */
type FilterKey = 'types' | 'rels' | 'fromYear' | 'toYear' | 'minConfidence' | 'inferred';
type EdgeFilter<Q> = { [K in FilterKey & keyof Q]: Q[K] } & { includeRejected: boolean };

export function edgeFilterOf<Q extends Partial<Record<FilterKey, unknown>> & { reviewed?: string }>(q: Q): EdgeFilter<Q> {
  const { types, rels, fromYear, toYear, minConfidence, inferred } = q;
  // Rejected edges stay hidden unless the analyst asks for every review state.
  return { types, rels, fromYear, toYear, minConfidence, inferred, includeRejected: q.reviewed === 'all' } as EdgeFilter<Q>;
}
