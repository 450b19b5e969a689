/** The shapes the explore API returns (see the API contract); plain objects, no driver types. */

export interface EntitySummary {
  id: string;
  type: string;
  name: string;
  nameEn: string | null;
  aliases: string[];
  mentions: number;
  degree: number;
}

export type RelationProperty = 'share' | 'amount' | 'resource' | 'role' | 'topic' | 'about' | 'count' | 'weight' | 'year';
export const relationPropertyNames: RelationProperty[] = ['share', 'amount', 'resource', 'role', 'topic', 'about', 'count', 'weight', 'year'];

export interface Relation {
  id: string;
  type: string;
  source: string;
  target: string;
  properties: Partial<Record<RelationProperty, string | number>>;
  date: string | null;
  confidence: number;
  method: string | null;
  origin: 'extracted' | 'analyst';
  inferred: boolean;
  review: 'confirmed' | 'rejected' | null;
  evidenceCount: number;
  annotationCount: number;
}

export interface SourceRef {
  id: string;
  title: string | null;
  author: string | null;
  publisher: string | null;
  date: string | null;
  url: string | null;
}

export interface Evidence {
  id: string;
  relId: string;
  documentId: string;
  documentTitle: string | null;
  sentence: string;
  start: number;
  end: number;
  sectionPath: string[];
  /** The printed page of the sentence (PDF documents). */
  page: number | null;
  sources: SourceRef[];
}

export interface CyNode {
  data: EntitySummary & { label: string };
}
export interface CyEdge {
  data: Relation & { label: string };
}
export interface Elements {
  nodes: CyNode[];
  edges: CyEdge[];
}

/** Shared bounds: every query the explore API runs is capped by these. */
export const limits = {
  /** Per-transaction timeout for explore reads. */
  timeoutMs: 20_000,
  evidencePerRelation: 20,
  neighborhoodNodes: 1000,
  neighborhoodEdges: 3000,
  pathsMax: 50,
  searchCandidates: 100,
  exportNodes: 20_000,
  exportEdges: 50_000,
  documentsMax: 1000,
};
