// The shapes of the explorer's API (JSON under /api), as the server documents them.

export interface EntitySummary {
  id: string;
  type: string;
  name: string;
  nameEn: string | null;
  aliases: string[];
  mentions: number;
  degree: number;
}

export interface SearchResult extends EntitySummary {
  score: number;
}

export interface RelationProperties {
  share?: number | string;
  amount?: number | string;
  resource?: string;
  role?: string;
  topic?: string;
  about?: string;
  count?: number;
  weight?: number;
}

export interface Relation {
  id: string;
  type: string;
  source: string;
  target: string;
  properties: RelationProperties;
  date: string | null;
  confidence: number;
  method: string;
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
  documentTitle: string;
  sentence: string;
  start: number;
  end: number;
  sectionPath: string[];
  sources: SourceRef[];
}

export type NodeData = EntitySummary & { label: string; [key: string]: unknown };
export type EdgeData = Relation & { label: string; [key: string]: unknown };

export interface Elements {
  nodes: { data: NodeData }[];
  edges: { data: EdgeData }[];
}

export interface EntityDetail {
  entity: EntitySummary;
  degreeByType: Record<string, number>;
  documents: { id: string; title: string; mentions: number }[];
}

export interface Neighborhood {
  elements: Elements;
  truncated: boolean;
}

export interface PathHop {
  relation: Relation;
  from: string;
  to: string;
  explanation: string;
  evidence: Evidence[];
}

export interface GraphPath {
  length: number;
  nodes: EntitySummary[];
  hops: PathHop[];
}

export interface PathsResult {
  paths: GraphPath[];
  elements: Elements;
}

export interface RelationDetail {
  relation: Relation;
  subject: EntitySummary;
  object: EntitySummary;
  evidence: Evidence[];
}

export interface DocumentSummary {
  id: string;
  title: string;
  author: string | null;
  lang: string;
  chars: number;
  path: string;
  ingestedAt: string;
}

export interface DocumentDetail {
  document: { id: string; title: string; author: string | null; lang: string; text: string };
  mentions: { entityId: string; type: string; start: number; end: number }[];
  evidence: { id: string; relId: string; type: string; start: number; end: number }[];
}

export interface EntityTypeInfo {
  name: string;
  labelZh: string;
  description: string;
  color: string;
  shape: string;
  count: number;
}

export interface RelationshipTypeInfo {
  name: string;
  labelEn: string;
  labelZh: string;
  color: string;
  symmetric?: boolean;
  inferred?: boolean;
  count: number;
}

export interface Schema {
  entityTypes: EntityTypeInfo[];
  relationshipTypes: RelationshipTypeInfo[];
  years: [number, number] | null;
}
