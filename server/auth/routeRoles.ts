import { Router } from 'express';
import { apiRoutes, type ApiRoute } from '../../contract/routes';
import { requireRole } from './roles';

/** A contract path in Express form: /entities/{id} → /entities/:id. */
export function expressPath(path: string): string {
  return path.replace(/\{(\w+)\}/g, ':$1');
}

/**
 * The role each route needs, checked from the route table (contract/routes.ts) before the
 * route reads its input: 401 for no account, 403 for too low a role. The handlers then only ask
 * who is signed in; the red team's matrix and the tests read the same table.
 */
export function routeRoles(routes: readonly ApiRoute[] = apiRoutes): Router {
  const router = Router();
  for (const route of routes) if (route.role) router[route.method](expressPath(route.path), requireRole(route.role));
  return router;
}
