import type { NextFunction, Request, Response } from 'express';
import type { Role } from '../../graph/analyst/users';
import { ApiError } from '../errors';
import type { AuthUser } from './types';

const rank: Record<Role, number> = { viewer: 0, analyst: 1, admin: 2 };

export function hasRole(user: AuthUser | undefined, role: Role): boolean {
  return user !== undefined && rank[user.role] >= rank[role];
}

/** The signed-in user, or 401 / 403 when there is none or their role is too low. */
export function requireUser(req: Request, role: Role = 'viewer'): AuthUser {
  const user = req.user;
  if (!user) throw new ApiError(401, 'unauthorized', 'Log in (POST /api/auth/login) or send an API token (Authorization: Bearer).');
  if (!hasRole(user, role)) throw new ApiError(403, 'forbidden', `This needs the ${role} role; you are ${user.role}.`);
  return user;
}

/**
 * The signed-in caller, inside a route whose role the route table declares (routeRoles checked
 * it before the handler ran); 401 should a route without one call it for an anonymous caller.
 */
export function signedIn(req: Request): AuthUser {
  return requireUser(req);
}

export type RoleGate = ((req: Request, res: Response, next: NextFunction) => void) & { requiredRole: Role };

export function requireRole(role: Role): RoleGate {
  const gate = (req: Request, _res: Response, next: NextFunction) => {
    requireUser(req, role);
    next();
  };
  // Named on the function so a test can read which role the mounted check asks for.
  return Object.assign(gate, { requiredRole: role });
}
