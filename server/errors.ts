import type { NextFunction, Request, Response } from 'express';

/** An error a client caused or should know about; becomes {"error": {code, message}}. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Seconds after which the same request may succeed (sent as Retry-After). */
    readonly options: { retryAfter?: number } = {},
  ) {
    super(message);
  }
}

export function sendError(res: Response, status: number, code: string, message: string): void {
  res.status(status).json({ error: { code, message } });
}

/**
 * True for driver errors that mean the database itself can't be reached (down, restarting,
 * shutting down, the network cut) — not a slow or conflicting query. These close the API's
 * graph gate (server/graphGate.ts).
 */
export function isGraphUnreachable(err: unknown): boolean {
  const code = (err as { code?: string }).code ?? '';
  const message = err instanceof Error ? err.message : '';
  return (
    code === 'ServiceUnavailable' ||
    code === 'SessionExpired' ||
    /DatabaseUnavailable/.test(code) ||
    /ECONNREFUSED|ECONNRESET|Connection was closed|Could not perform discovery|Pool is closed|acquisition timed out/i.test(message)
  );
}

/** True for driver errors that mean "Neo4j is not there right now" (503, not 500). */
export function isGraphUnavailable(err: unknown): boolean {
  const code = (err as { code?: string }).code ?? '';
  return isGraphUnreachable(err) || /Neo.TransientError/.test(code) || /TransactionTimedOut/.test(code);
}

/** The last middleware: no client input may produce an unexplained 500 or take the server down. */
export function errorHandler(err: unknown, _req: Request, res: Response, _next: NextFunction): void {
  if (res.headersSent) return;
  if (err instanceof ApiError) {
    if (err.options.retryAfter !== undefined) res.set('Retry-After', String(err.options.retryAfter));
    return sendError(res, err.status, err.code, err.message);
  }
  const status = (err as { status?: number; statusCode?: number }).status ?? (err as { statusCode?: number }).statusCode;
  const type = (err as { type?: string }).type;
  if (type === 'entity.parse.failed') return sendError(res, 400, 'invalid_json', 'The request body is not valid JSON.');
  if (type === 'entity.too.large') return sendError(res, 413, 'body_too_large', 'The request body is too large.');
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return sendError(res, status, 'bad_request', err instanceof Error ? err.message : 'Bad request.');
  }
  if (isGraphUnavailable(err)) {
    return sendError(res, 503, 'graph_unavailable', 'The graph database is unreachable; try again shortly.');
  }
  console.error(err);
  sendError(res, 500, 'internal', 'Something went wrong on the server; the log has the details.');
}
