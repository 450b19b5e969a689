import type { Request, RequestHandler } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import { sendError } from '../errors';

export interface LoginLimits {
  /** Failed logins per client address and username (LOGIN_RATE_LIMIT, default 10). */
  limit?: number;
  /** Failed logins per client address over all usernames (LOGIN_ADDRESS_RATE_LIMIT, default 30). */
  addressLimit?: number;
  /** The window of both limits (LOGIN_RATE_WINDOW_MINUTES, default 15). */
  windowMinutes?: number;
}

/**
 * Two limits on failed logins, both counted per client address (the forwarded one only when
 * TRUST_PROXY says a proxy stands in front): one per username, so a user who mistypes is slowed
 * alone, and one across usernames, so one client cannot spray a password over every account.
 * Successful logins don't count, so nobody is locked out by their own earlier sessions.
 */
export function loginLimiter(options: LoginLimits = {}): RequestHandler[] {
  const limit = options.limit ?? Number(process.env.LOGIN_RATE_LIMIT ?? 10);
  const addressLimit = options.addressLimit ?? Number(process.env.LOGIN_ADDRESS_RATE_LIMIT ?? 30);
  const windowMinutes = options.windowMinutes ?? Number(process.env.LOGIN_RATE_WINDOW_MINUTES ?? 15);
  const address = (req: Request) => ipKeyGenerator(req.ip ?? 'unknown');
  const limiter = (max: number, key: (req: Request) => string) =>
    rateLimit({
      windowMs: windowMinutes * 60_000,
      limit: max,
      skipSuccessfulRequests: true,
      standardHeaders: 'draft-8',
      legacyHeaders: false,
      keyGenerator: key,
      handler: (_req, res) => sendError(res, 429, 'rate_limited', `Too many failed logins; wait ${windowMinutes} minutes and try again.`),
    });
  return [
    limiter(addressLimit, address),
    limiter(limit, (req) => {
      const body = req.body as { username?: unknown } | undefined;
      const username = typeof body?.username === 'string' ? body.username.trim().toLowerCase().slice(0, 100) : '';
      return `${address(req)}|${username}`;
    }),
  ];
}
