import type { NextFunction, Request, Response } from 'express';
import { isGraphUnavailable } from '../graph/driverErrors';

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
