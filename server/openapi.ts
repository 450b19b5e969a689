import { Router } from 'express';
import { z } from 'zod';
import { apiRoutes, namedShapes, type ApiRoute } from '../contract/routes';
import { wireSchemas } from '../contract/wire';

/**
 * The OpenAPI 3.1 description of the whole API at /api/openapi.json, generated from the
 * contract's zod schemas (contract/routes.ts): what the server validates is what it documents.
 */
type Json = Record<string, unknown>;

const schemaRef = (name: string): Json => ({ $ref: `#/components/schemas/${name}` });
const uri = (id: string) => `#/components/schemas/${id}`;

const errorMeaning: Record<number, string> = {
  400: 'A bad parameter or field; the message names it.',
  401: 'Not logged in (or an unknown API token).',
  403: 'Role too low, not the author, or a missing X-CSRF-Token on a cookie session.',
  404: 'Unknown id.',
  409: 'A stale version, or a state that forbids the change.',
  413: 'Too large: a file, the whole upload or the number of files passes its limit (the message names it).',
  429: 'Too many requests: failed logins, reads from this client, or expensive reads waiting (see Retry-After).',
  503: 'The graph is unreachable or the query timed out.',
};

const errorShape = z.object({ error: z.object({ code: z.string(), message: z.string() }) });
const idShape: Json = { type: 'string', pattern: '^[A-Za-z0-9._:-]{1,200}$' };

/** Query values are documented as sent (an integer with its range), not as the text that parses them. */
function asSent(ctx: { zodSchema: z.core.$ZodTypes; jsonSchema: z.core.JSONSchema.BaseSchema }): void {
  const wire = wireSchemas.get(ctx.zodSchema);
  if (!wire) return;
  const { description, deprecated } = ctx.jsonSchema;
  for (const key of Object.keys(ctx.jsonSchema)) delete ctx.jsonSchema[key];
  Object.assign(ctx.jsonSchema, description ? { description } : {}, deprecated ? { deprecated } : {}, wire.schema);
}

function toJson(schema: z.ZodType, io: 'input' | 'output'): Json {
  const json = z.toJSONSchema(schema, { io, override: asSent, unrepresentable: 'any' }) as Json;
  delete json.$schema;
  return json;
}

/** The answers and shared shapes, converted together so answers refer to the shared shapes by $ref. */
function answerSchemas(): { components: Record<string, Json>; answerName: Map<ApiRoute, string> } {
  const registry = z.registry<{ id: string }>();
  for (const [name, shape] of Object.entries(namedShapes)) registry.add(shape, { id: name });
  const answerName = new Map<ApiRoute, string>();
  for (const route of apiRoutes) {
    if (!route.answer) continue;
    const known = registry.get(route.answer)?.id;
    const name = known ?? `${route.operationId[0].toUpperCase()}${route.operationId.slice(1)}Answer`;
    if (!known) registry.add(route.answer, { id: name });
    answerName.set(route, name);
  }
  const { schemas } = z.toJSONSchema(registry, { io: 'output', uri, unrepresentable: 'any' }) as { schemas: Record<string, Json> };
  for (const schema of Object.values(schemas)) {
    delete schema.$schema;
    delete schema.$id;
  }
  return { components: schemas, answerName };
}

/** A query schema's fields as OpenAPI query parameters. */
function queryParameters(query: z.ZodType): Json[] {
  const json = toJson(query, 'input') as { properties?: Record<string, Json>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, field]) => {
    const { description, deprecated, ...schema } = field;
    return { name, in: 'query', required: json.required?.includes(name) ?? false, schema, description, ...(deprecated ? { deprecated } : {}) };
  });
}

/** A multipart body of files under one field name. */
function uploadShape(field: string): Json {
  return { type: 'object', properties: { [field]: { type: 'array', items: { type: 'string', format: 'binary' } } }, required: [field] };
}

function operation(route: ApiRoute, answerName: string | undefined): Json {
  const pathParams = [...route.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({ name, in: 'path', required: true, schema: schemaRef('Id') }));
  const parameters = [...pathParams, ...(route.query ? queryParameters(route.query) : [])];
  const success = route.files
    ? { description: 'An attachment', content: Object.fromEntries(route.files.map((type) => [type, {}])) }
    : { description: 'OK', content: { 'application/json': { schema: answerName ? schemaRef(answerName) : { type: 'object' } } } };
  const errors = Object.fromEntries(
    route.errors.map((status) => [String(status), { description: errorMeaning[status], content: { 'application/json': { schema: schemaRef('Error') } } }]),
  );
  const access = route.write ? 'Needs the analyst role: the session cookie plus the X-CSRF-Token header, or Authorization: Bearer <API token>.' : undefined;
  const description = [route.description, access].filter(Boolean).join(' ');
  return {
    operationId: route.operationId,
    summary: route.summary,
    ...(description ? { description } : {}),
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(route.body ? { requestBody: { required: true, content: { 'application/json': { schema: toJson(route.body, 'input') } } } } : {}),
    ...(route.upload ? { requestBody: { required: true, content: { 'multipart/form-data': { schema: uploadShape(route.upload) } } } } : {}),
    responses: { [String(route.status ?? 200)]: success, ...errors },
  };
}

export function openApiDocument(): Json {
  const { components, answerName } = answerSchemas();
  const paths: Record<string, Json> = {};
  for (const route of apiRoutes) {
    const key = `/api${route.path}`;
    paths[key] = { ...(paths[key] ?? {}), [route.method]: operation(route, answerName.get(route)) };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Energy and resource geopolitics graph API',
      version: '0.1.0',
      description:
        'Errors are {"error": {"code", "message"}}: 400 invalid_request names the bad field, 404 not_found, 503 graph_unavailable or query_timeout. ' +
        'Year ranges are fromYear/toYear everywhere; neighbourhoods still accept the older from/to.',
    },
    paths,
    components: { schemas: { Id: idShape, Error: toJson(errorShape, 'output'), ...components } },
  };
}

export function openApiRoutes(): Router {
  const router = Router();
  // Built once: the contract does not change while the server runs.
  let document: Json | undefined;
  router.get('/openapi.json', (_req, res) => {
    document ??= openApiDocument();
    res.json(document);
  });
  return router;
}
