import type { NextFunction, Request, Response } from 'express';
import { sendError } from '../errors';

export interface ReadRateOptions {
  /** Reads a client may make per second, sustained; 0 turns the limit off. */
  perSecond: number;
  /** Reads a client may make at once after a quiet spell (the explorer opens with a burst). */
  burst: number;
}

/** Paths that are never limited: monitors and the explorer must always learn whether things work. */
const unlimited = new Set(['/health', '/auth/me']);
const safeMethods = new Set(['GET', 'HEAD']);

/**
 * A per-client limit on reads (a token bucket): one client asking for expensive answers as fast
 * as it can must not take the server from everyone else. A client is its account when signed in
 * (many analysts may share one proxy address), otherwise its address (the forwarded one only
 * with TRUST_PROXY: req.ip follows Express's trust proxy setting).
 */
export function readRateLimit(options: ReadRateOptions) {
  const buckets = new Map<string, { tokens: number; at: number }>();
  const { perSecond, burst } = options;
  return (req: Request, res: Response, next: NextFunction): void => {
    if (perSecond <= 0 || !safeMethods.has(req.method) || unlimited.has(req.path)) return next();
    const key = req.user ? `user:${req.user.username}` : `ip:${req.ip ?? 'unknown'}`;
    const now = Date.now();
    const bucket = buckets.get(key) ?? { tokens: burst, at: now };
    bucket.tokens = Math.min(burst, bucket.tokens + ((now - bucket.at) / 1000) * perSecond);
    bucket.at = now;
    buckets.set(key, bucket);
    if (buckets.size > 50_000) forgetFull(buckets, burst, perSecond, now);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return next();
    }
    const wait = Math.max(1, Math.ceil((1 - bucket.tokens) / perSecond));
    res.setHeader('Retry-After', String(wait));
    sendError(res, 429, 'rate_limited', `Too many reads from this client (at most ${perSecond} a second, ${burst} at once); try again in ${wait} s.`);
  };
}

/** Clients whose bucket has refilled are as good as new: forget them so the map stays small. */
function forgetFull(buckets: Map<string, { tokens: number; at: number }>, burst: number, perSecond: number, now: number): void {
  for (const [key, b] of buckets) if (b.tokens + ((now - b.at) / 1000) * perSecond >= burst) buckets.delete(key);
}
