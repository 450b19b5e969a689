import { z } from 'zod';
import * as limits from './limits';
import { entityTypeNames, relationshipTypeNames } from './ontology';
import { boolParam, closedListParam, enumParam, idListParam, idSchema, intParam, numberParam, optionalEnumParam, optionalIntParam, text } from './wire';

/** The query strings of the explore routes. */

export const entityTypesParam = closedListParam(entityTypeNames, 'entity type', 'Entity types.');
export const relationshipTypesParam = closedListParam(relationshipTypeNames, 'relationship type', 'Relationship types (none: every type but RELATED_TO).');

const fromYear = optionalIntParam(limits.years, 'Earliest year of an edge (undated edges stay).');
const toYear = optionalIntParam(limits.years, 'Latest year of an edge (undated edges stay).');

/** The filters every traversal applies to the edges it walks (neighbourhoods and paths). */
export const edgeFilterFields = {
  rels: relationshipTypesParam,
  minConfidence: numberParam(0, 1, 'Leave out edges below this confidence.'),
  inferred: boolParam(false, 'Include inferred RELATED_TO (co-occurrence) edges (also included when rels names RELATED_TO).'),
  reviewed: optionalEnumParam(limits.reviewedFilters, '"all" keeps edges an analyst rejected (left out by default).'),
  fromYear,
  toYear,
};

export const searchQuery = z.object({
  q: text
    .trim()
    .min(1, { error: 'type at least one character' })
    .max(limits.searchTextMax, { error: `at most ${limits.searchTextMax} characters` })
    .describe('What the analyst typed, in any script; Lucene syntax is taken literally.'),
  types: entityTypesParam,
  limit: intParam(limits.searchLimit, 'Most results.'),
  langs: idListParam(limits.searchFacetValuesMax, 'Only entities mentioned in documents in these languages (zh-Hant, ja, en…).'),
  documents: idListParam(limits.searchFacetValuesMax, 'Only entities mentioned in these documents.'),
  facets: boolParam(false, 'Also count the matches by entity type, document language and document.'),
});

const oldSpelling = (name: string) => `Old spelling of ${name}, still accepted here; prefer ${name}.`;

/** Neighbourhoods took the year range as from/to before paths named it fromYear/toYear; both are read. */
export const neighborhoodQuery = z
  .object({
    depth: intParam(limits.neighborhoodDepth, 'Hops from the center.'),
    types: closedListParam(entityTypeNames, 'entity type', 'Entity types of the neighbours.'),
    ...edgeFilterFields,
    from: optionalIntParam(limits.years, oldSpelling('fromYear')).meta({ deprecated: true }),
    to: optionalIntParam(limits.years, oldSpelling('toYear')).meta({ deprecated: true }),
    limit: intParam(limits.neighborhoodLimit, 'Most nodes; truncated says when more were there.'),
    order: enumParam(limits.neighborOrders, 'mentions', 'Which neighbours come first when the limit cuts: most mentioned, most connected (degree), or with the most recent edge.'),
  })
  .superRefine((q, ctx) => {
    const earliest = q.fromYear ?? q.from;
    const latest = q.toYear ?? q.to;
    if (earliest !== undefined && latest !== undefined && earliest > latest) {
      ctx.addIssue({ code: 'custom', message: 'must not be before the earliest year', path: [q.toYear === undefined ? 'to' : 'toYear'] });
    }
  })
  .transform(({ from, to, ...q }) => ({ ...q, fromYear: q.fromYear ?? from, toYear: q.toYear ?? to }));

/** How many neighbours an expansion would draw, split by relationship and entity type. */
export const neighborCountsQuery = z
  .object({
    types: closedListParam(entityTypeNames, 'entity type', 'Entity types of the neighbours counted.'),
    ...edgeFilterFields,
  })
  .refine((q) => q.fromYear === undefined || q.toYear === undefined || q.fromYear <= q.toYear, {
    error: 'must not be before "fromYear"',
    path: ['toYear'],
  });

export const pathsQuery = z
  .object({
    from: idSchema.describe('Start entity id.'),
    to: idSchema.describe('End entity id (not the start).'),
    maxHops: intParam(limits.maxHops, 'Longest path.'),
    direction: enumParam(limits.directions, 'any', '"out" follows edges subject → object only.'),
    mode: enumParam(limits.pathModes, 'shortest', 'One shortest path, all shortest paths, or the k shortest.'),
    k: intParam(limits.pathCount, 'How many paths in mode k.'),
    limit: intParam(limits.pathsLimit, 'Most paths.'),
    lang: enumParam(limits.langs, 'en', 'Language of the explanations.'),
    rank: enumParam(limits.pathRankings, 'specificity', 'Order: by what a path tells (specific, dated, confirmed hops with evidence, away from hubs), or by length alone.'),
    exclude: idListParam(limits.pathExcludeMax, 'Entities no path may pass through.'),
    excludeTypes: closedListParam(entityTypeNames, 'entity type', 'Entity types no path may pass through (its ends excepted).'),
    hubPaths: optionalIntParam(limits.hubPaths, 'Most listed paths through hubs (entities with more links than the hub threshold); the others are held back and counted in heldBack. Absent: as ranked.'),
    ...edgeFilterFields,
  })
  .refine((q) => q.from !== q.to, { error: 'must differ from "from"', path: ['to'] })
  .refine((q) => q.fromYear === undefined || q.toYear === undefined || q.fromYear <= q.toYear, {
    error: 'must not be before "fromYear"',
    path: ['toYear'],
  });

export const edgesQuery = z
  .object({
    ids: idListParam(limits.edgesAmongIdsMax, 'Entities whose edges are wanted: among themselves and to "others".'),
    others: idListParam(limits.edgesAmongIdsMax, 'Entities already known (e.g. on a canvas): edges between two of them are left out.'),
    ...edgeFilterFields,
  })
  .refine((q) => q.ids !== undefined && q.ids.length > 0, { error: 'give at least one id', path: ['ids'] })
  .refine((q) => q.fromYear === undefined || q.toYear === undefined || q.fromYear <= q.toYear, {
    error: 'must not be before "fromYear"',
    path: ['toYear'],
  });

export const exportQuery = z.object({
  format: enumParam(limits.exportFormats, 'json', 'File format: JSON nodes and edges, GraphML, GEXF (Gephi), or CSV of edges.'),
  ids: idListParam(limits.exportIdsMax, 'Entity ids; the edges among them are included. Absent: the whole graph.'),
});

/** What the explorer sends: the parsed values, each optional but the ends of a path. */
type Sent<S extends z.ZodType> = { [K in keyof z.output<S>]?: z.output<S>[K] };
export type NeighborhoodQuery = Sent<typeof neighborhoodQuery>;
export type PathQuery = Sent<typeof pathsQuery> & Pick<z.output<typeof pathsQuery>, 'from' | 'to'>;
export type SearchQuery = Sent<typeof searchQuery>;
export type EdgesQuery = Sent<typeof edgesQuery>;
export type NeighborCountsQuery = Sent<typeof neighborCountsQuery>;
