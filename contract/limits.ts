/**
 * Every bound and closed list of the API, written once. Plain values without zod, so the
 * explorer can import them (its form limits) without bundling the validator.
 */

/** An integer parameter's range and the value used when it is absent. */
export interface IntRange {
  min: number;
  max: number;
  default: number;
}

export const maxHops = { min: 1, max: 6, default: 4 } as const satisfies IntRange;
/** How many paths mode "k" returns. */
export const pathCount = { min: 1, max: 10, default: 3 } as const satisfies IntRange;
export const pathsLimit = { min: 1, max: 50, default: 10 } as const satisfies IntRange;
export const neighborhoodDepth = { min: 1, max: 3, default: 1 } as const satisfies IntRange;
export const neighborhoodLimit = { min: 1, max: 1000, default: 200 } as const satisfies IntRange;
export const searchLimit = { min: 1, max: 100, default: 20 } as const satisfies IntRange;
export const auditLimit = { min: 1, max: 500, default: 50 } as const satisfies IntRange;
export const auditOffset = { min: 0, max: 1_000_000, default: 0 } as const satisfies IntRange;
/** Years an edge filter may name (fromYear, toYear). */
export const years = { min: 1000, max: 2999 } as const;
export const searchTextMax = 200;
/** Most values of one search facet in a query (languages, documents). */
export const searchFacetValuesMax = 20;
export const exportIdsMax = 5000;
/** Ids in one ask for the edges among entities (the query string must stay well under 16 kB). */
export const edgesAmongIdsMax = 300;
export const summaryIdsMax = 500;
export const annotationTextMax = 10_000;
export const tagsMax = 20;
export const tagMax = 40;
export const justificationMax = 10_000;
export const reviewCommentMax = 5000;
/** Reviews of one edge listed at once, newest first: every review is kept, but a list is bounded. */
export const reviewListMax = 100;

export const stances = ['supports', 'disputes', 'note'] as const;
export type Stance = (typeof stances)[number];
/** What an annotation says when its author picks no stance. */
export const defaultStance: Stance = 'note';
export const reviewStates = ['confirmed', 'rejected'] as const;
export type ReviewState = (typeof reviewStates)[number];
export const roles = ['viewer', 'analyst', 'admin'] as const;
export type Role = (typeof roles)[number];
export const targetKinds = ['relation', 'entity'] as const;
export type TargetKind = (typeof targetKinds)[number];
export const origins = ['extracted', 'analyst'] as const;

/** "all" keeps edges an analyst rejected; they are left out by default. */
export const reviewedFilters = ['all', 'accepted'] as const;
export const directions = ['any', 'out'] as const;
/** Which neighbours a capped expansion shows first: most mentioned, most connected, most recent edge. */
export const neighborOrders = ['mentions', 'degree', 'recent'] as const;
export type NeighborOrder = (typeof neighborOrders)[number];
export const pathModes = ['shortest', 'all-shortest', 'k'] as const;
/** Paths ranked by what they tell (specific, dated, evidenced hops away from hubs), or shortest first. */
export const pathRankings = ['specificity', 'length'] as const;
export type PathRanking = (typeof pathRankings)[number];
/** How many paths the database hands over to be ranked, at most. */
export const pathCandidates = 100;
export const pathExcludeMax = 50;
/** Paths through hubs a path query lists at most when the client caps them. */
export const hubPaths = { min: 0, max: 50 } as const;
export type PathMode = (typeof pathModes)[number];
export const langs = ['en', 'zh'] as const;
export type Lang = (typeof langs)[number];
export const exportFormats = ['json', 'graphml', 'gexf', 'csv'] as const;
