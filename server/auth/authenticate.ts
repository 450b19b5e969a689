import cookieParser from 'cookie-parser';
import { Router, type NextFunction, type Request, type Response } from 'express';
import type { Graph } from '../../graph/connection';
import { findSession } from '../../graph/analyst/sessions';
import { findTokenUser } from '../../graph/analyst/tokens';
import { ApiError } from '../errors';
import { clearSessionCookie, sessionCookie } from './cookies';
import { requireUser } from './roles';
import { hashSecret, sameSecret } from './secrets';
import './types';

export interface AuthOptions {
  /** Close reads to anonymous callers (default: AUTH_REQUIRED_FOR_READS=true in the environment). */
  requireForReads?: boolean;
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Reads that stay open even when reads need a login: the explorer must be able to ask who it is. */
const alwaysOpenReads = new Set(['/health', '/auth/me', '/openapi.json']);

/**
 * Identifies the caller (API token or session cookie) and enforces the house rules before any
 * route runs: every write needs a login, the analyst role and, for cookie sessions, the CSRF
 * token in X-CSRF-Token; reads need a login only when AUTH_REQUIRED_FOR_READS=true.
 */
export function authenticate(graph: Graph, options: AuthOptions = {}): Router {
  const requireForReads = options.requireForReads ?? process.env.AUTH_REQUIRED_FOR_READS === 'true';
  const router = Router();
  router.use(cookieParser());
  router.use(async (req: Request, res: Response, next: NextFunction) => {
    await identify(graph, req, res);
    if (!safeMethods.has(req.method)) enforceWrite(req);
    else if (requireForReads && !alwaysOpenReads.has(req.path)) requireUser(req);
    next();
  });
  return router;
}

async function identify(graph: Graph, req: Request, res: Response): Promise<void> {
  const header = req.get('authorization');
  // Only Bearer is ours: another scheme (Basic from a proxy in front, say) is not a login, and
  // must not turn a public read into a 401.
  if (header !== undefined && /^\s*bearer\b/i.test(header)) {
    const match = /^Bearer\s+([A-Za-z0-9._~+/=-]{16,200})$/.exec(header.trim());
    if (!match) throw new ApiError(401, 'invalid_token', 'The Authorization header must be "Bearer <API token>".');
    const holder = await findTokenUser(graph, hashSecret(match[1]));
    if (!holder) throw new ApiError(401, 'invalid_token', 'The API token is unknown or was revoked.');
    if (Date.parse(holder.expiresAt) <= Date.now()) {
      throw new ApiError(401, 'token_expired', `The API token expired at ${holder.expiresAt}; make a new one (npm run user -- token USER).`);
    }
    const user = { username: holder.username, role: holder.role };
    req.user = user;
    req.auth = { user, via: 'token', scope: holder.scope };
    return;
  }
  const cookie = (req.cookies as Record<string, unknown> | undefined)?.[sessionCookie];
  if (typeof cookie !== 'string' || cookie.length === 0 || cookie.length > 200) return;
  const sessionId = hashSecret(cookie);
  const session = await findSession(graph, sessionId);
  if (!session) {
    // Logged out elsewhere or expired: forget the cookie and carry on anonymously.
    clearSessionCookie(req, res);
    return;
  }
  req.user = { username: session.username, role: session.role };
  req.auth = { user: req.user, via: 'session', sessionId, csrfToken: session.csrfToken };
}

function enforceWrite(req: Request): void {
  if (req.path === '/auth/login') return;
  const auth = req.auth;
  if (!auth) requireUser(req);
  if (auth?.via === 'session') {
    const sent = req.get('x-csrf-token');
    if (!sent || !auth.csrfToken || !sameSecret(sent, auth.csrfToken)) {
      throw new ApiError(403, 'csrf', 'Missing or wrong X-CSRF-Token header (GET /api/auth/me returns the token).');
    }
  }
  if (auth?.via === 'token' && auth.scope !== 'write') {
    throw new ApiError(403, 'token_scope', 'This API token may only read; writes need a token made with --scope write.');
  }
  // Anyone signed in may log out; every other write is an analyst's.
  if (req.path !== '/auth/logout') requireUser(req, 'analyst');
}
