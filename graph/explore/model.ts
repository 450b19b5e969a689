/**
 * The shapes the explore API returns are the contract's (contract/explore.ts); the graph builds
 * them as plain objects, no driver types.
 */
export type { CyEdge, CyNode, Elements, EntitySummary, Evidence, Relation, RelationProperties, SourceRef } from '../../contract/explore';
export { relationPropertyNames, type RelationPropertyName as RelationProperty } from '../../contract/ontology';

/** Shared bounds: every query the explore API runs is capped by these. */
export const limits = {
  /** Per-transaction timeout for explore reads. */
  timeoutMs: 20_000,
  evidencePerRelation: 20,
  neighborhoodNodes: 1000,
  neighborhoodEdges: 3000,
  /**
   * A neighbourhood reads at most this many edges of one entity per level: above it the entity
   * is a hub (China, LNG: 10,000s of links), ranked among the edges read and reported cut.
   */
  hubScan: 1000,
  /** Links of each type read to estimate a hub's neighbour counts (neighborCounts.ts). */
  hubSample: 100,
  pathsMax: 50,
  /**
   * Edges a shortest-path search reads in all before it gives up: far beyond what two ends six
   * hops apart need on a graph of millions of edges when hubs are not walked (pathSearch.ts).
   */
  pathSearchEdges: 250_000,
  /** (hub, node) pairs a path search checks one by one per level (a few dozen db hits each); past it, the nodes' links are read. */
  pathIntoPairs: 100,
  /** A hub's links a path search reads when it must grow past one (most lead nowhere). */
  pathHubReads: 100,
  /**
   * Time the longer paths of mode k may take (the database's SHORTEST k, past the shortest
   * length): on a graph of millions of edges it can walk for the whole read timeout, so past this
   * the shortest paths are answered alone and the answer says the search was cut.
   */
  pathLongerMs: 3_000,
  searchCandidates: 100,
  exportNodes: 20_000,
  exportEdges: 50_000,
  documentsMax: 1000,
};
