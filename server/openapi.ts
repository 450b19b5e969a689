import { Router } from 'express';
import { entityTypeNames, relationshipTypeNames } from '../graph/ontology';
import { addAnalystOpenApi } from './auth/openapi';

/**
 * The OpenAPI 3.1 description of the whole API at /api/openapi.json. Each group of routes adds
 * its paths to `openApiPaths` (the explore routes below; the analyst routes add theirs).
 */
type Json = Record<string, unknown>;

const ref = (name: string): Json => ({ $ref: `#/components/schemas/${name}` });
const q = (name: string, schema: Json, description: string, required = false): Json => ({ name, in: 'query', required, schema, description });
const idPath = (what: string): Json => ({ name: 'id', in: 'path', required: true, schema: ref('Id'), description: `The ${what}'s stable id.` });
const json = (schema: Json, description = 'OK'): Json => ({ description, content: { 'application/json': { schema } } });
const errors = (...codes: number[]): Json =>
  Object.fromEntries(
    codes.map((c) => [String(c), { description: { 400: 'A bad parameter; the message names it.', 404: 'Unknown id.', 503: 'The graph is unreachable or the query timed out.' }[c] ?? 'Error', content: { 'application/json': { schema: ref('Error') } } }]),
  );
const obj = (properties: Json, required: string[] = Object.keys(properties)): Json => ({ type: 'object', properties, required });
const arr = (items: Json): Json => ({ type: 'array', items });
const str = { type: 'string' };
const num = { type: 'number' };
const int = { type: 'integer' };
const nullable = (type: string): Json => ({ type: [type, 'null'] });

const edgeFilters = [
  q('rels', str, `Relationship types, comma-separated: ${relationshipTypeNames.join(', ')}.`),
  q('minConfidence', { type: 'number', minimum: 0, maximum: 1 }, 'Leave out edges below this confidence.'),
  q('inferred', { type: 'boolean', default: false }, 'Include inferred RELATED_TO (co-occurrence) edges (also included when rels names RELATED_TO).'),
  q('reviewed', { enum: ['all', 'accepted'] }, '"all" keeps edges an analyst rejected (left out by default).'),
];

export const openApiSchemas: Json = {
  Id: { type: 'string', pattern: '^[A-Za-z0-9._:-]{1,200}$' },
  Error: obj({ error: obj({ code: str, message: str }) }),
  EntitySummary: obj({ id: str, type: { enum: entityTypeNames }, name: str, nameEn: nullable('string'), aliases: arr(str), mentions: int, degree: int }),
  Relation: obj({
    id: str, type: { enum: relationshipTypeNames }, source: str, target: str,
    properties: obj({ share: num, amount: { type: ['string', 'number'] }, resource: str, role: str, topic: str, about: str, count: num, weight: num, year: { type: ['string', 'number'] } }, []),
    date: nullable('string'), confidence: num, method: nullable('string'), origin: { enum: ['extracted', 'analyst'] }, inferred: { type: 'boolean' },
    review: { enum: ['confirmed', 'rejected', null] }, evidenceCount: int, annotationCount: int,
  }),
  Source: obj({ id: str, title: nullable('string'), author: nullable('string'), publisher: nullable('string'), date: nullable('string'), url: nullable('string') }),
  Evidence: obj({ id: str, relId: str, documentId: str, documentTitle: nullable('string'), sentence: str, start: int, end: int, sectionPath: arr(str), sources: arr(ref('Source')) }),
  Elements: obj({
    nodes: arr(obj({ data: { allOf: [ref('EntitySummary'), obj({ label: str })] } })),
    edges: arr(obj({ data: { allOf: [ref('Relation'), obj({ label: str })] } })),
  }),
};

export const openApiPaths: Record<string, Json> = {
  '/api/health': { get: { summary: 'Neo4j version, database and counts', responses: { 200: json({ type: 'object' }), ...errors(503) } } },
  '/api/search': {
    get: {
      summary: 'Entities by name or alias in any script (exact and prefix matches first)',
      parameters: [
        q('q', { type: 'string', minLength: 1, maxLength: 200 }, 'What the analyst typed; Lucene syntax is taken literally.', true),
        q('types', str, `Entity types, comma-separated: ${entityTypeNames.join(', ')}.`),
        q('limit', { type: 'integer', minimum: 1, maximum: 100, default: 20 }, 'Most results.'),
      ],
      responses: { 200: json(obj({ results: arr({ allOf: [ref('EntitySummary'), obj({ score: num })] }) })), ...errors(400, 503) },
    },
  },
  '/api/entities/{id}': {
    get: {
      summary: 'One entity, its degree by relationship type and the documents that mention it',
      parameters: [idPath('entity')],
      responses: { 200: json(obj({ entity: ref('EntitySummary'), degreeByType: { type: 'object', additionalProperties: int }, documents: arr(obj({ id: str, title: nullable('string'), mentions: int })) })), ...errors(400, 404, 503) },
    },
  },
  '/api/entities/{id}/neighborhood': {
    get: {
      summary: 'Cytoscape elements within depth hops of the entity (center included)',
      parameters: [
        idPath('entity'),
        q('depth', { type: 'integer', minimum: 1, maximum: 3, default: 1 }, 'Hops from the center.'),
        q('types', str, 'Entity types of the neighbours, comma-separated.'),
        q('from', { type: 'integer', minimum: 1000, maximum: 2999 }, 'Earliest year of an edge (undated edges stay).'),
        q('to', { type: 'integer', minimum: 1000, maximum: 2999 }, 'Latest year of an edge (undated edges stay).'),
        ...edgeFilters,
        q('limit', { type: 'integer', minimum: 1, maximum: 1000, default: 200 }, 'Most nodes; truncated says when more were there.'),
      ],
      responses: { 200: json(obj({ elements: ref('Elements'), truncated: { type: 'boolean' } })), ...errors(400, 404, 503) },
    },
  },
  '/api/paths': {
    get: {
      summary: 'Paths between two entities, each hop with its relation, evidence and a plain sentence',
      parameters: [
        q('from', ref('Id'), 'Start entity id.', true),
        q('to', ref('Id'), 'End entity id (not the start).', true),
        q('maxHops', { type: 'integer', minimum: 1, maximum: 6, default: 4 }, 'Longest path.'),
        q('direction', { enum: ['any', 'out'], default: 'any' }, '"out" follows edges subject → object only.'),
        q('mode', { enum: ['shortest', 'all-shortest', 'k'], default: 'shortest' }, 'One shortest path, all shortest paths, or the k shortest.'),
        q('k', { type: 'integer', minimum: 1, maximum: 10, default: 3 }, 'How many paths in mode k.'),
        q('limit', { type: 'integer', minimum: 1, maximum: 50, default: 10 }, 'Most paths.'),
        q('lang', { enum: ['zh', 'en'], default: 'en' }, 'Language of the explanations.'),
        q('fromYear', int, 'Earliest year of an edge.'),
        q('toYear', int, 'Latest year of an edge.'),
        ...edgeFilters,
      ],
      responses: {
        200: json(obj({
          paths: arr(obj({ length: int, nodes: arr(ref('EntitySummary')), hops: arr(obj({ relation: ref('Relation'), from: str, to: str, explanation: str, evidence: arr(ref('Evidence')) })) })),
          elements: ref('Elements'),
        })),
        ...errors(400, 404, 503),
      },
    },
  },
  '/api/relations/{id}': {
    get: {
      summary: 'One edge with both ends and all its evidence',
      parameters: [idPath('relation')],
      responses: { 200: json(obj({ relation: ref('Relation'), subject: ref('EntitySummary'), object: ref('EntitySummary'), evidence: arr(ref('Evidence')) })), ...errors(400, 404, 503) },
    },
  },
  '/api/documents': {
    get: {
      summary: 'The ingested documents',
      responses: { 200: json(obj({ documents: arr(obj({ id: str, title: nullable('string'), author: nullable('string'), lang: nullable('string'), chars: nullable('integer'), path: nullable('string'), ingestedAt: nullable('string') })) })), ...errors(503) },
    },
  },
  '/api/documents/{id}': {
    get: {
      summary: 'A document text with its mention and evidence spans (offsets into text)',
      parameters: [idPath('document')],
      responses: {
        200: json(obj({
          document: obj({ id: str, title: nullable('string'), author: nullable('string'), lang: nullable('string'), text: str }),
          mentions: arr(obj({ entityId: str, type: nullable('string'), start: int, end: int })),
          evidence: arr(obj({ id: str, relId: str, type: nullable('string'), start: int, end: int })),
        })),
        ...errors(400, 404, 503),
      },
    },
  },
  '/api/schema': {
    get: {
      summary: 'Entity and relationship types with styles and counts, and the span of years',
      responses: {
        200: json(obj({
          entityTypes: arr(obj({ name: str, labelZh: str, description: str, color: str, shape: str, count: int })),
          relationshipTypes: arr(obj({ name: str, labelEn: str, labelZh: str, color: str, symmetric: { type: 'boolean' }, inferred: { type: 'boolean' }, count: int })),
          years: { oneOf: [{ type: 'array', items: int, minItems: 2, maxItems: 2 }, { type: 'null' }] },
        })),
        ...errors(503),
      },
    },
  },
  '/api/stats': {
    get: {
      summary: 'Counts of documents, entities and relationships by type, evidence, sources, annotations',
      responses: {
        200: json(obj({
          documents: int,
          entities: obj({ total: int, byType: { type: 'object', additionalProperties: int } }),
          relationships: obj({ total: int, byType: { type: 'object', additionalProperties: int } }),
          evidence: int, sources: int, annotations: int,
        })),
        ...errors(503),
      },
    },
  },
  '/api/export': {
    get: {
      summary: 'The graph or a selection as a file (JSON nodes+edges, GraphML, or CSV of edges)',
      parameters: [
        q('format', { enum: ['json', 'graphml', 'csv'], default: 'json' }, 'File format.'),
        q('ids', str, 'Entity ids, comma-separated (at most 5000); the edges among them are included. Absent: the whole graph.'),
      ],
      responses: {
        200: { description: 'An attachment', content: { 'application/json': {}, 'application/graphml+xml': {}, 'text/csv': {} } },
        ...errors(400, 503),
      },
    },
  },
  '/api/openapi.json': { get: { summary: 'This document', responses: { 200: json({ type: 'object' }) } } },
};

addAnalystOpenApi(openApiPaths, openApiSchemas);

export function openApiDocument(): Json {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Energy and resource geopolitics graph API',
      version: '0.1.0',
      description: 'Errors are {"error": {"code", "message"}}: 400 invalid_request names the bad field, 404 not_found, 503 graph_unavailable or query_timeout.',
    },
    paths: openApiPaths,
    components: { schemas: openApiSchemas },
  };
}

export function openApiRoutes(): Router {
  const router = Router();
  router.get('/openapi.json', (_req, res) => {
    res.json(openApiDocument());
  });
  return router;
}
