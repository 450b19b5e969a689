import request from 'supertest';
import type { Express } from 'express';
import { createApp } from '../../server/app';
import { openApiDocument } from '../../server/openapi';
import type { Graph } from '../../graph/connection';
import { maxHops } from '../../contract/limits';
import { apiRoutes } from '../../contract/routes';
import { mountedRoutes } from '../helpers/expressRoutes';

/**
 * The OpenAPI document against the Express app itself: every mounted route is documented with
 * the schema it validates with, and a documented limit is the one the server enforces. No
 * database: requests here either fail validation or stop at a graph that refuses every call.
 */
const noDatabase = new Proxy({} as Graph, {
  get: (_target, name) => {
    throw new Error(`this test has no database (graph.${String(name)})`);
  },
});
const app = () => createApp({ graph: noDatabase, clientDir: '/nonexistent' });

type Operation = { parameters?: { name: string; in: string; schema: Record<string, unknown> }[]; requestBody?: { content: Record<string, { schema: { properties?: object } }> } };
const document = openApiDocument() as { paths: Record<string, Record<string, Operation>> };
const routes = mountedRoutes(app()).map(({ method, path }) => ({ method, path }));
type Mounted = (typeof routes)[number];

describe('the OpenAPI document', () => {
  it('finds the API routes in the app', () => {
    expect(routes.length).toBeGreaterThan(25);
    expect(routes).toContainEqual({ method: 'get', path: '/api/paths' });
  });

  it('documents every route the app mounts, and nothing it does not', () => {
    const documented = Object.entries(document.paths).flatMap(([path, methods]) => Object.keys(methods).map((method) => ({ method, path })));
    const key = (r: Mounted) => `${r.method.toUpperCase()} ${r.path}`;
    expect(documented.map(key).sort()).toEqual([...new Set(routes.map(key))].sort());
  });

  it('gives each route its request schema: path ids, query parameters and JSON bodies', () => {
    for (const { method, path } of routes) {
      const op = document.paths[path][method];
      const pathParams = [...path.matchAll(/\{(\w+)\}/g)].map(([, name]) => name);
      expect(op.parameters?.filter((p) => p.in === 'path').map((p) => p.name) ?? []).toEqual(pathParams);
      // An upload's body is multipart (its files), not JSON.
      if (['post', 'patch'].includes(method) && !path.endsWith('/logout') && !path.endsWith('/unmerge') && !op.requestBody?.content['multipart/form-data']) {
        expect(op.requestBody?.content['application/json'].schema.properties).toBeDefined();
      }
    }
    const queryNames = (path: string) => document.paths[path].get.parameters?.filter((p) => p.in === 'query').map((p) => p.name);
    expect(queryNames('/api/paths')).toEqual(expect.arrayContaining(['from', 'to', 'maxHops', 'rels', 'direction', 'mode', 'k', 'limit', 'lang', 'fromYear', 'toYear']));
    expect(queryNames('/api/entities/{id}/neighborhood')).toEqual(expect.arrayContaining(['depth', 'types', 'rels', 'fromYear', 'toYear', 'from', 'to', 'limit']));
    expect(queryNames('/api/search')).toEqual(['q', 'types', 'limit', 'langs', 'documents', 'facets']);
  });

  it('marks the old neighbourhood year names as deprecated, with the new ones named', () => {
    const params = document.paths['/api/entities/{id}/neighborhood'].get.parameters ?? [];
    for (const [old, now] of [['from', 'fromYear'], ['to', 'toYear']]) {
      const param = params.find((p) => p.name === old) as { deprecated?: boolean; description?: string };
      expect(param.deprecated).toBe(true);
      expect(param.description).toContain(now);
    }
  });
});

const closedPaths = new Set(apiRoutes.filter((r) => r.method === 'get' && r.role).map((r) => `/api${r.path}`));

/** Every integer query parameter the document bounds, on a route a visitor can call. */
function boundedParameters(): { path: string; name: string; maximum: number; minimum: number }[] {
  const cases: { path: string; name: string; maximum: number; minimum: number }[] = [];
  for (const [path, methods] of Object.entries(document.paths)) {
    // Closed routes (a role in the route table) check who asks before they read the query: a
    // refusal tells nothing of it, so an anonymous call never reaches the bounds.
    if (closedPaths.has(path)) continue;
    for (const p of methods.get?.parameters ?? []) {
      if (p.in === 'query' && p.schema.type === 'integer' && typeof p.schema.maximum === 'number') {
        cases.push({ path, name: p.name, maximum: p.schema.maximum, minimum: p.schema.minimum as number });
      }
    }
  }
  return cases;
}

/** The smallest query the route accepts, with `name` set to `value`. */
function query(path: string, name: string, value: number): string {
  const base: Record<string, string> = path === '/api/paths' ? { from: 'a', to: 'b' } : path === '/api/search' ? { q: 'x' } : {};
  return new URLSearchParams({ ...base, [name]: String(value) }).toString();
}

const url = (path: string) => path.replace('{id}', 'some-id');

async function get(server: Express, path: string, search: string) {
  return request(server).get(`${url(path)}?${search}`);
}

describe('documented limits are the server limits', () => {
  it('maxHops: the document says the contract number, the server rejects one more', async () => {
    const param = document.paths['/api/paths'].get.parameters?.find((p) => p.name === 'maxHops');
    expect(param?.schema).toEqual({ type: 'integer', minimum: maxHops.min, maximum: maxHops.max, default: maxHops.default });
    const above = await get(app(), '/api/paths', query('/api/paths', 'maxHops', maxHops.max + 1));
    expect(above.status).toBe(400);
    expect(above.body.error.message).toBe(`Invalid "maxHops": must be at most ${maxHops.max}.`);
    // At the limit the request passes validation and goes on to the graph (absent here, so the
    // server logs a failure: kept out of the test output).
    const quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const at = await get(app(), '/api/paths', query('/api/paths', 'maxHops', maxHops.max));
    quiet.mockRestore();
    expect(at.status).not.toBe(400);
  });

  it.each(boundedParameters().map((c) => [`${c.path} ${c.name}`, c] as const))('%s: one past either bound is a 400 naming it', async (_label, c) => {
    const server = app();
    for (const value of [c.maximum + 1, c.minimum - 1]) {
      const res = await get(server, c.path, query(c.path, c.name, value));
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain(`"${c.name}"`);
    }
  });
});
