import { relationshipTypeNames } from '../../graph/ontology';

/**
 * The analyst routes in the OpenAPI document: accounts, annotations, analyst edges, reviews,
 * merges and the audit. server/openapi.ts merges these into its paths and schemas.
 */
type Json = Record<string, unknown>;

const ref = (name: string): Json => ({ $ref: `#/components/schemas/${name}` });
const str = { type: 'string' };
const num = { type: 'number' };
const int = { type: 'integer' };
const arr = (items: Json): Json => ({ type: 'array', items });
const obj = (properties: Json, required: string[] = Object.keys(properties)): Json => ({ type: 'object', properties, required });
const nullable = (type: string): Json => ({ type: [type, 'null'] });
const idPath: Json = { name: 'id', in: 'path', required: true, schema: ref('Id') };
const q = (name: string, schema: Json, description: string): Json => ({ name, in: 'query', required: false, schema, description });
const body = (schema: Json): Json => ({ required: true, content: { 'application/json': { schema } } });
const ok = (schema: Json, status = 200): Json => ({ [status]: { description: 'OK', content: { 'application/json': { schema } } } });
const describe: Record<number, string> = {
  400: 'A bad field; the message names it.',
  401: 'Not logged in (or an unknown API token).',
  403: 'Role too low, not the author, or a missing X-CSRF-Token on a cookie session.',
  404: 'Unknown id.',
  409: 'A stale version, or a state that forbids the change.',
  429: 'Too many failed logins.',
  503: 'The graph is unreachable.',
};
const errors = (...codes: number[]): Json =>
  Object.fromEntries(codes.map((c) => [String(c), { description: describe[c], content: { 'application/json': { schema: ref('Error') } } }]));
const write = { description: 'Needs the analyst role: the session cookie plus the X-CSRF-Token header, or Authorization: Bearer <API token>.' };
const writeErrors = [400, 401, 403, 503];

export const analystSchemas: Json = {
  User: obj({ username: str, role: { enum: ['viewer', 'analyst', 'admin'] } }),
  AnnotationInput: obj(
    { text: { type: 'string', minLength: 1, maxLength: 10000, description: 'Plain text or a safe Markdown subset (rendered as DOM, never HTML).' }, stance: { enum: ['supports', 'disputes', 'note'], default: 'note' }, confidence: { type: ['number', 'null'], minimum: 0, maximum: 1 }, tags: arr(str) },
    ['text'],
  ),
  Annotation: obj({ id: str, targetId: str, targetKind: { enum: ['relation', 'entity'] }, text: str, stance: { enum: ['supports', 'disputes', 'note'] }, confidence: nullable('number'), tags: arr(str), author: str, version: int, createdAt: str, updatedAt: str }),
  AnnotationRevision: obj({ id: str, annotationId: str, version: int, text: str, stance: str, confidence: nullable('number'), tags: arr(str), editor: str, at: str, action: { enum: ['create', 'update', 'delete'] } }),
  Review: obj({ id: str, relId: str, state: { enum: ['confirmed', 'rejected'] }, author: str, comment: nullable('string'), at: str }),
  AuditEvent: obj({ id: str, at: str, actor: str, action: str, targetId: str, detail: { type: 'object' } }),
};

const annotationRoutes = (kind: string): Json => ({
  get: { summary: `Live annotations on a ${kind}, oldest first`, parameters: [idPath], responses: { ...ok(obj({ annotations: arr(ref('Annotation')) })), ...errors(400, 503) } },
  post: { summary: `Annotate a ${kind}`, ...write, parameters: [idPath], requestBody: body(ref('AnnotationInput')), responses: { ...ok(obj({ annotation: ref('Annotation') }), 201), ...errors(...writeErrors, 404) } },
});

export const analystPaths: Record<string, Json> = {
  '/api/auth/login': {
    post: {
      summary: 'Log in: sets the HTTP-only session cookie and returns the CSRF token for writes',
      requestBody: body(obj({ username: str, password: str })),
      responses: { ...ok(obj({ user: ref('User'), csrfToken: str })), ...errors(400, 401, 429, 503) },
    },
  },
  '/api/auth/logout': { post: { summary: 'End the session', ...write, responses: { ...ok(obj({ user: { type: 'null' } })), ...errors(403) } } },
  '/api/auth/me': { get: { summary: 'Who is logged in, and the CSRF token for this session', responses: ok(obj({ user: { oneOf: [ref('User'), { type: 'null' }] }, csrfToken: nullable('string') })) } },
  '/api/relations': {
    post: {
      summary: "Assert an analyst's edge (origin analyst, confidence 1)",
      ...write,
      requestBody: body(obj({ type: { enum: relationshipTypeNames }, source: ref('Id'), target: ref('Id'), justification: str, sourceUrl: { type: ['string', 'null'], format: 'uri' } }, ['type', 'source', 'target', 'justification'])),
      responses: { ...ok(obj({ relation: ref('Relation') }), 201), ...errors(...writeErrors) },
    },
  },
  '/api/relations/{id}': {
    delete: { summary: "Retract an analyst's edge (kept, with retractedAt, hidden by default)", ...write, parameters: [idPath], responses: { ...ok(obj({ id: str, retractedAt: str })), ...errors(...writeErrors, 404, 409) } },
  },
  '/api/relations/{id}/annotations': annotationRoutes('relation'),
  '/api/entities/{id}/annotations': annotationRoutes('entity'),
  '/api/annotations/summary': {
    get: { summary: 'Annotation count and stances per target id (for badges)', parameters: [q('ids', str, 'Target ids, comma-separated (at most 500).')], responses: { ...ok(obj({ summaries: { type: 'object', additionalProperties: obj({ count: int, stances: arr(str) }) } })), ...errors(400) } },
  },
  '/api/annotations/{id}': {
    patch: { summary: 'Edit an annotation (author or admin); a stale version is 409', ...write, parameters: [idPath], requestBody: body({ allOf: [obj({ version: int }), { ...ref('AnnotationInput'), required: [] }] }), responses: { ...ok(obj({ annotation: ref('Annotation') })), ...errors(...writeErrors, 404, 409) } },
    delete: { summary: 'Delete an annotation (kept in its history)', ...write, parameters: [idPath, q('version', int, 'Or in the body.')], responses: { ...ok(obj({ annotation: ref('Annotation') })), ...errors(...writeErrors, 404, 409) } },
  },
  '/api/annotations/{id}/history': { get: { summary: 'Every revision: who, what, when', parameters: [idPath], responses: { ...ok(obj({ revisions: arr(ref('AnnotationRevision')) })), ...errors(400, 404) } } },
  '/api/relations/{id}/review': {
    post: { summary: 'Confirm or reject an edge (the newest review is its state)', ...write, parameters: [idPath], requestBody: body(obj({ state: { enum: ['confirmed', 'rejected'] }, comment: nullable('string') }, ['state'])), responses: { ...ok(obj({ review: ref('Review') }), 201), ...errors(...writeErrors, 404) } },
  },
  '/api/relations/{id}/reviews': { get: { summary: 'Every review of an edge, newest first', parameters: [idPath], responses: ok(obj({ reviews: arr(ref('Review')) })) } },
  '/api/entities/merge': {
    post: { summary: 'Merge mergeId into keepId (undo with unmerge)', ...write, requestBody: body(obj({ keepId: ref('Id'), mergeId: ref('Id') })), responses: { ...ok(obj({ merge: obj({ mergeId: str, keepId: str, mergedId: str, movedEdges: int }) }), 201), ...errors(...writeErrors, 404) } },
  },
  '/api/entities/{id}/unmerge': {
    post: { summary: 'Undo the newest merge of this entity', ...write, parameters: [idPath], responses: { ...ok(obj({ unmerge: obj({ mergeId: str, keepId: str, restoredId: str }) })), ...errors(...writeErrors, 404, 409) } },
  },
  '/api/audit': {
    get: {
      summary: 'Audit events, newest first (analysts and admins)',
      parameters: [q('actor', str, 'Username.'), q('action', str, 'e.g. annotation.create'), q('targetId', str, 'The changed thing.'), q('limit', { type: 'integer', minimum: 1, maximum: 500, default: 50 }, 'Page size.'), q('offset', { type: 'integer', minimum: 0, default: 0 }, 'Skip this many.')],
      responses: { ...ok(obj({ events: arr(ref('AuditEvent')), total: int, limit: int, offset: int })), ...errors(400, 401, 403) },
    },
  },
};

/** Adds the analyst paths (merging methods into paths the explore routes already describe). */
export function addAnalystOpenApi(paths: Record<string, Json>, schemas: Json): void {
  for (const [path, methods] of Object.entries(analystPaths)) paths[path] = { ...(paths[path] ?? {}), ...methods };
  Object.assign(schemas, analystSchemas);
}
