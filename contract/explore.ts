import { z } from 'zod';
import { origins, reviewStates } from './limits';
import { entityTypeNames, relationProperty, relationPropertyNames, relationshipTypeNames, type RelationPropertyName, type RelationPropertyType } from './ontology';

/** The shapes the explore API answers with: entities, relations, evidence, Cytoscape elements. */

export const entitySummary = z.object({
  id: z.string(),
  type: z.string().meta({ enum: entityTypeNames }),
  name: z.string(),
  nameEn: z.string().nullable(),
  aliases: z.array(z.string()),
  mentions: z.int(),
  degree: z.int().describe('Edges to other entities.'),
});
export type EntitySummary = z.infer<typeof entitySummary>;

export const searchResult = entitySummary.extend({ score: z.number() });
export type SearchResult = z.infer<typeof searchResult>;

const propertyValue: Record<Exclude<RelationPropertyType, 'date'>, () => z.ZodType> = {
  fraction: () => z.number().min(0).max(1),
  number: () => z.number(),
  text: () => z.string(),
  entity: () => z.string(),
  numberOrText: () => z.union([z.number(), z.string()]),
};

/** The relation properties the ontology (data/ontology.json) types and describes, each optional. */
export type RelationProperties = Partial<Record<RelationPropertyName, string | number>>;
export const relationProperties = z.object(
  Object.fromEntries(
    relationPropertyNames.map((name) => {
      const def = relationProperty(name);
      return [name, propertyValue[def.type as Exclude<RelationPropertyType, 'date'>]().optional().describe(def.description)];
    }),
  ),
) as unknown as z.ZodType<RelationProperties>;

export const relation = z.object({
  id: z.string(),
  type: z.string().meta({ enum: relationshipTypeNames }),
  source: z.string().describe('Subject entity id.'),
  target: z.string().describe('Object entity id.'),
  properties: relationProperties,
  date: z.string().nullable().describe('An ISO-8601 prefix: 2023, 2023-11, 2022-06-30.'),
  confidence: z.number().min(0).max(1),
  method: z.string().nullable().describe('The rule or lexicon that produced it; null for analyst edges.'),
  origin: z.enum(origins),
  inferred: z.boolean(),
  review: z.enum(reviewStates).nullable().describe('The newest review.'),
  evidenceCount: z.int(),
  annotationCount: z.int(),
});
export type Relation = z.infer<typeof relation>;

export const sourceRef = z.object({
  id: z.string(),
  title: z.string().nullable(),
  author: z.string().nullable(),
  publisher: z.string().nullable(),
  date: z.string().nullable(),
  url: z.string().nullable(),
});
export type SourceRef = z.infer<typeof sourceRef>;

export const evidence = z.object({
  id: z.string(),
  relId: z.string(),
  documentId: z.string(),
  documentTitle: z.string().nullable(),
  sentence: z.string().describe('The sentence as it stands in the document.'),
  start: z.int().describe('Character offset into the document text.'),
  end: z.int(),
  page: z.int().nullable().describe('The printed page of the sentence (PDF documents), else null.'),
  sectionPath: z.array(z.string()),
  sources: z.array(sourceRef),
});
export type Evidence = z.infer<typeof evidence>;

export const cyNode = z.object({ data: entitySummary.extend({ label: z.string() }) });
export const cyEdge = z.object({ data: relation.extend({ label: z.string() }) });
export type CyNode = z.infer<typeof cyNode>;
export type CyEdge = z.infer<typeof cyEdge>;
export type NodeData = CyNode['data'];
export type EdgeData = CyEdge['data'];
export const elements = z.object({ nodes: z.array(cyNode), edges: z.array(cyEdge) });
export type Elements = z.infer<typeof elements>;
