import { apiRoutes } from '../../contract/routes';
import type { Graph } from '../../graph/connection';
import { createApiToken, tokenTerms, type TokenScope } from '../../graph/analyst/tokens';
import { createUser, findUser, type Role } from '../../graph/analyst/users';
import { hashPassword, hashSecret, randomSecret } from '../../server/auth/secrets';
import { send } from '../lib/httpLoad';
import type { Check } from './check';

type Caller = { name: string; role?: Role; scope?: TokenScope };

const callers: Caller[] = [
  { name: 'anonymous' },
  { name: 'viewer', role: 'viewer', scope: 'write' },
  { name: 'analyst, read token', role: 'analyst', scope: 'read' },
  { name: 'analyst', role: 'analyst', scope: 'write' },
  { name: 'admin', role: 'admin', scope: 'write' },
];

const rank: Record<Role, number> = { viewer: 0, analyst: 1, admin: 2 };

/**
 * What each caller must get from a route: refused (401/403) or let past the login (anything
 * else). The role comes from the route table, as the server's check does: a new route is
 * covered the day it is declared.
 */
function mayPass(route: (typeof apiRoutes)[number], caller: Caller): boolean {
  const needed = route.role;
  if (!needed) return true;
  if (!caller.role) return false;
  if (route.write && caller.scope !== 'write') return false;
  return rank[caller.role] >= rank[needed];
}

/**
 * Every route of the contract, called by every kind of caller with a Bearer token (or none):
 * a closed route must refuse the anonymous (401) and roles below its own (403), a write also
 * read-only tokens (403), and let the rest past the login (their 400/404 for a made-up id is
 * fine); open reads must be open to all.
 */
export async function authorisationMatrix(base: string, graph: Graph): Promise<{ checks: Check[]; requests: number }> {
  const tokens = new Map<string, string>();
  for (const c of callers.filter((x) => x.role)) {
    const username = `redteam-${c.role}`;
    if (!(await findUser(graph, username))) await createUser(graph, { username, role: c.role!, passwordHash: await hashPassword(randomSecret()) }, 'redteam');
    const secret = randomSecret();
    await createApiToken(graph, username, hashSecret(secret), 'redteam', 'redteam', tokenTerms(c.scope!, 1));
    tokens.set(c.name, secret);
  }
  const wrong: string[] = [];
  let requests = 0;
  const routes = apiRoutes.filter((r) => !r.path.startsWith('/auth/'));
  for (const route of routes) {
    const path = `/api${route.path.replace(/\{[^}]+\}/g, 'redteam-none')}`;
    for (const caller of callers) {
      const token = tokens.get(caller.name);
      const outcome = await send(base, { label: route.operationId, method: route.method.toUpperCase(), path, body: route.method === 'get' ? undefined : {}, headers: token ? { authorization: `Bearer ${token}` } : {} }, undefined, false);
      requests++;
      const refused = outcome.status === 401 || outcome.status === 403;
      const expected = mayPass(route, caller);
      if (refused === expected || outcome.status >= 500 || outcome.status === 0) wrong.push(`${caller.name} ${route.method.toUpperCase()} ${route.path}: ${outcome.status}`);
    }
  }
  return {
    requests,
    checks: [{
      area: 'authorisation',
      name: `${routes.length} routes × ${callers.length} callers (anonymous, viewer, read token, analyst, admin)`,
      pass: wrong.length === 0,
      detail: wrong.length === 0 ? `${requests} requests, every answer as the roles say` : wrong.slice(0, 5).join('; '),
    }],
  };
}
