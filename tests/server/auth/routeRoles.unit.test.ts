import request from 'supertest';
import { createApp } from '../../../server/app';
import type { Graph } from '../../../graph/connection';
import { apiRoutes } from '../../../contract/routes';
import { expressPath } from '../../../server/auth/routeRoles';
import type { RoleGate } from '../../../server/auth/roles';
import { mountedRoutes } from '../../helpers/expressRoutes';

/**
 * The role a route needs is written once, in the route table (contract/routes.ts); the server
 * checks what the table says before the handler runs. No database: an anonymous caller is
 * refused before anything is read.
 */
const noDatabase = new Proxy({} as Graph, {
  get: (_target, name) => {
    throw new Error(`this test has no database (graph.${String(name)})`);
  },
});
const app = createApp({ graph: noDatabase, clientDir: '/nonexistent' });
const isGate = (handler: unknown): handler is RoleGate => typeof handler === 'function' && 'requiredRole' in handler;
const key = (method: string, path: string) => `${method.toUpperCase()} ${path}`;

/** Per mounted route, the roles its mounted checks ask for. */
const checked = new Map<string, string[]>();
for (const route of mountedRoutes(app)) {
  const k = key(route.method, route.path);
  checked.set(k, [...(checked.get(k) ?? []), ...route.handlers.filter(isGate).map((g) => g.requiredRole)]);
}

test('every route the server checks a role on checks the role its table declares, and no other', () => {
  const declared = apiRoutes.filter((r) => r.role);
  expect(declared.length).toBeGreaterThan(20);
  for (const route of apiRoutes) {
    const k = key(route.method, `/api${route.path}`);
    expect({ route: k, roles: checked.get(k) ?? [] }).toEqual({ route: k, roles: route.role ? [route.role] : [] });
  }
  // No check on a path the table does not know.
  const known = new Set(apiRoutes.map((r) => key(r.method, `/api${r.path}`)));
  for (const [k, roles] of checked) if (roles.length > 0) expect(known).toContain(k);
});

test('every write but logging in and out needs at least the analyst role', () => {
  for (const route of apiRoutes.filter((r) => r.method !== 'get' && !r.path.startsWith('/auth/'))) {
    expect({ route: key(route.method, route.path), role: route.role }).toEqual({ route: key(route.method, route.path), role: expect.stringMatching(/^(analyst|admin)$/) });
  }
});

test.each(apiRoutes.filter((r) => r.role).map((r) => [key(r.method, r.path), r] as const))('%s refuses an anonymous caller with 401 before reading anything', async (_label, route) => {
  const path = `/api${expressPath(route.path).replace(/:\w+/g, 'some-id')}`;
  const res = await request(app)[route.method](path).send(route.method === 'get' ? undefined : {});
  expect(res.status).toBe(401);
  expect(res.body.error.code).toBe('unauthorized');
});
