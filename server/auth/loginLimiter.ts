import type { Request } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import { sendError } from '../errors';

/**
 * Failed logins per client address and username: LOGIN_RATE_LIMIT attempts (default 10) per
 * LOGIN_RATE_WINDOW_MINUTES (default 15). Successful logins don't count, so a user who types
 * the password right is never locked out by their own earlier sessions.
 */
export function loginLimiter(options: { limit?: number; windowMinutes?: number } = {}) {
  const limit = options.limit ?? Number(process.env.LOGIN_RATE_LIMIT ?? 10);
  const windowMinutes = options.windowMinutes ?? Number(process.env.LOGIN_RATE_WINDOW_MINUTES ?? 15);
  return rateLimit({
    windowMs: windowMinutes * 60_000,
    limit,
    skipSuccessfulRequests: true,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    keyGenerator: (req: Request) => {
      const body = req.body as { username?: unknown } | undefined;
      const username = typeof body?.username === 'string' ? body.username.trim().toLowerCase().slice(0, 100) : '';
      return `${ipKeyGenerator(req.ip ?? 'unknown')}|${username}`;
    },
    handler: (_req, res) =>
      sendError(res, 429, 'rate_limited', `Too many failed logins; wait ${windowMinutes} minutes and try again.`),
  });
}
