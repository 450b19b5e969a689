/**
 * What a Neo4j driver error means for the one who got it. The API turns it into 503 or 500, the
 * ingest stops the run or skips the document; both ask here so they never disagree.
 *
 *   unreachable  the database itself can't be reached (down, restarting, shutting down, the
 *                network cut) — not a slow or conflicting query
 *   transient    Neo4j is there but can't serve this now (transient error, transaction timeout)
 *   refused      the server refuses who we are (credentials, permissions)
 *   other        anything else: a bad query or bad data, a problem of this one piece of work
 */
export type DriverFailure = 'unreachable' | 'transient' | 'refused' | 'other';

export function classifyDriverError(err: unknown): DriverFailure {
  const code = (err as { code?: unknown } | null)?.code;
  const codeText = typeof code === 'string' ? code : '';
  const message = err instanceof Error ? err.message : '';
  if (
    codeText === 'ServiceUnavailable' ||
    codeText === 'SessionExpired' ||
    codeText === 'ClientDeadlineExceeded' ||
    /DatabaseUnavailable/.test(codeText) ||
    /ECONNREFUSED|ECONNRESET|Connection was closed|Could not perform discovery|Pool is closed|acquisition timed out/i.test(message)
  ) {
    return 'unreachable';
  }
  if (/Neo\.ClientError\.Security/.test(codeText)) return 'refused';
  if (/Neo\.TransientError/.test(codeText) || /TransactionTimedOut/.test(codeText)) return 'transient';
  return 'other';
}

/** The server stopped the query at its transaction timeout. */
export function isServerQueryTimeout(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /TransactionTimedOut|Transaction.*Terminated/i.test(code);
}

/** The query ran past its transaction timeout (the server stopped it, or the client's deadline passed). */
export function isQueryTimeout(err: unknown): boolean {
  return isServerQueryTimeout(err) || (err as { code?: unknown } | null)?.code === 'ClientDeadlineExceeded';
}

/** The database can't be reached at all (closes the API's graph gate). */
export function isGraphUnreachable(err: unknown): boolean {
  return classifyDriverError(err) === 'unreachable';
}

/** "Neo4j is not there right now": try again later (503, not 500). */
export function isGraphUnavailable(err: unknown): boolean {
  const failure = classifyDriverError(err);
  return failure === 'unreachable' || failure === 'transient';
}

/** Nothing more can be written in this run: the connection is gone or the server refuses us. */
export function isGraphLost(err: unknown): boolean {
  const failure = classifyDriverError(err);
  return failure === 'unreachable' || failure === 'refused';
}
