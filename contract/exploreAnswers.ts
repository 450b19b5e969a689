import { z } from 'zod';
import { layout, readerSource } from './reader';
import { cyEdge, elements, entitySummary, evidence, relation, searchResult } from './explore';

/** The answers of the explore routes, one schema per route. */

const count = z.int();
const countsByName = z.record(z.string(), z.int());

export const healthAnswer = z.object({
  status: z.literal('ok'),
  neo4j: z.object({ version: z.string(), edition: z.string(), address: z.string() }),
  database: z.string(),
  counts: z.object({ documents: count, entities: count, relationships: count }),
});

const facetValue = z.object({ value: z.string(), label: z.string(), count });
export const searchFacets = z.object({
  types: z.array(facetValue),
  langs: z.array(facetValue).describe('Languages of the documents that mention the matches.'),
  documents: z.array(facetValue).describe('The documents that mention most matches (at most 10).'),
}).describe('Matches counted per value; each facet counted under the other facets\' choices.');
export type SearchFacets = z.infer<typeof searchFacets>;
export const searchAnswer = z.object({ results: z.array(searchResult), facets: searchFacets.optional().describe('With facets=true.') });
export type SearchAnswer = z.infer<typeof searchAnswer>;

export const entityDetail = z.object({
  entity: entitySummary,
  degreeByType: countsByName,
  documents: z.array(z.object({ id: z.string(), title: z.string().nullable(), mentions: count })),
});
export type EntityDetail = z.infer<typeof entityDetail>;

export const neighborhood = z.object({ elements, truncated: z.boolean().describe('More nodes were there than the limit let in.') });
export type Neighborhood = z.infer<typeof neighborhood>;

export const neighborCounts = z.object({
  total: count.describe('Distinct neighbours under the filters.'),
  byRelationship: countsByName.describe('Distinct neighbours per relationship type.'),
  byEntityType: countsByName.describe('Distinct neighbours per entity type.'),
  estimated: z.boolean().optional().describe("A hub's counts: its links per type, scaled by the share of a sample of them that passes the filters."),
});
export type NeighborCounts = z.infer<typeof neighborCounts>;

export const edgesAnswer = z.object({ edges: z.array(cyEdge), truncated: z.boolean().describe('More edges were there than one answer holds.') });
export type EdgesAnswer = z.infer<typeof edgesAnswer>;

export const pathHop = z.object({
  relation,
  from: z.string(),
  to: z.string(),
  explanation: z.string().describe('The hop in one plain sentence, in the asked language.'),
  evidence: z.array(evidence),
});
export type PathHop = z.infer<typeof pathHop>;
export const graphPath = z.object({
  length: count,
  nodes: z.array(entitySummary),
  hops: z.array(pathHop),
  cost: z.number().describe('Lower tells more: the sum of hop costs and hub penalties (data/paths/ranking.json).'),
  caveats: z.array(z.string()).describe('Why the path tells less: hubs passed through, generic or co-occurrence links.'),
});
export type GraphPath = z.infer<typeof graphPath>;
export const pathsAnswer = z.object({
  paths: z.array(graphPath),
  elements,
  hubs: z.array(z.object({ entity: entitySummary, paths: count })).describe('Hubs the candidate paths pass through, with how many pass through each, most first.'),
  heldBack: count.describe('Paths through hubs left out by hubPaths.'),
  searchCut: z
    .boolean()
    .describe('The search stopped before it was complete (more links to read than it may in time): a path may exist that is not listed. Narrow it with relationship types, exclusions or fewer hops.'),
});
export type PathsResult = z.infer<typeof pathsAnswer>;

/** What an analyst said when asserting an edge by hand (origin analyst). */
export const assertion = z.object({
  justification: z.string(),
  sourceUrl: z.string().nullable(),
  author: z.string().nullable(),
  createdAt: z.string().nullable(),
});
export type Assertion = z.infer<typeof assertion>;
export const relationDetail = z.object({
  relation,
  subject: entitySummary,
  object: entitySummary,
  evidence: z.array(evidence),
  reading: z.string().describe('How the edge was read, in words: the trigger rule and the words of the sentence that fired it.'),
  assertion: assertion.nullable().describe("An analyst edge's justification, source, author and date; null for extracted edges."),
});
export type RelationDetail = z.infer<typeof relationDetail>;

const span = { start: z.int(), end: z.int() };
export const documentDetail = z.object({
  document: z.object({
    id: z.string(), title: z.string().nullable(), author: z.string().nullable(), lang: z.string().nullable(),
    text: z.string().describe('One page of the text: the characters from `from` up to `to`.'),
    chars: z.int().describe('Characters in the whole text.'), from: z.int(), to: z.int(),
  }),
  next: z.int().nullable().describe('Where the next page of the text begins; null on the last page.'),
  mentions: z.array(z.object({ entityId: z.string(), type: z.string().nullable(), ...span })),
  evidence: z.array(z.object({ id: z.string(), relId: z.string(), type: z.string().nullable(), ...span })),
  layout,
  sources: z.array(readerSource).describe('The sources the footnotes of this page became.'),
  entities: z.array(z.object({ id: z.string(), name: z.string(), type: z.string().nullable(), count: z.int() })).describe('Entities the whole document mentions, most mentioned first.'),
});
export type DocumentDetail = z.infer<typeof documentDetail>;

export const entityTypeInfo = z.object({ name: z.string(), labelZh: z.string(), description: z.string(), color: z.string(), shape: z.string(), count });
export type EntityTypeInfo = z.infer<typeof entityTypeInfo>;
export const relationshipTypeInfo = z.object({ name: z.string(), labelEn: z.string(), labelZh: z.string(), color: z.string(), symmetric: z.boolean(), inferred: z.boolean(), count });
export type RelationshipTypeInfo = z.infer<typeof relationshipTypeInfo>;
export const schemaAnswer = z.object({
  entityTypes: z.array(entityTypeInfo),
  relationshipTypes: z.array(relationshipTypeInfo),
  years: z.tuple([z.int(), z.int()]).nullable().describe('The first and last year of a dated edge.'),
});
export type Schema = z.infer<typeof schemaAnswer>;

export const statsAnswer = z.object({
  documents: count,
  entities: z.object({ total: count, byType: countsByName }),
  relationships: z.object({ total: count, byType: countsByName }),
  evidence: count,
  sources: count,
  annotations: count,
});
export type Stats = z.infer<typeof statsAnswer>;
