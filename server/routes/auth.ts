import { Router } from 'express';
import type { Graph } from '../../graph/connection';
import { createSession, deleteSession, deleteExpiredSessions } from '../../graph/analyst/sessions';
import { findUser } from '../../graph/analyst/users';
import { clearSessionCookie, sessionDays, setSessionCookie } from '../auth/cookies';
import { HashGate } from '../auth/hashGate';
import { loginLimiter } from '../auth/loginLimiter';
import { dummyPasswordHash, hashSecret, randomSecret, verifyPassword } from '../auth/secrets';
import { ApiError } from '../errors';
import { loginBody } from '../../contract/analyst';
import { parseInput } from '../validation';

/** Login, logout and "who am I" for the explorer's cookie session. */
export function authRoutes(graph: Graph, options: { loginLimit?: number; addressLimit?: number } = {}): Router {
  const router = Router();
  const hashes = new HashGate();

  router.post('/auth/login', ...loginLimiter({ limit: options.loginLimit, addressLimit: options.addressLimit }), async (req, res) => {
    const { username, password } = parseInput(loginBody, req.body);
    const user = await findUser(graph, username);
    const ok = await hashes.run(async () => verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password));
    if (!user || !ok) throw new ApiError(401, 'invalid_credentials', 'Unknown username or wrong password.');
    const secret = randomSecret();
    const csrfToken = randomSecret();
    const expires = new Date(Date.now() + sessionDays * 86_400_000);
    await createSession(graph, { id: hashSecret(secret), username: user.username, csrfToken, expiresAt: expires.toISOString() });
    void deleteExpiredSessions(graph).catch(() => undefined);
    setSessionCookie(req, res, secret, expires);
    res.json({ user: { username: user.username, role: user.role }, csrfToken });
  });

  router.post('/auth/logout', async (req, res) => {
    if (req.auth?.via === 'session' && req.auth.sessionId) await deleteSession(graph, req.auth.sessionId, req.auth.user.username);
    clearSessionCookie(req, res);
    res.json({ user: null });
  });

  router.get('/auth/me', (req, res) => {
    res.set('Cache-Control', 'no-store');
    res.json({ user: req.user ?? null, csrfToken: req.auth?.csrfToken ?? null });
  });

  return router;
}
