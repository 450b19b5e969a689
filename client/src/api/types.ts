// The shapes of the explorer's API (JSON under /api): the contract's own types, imported as
// types only, so the validator never reaches the bundle.
import type { EdgeData as ContractEdgeData, NodeData as ContractNodeData } from '../../../contract/explore';

export type { EntitySummary, Evidence, Relation, RelationProperties, SearchResult, SourceRef } from '../../../contract/explore';
export type {
  DocumentDetail,
  EdgesAnswer,
  EntityDetail,
  EntityTypeInfo,
  GraphPath,
  NeighborCounts,
  Neighborhood,
  PathHop,
  PathsResult,
  RelationDetail,
  RelationshipTypeInfo,
  Schema,
  SearchFacets,
} from '../../../contract/exploreAnswers';
export type { EdgesQuery, NeighborCountsQuery, NeighborhoodQuery, PathQuery } from '../../../contract/exploreQueries';

/** Cytoscape keeps its own fields (positions, classes) beside the API's in an element's data. */
export type NodeData = ContractNodeData & { [key: string]: unknown };
export type EdgeData = ContractEdgeData & { [key: string]: unknown };

export interface Elements {
  nodes: { data: NodeData }[];
  edges: { data: EdgeData }[];
}
