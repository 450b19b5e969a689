/**
 * A client-side limit on waiting for Neo4j. The transaction timeout is enforced by the server,
 * so a server that is stopped (SIGSTOP, a frozen VM, a half-open connection) never sends it:
 * without this a request, or /api/health, would wait as long as the socket stays open.
 */
export class GraphDeadlineError extends Error {
  /** Read by driverErrors.ts: no answer at all is the database being unreachable. */
  readonly code = 'ClientDeadlineExceeded';

  constructor(what: string, ms: number) {
    super(`Neo4j did not answer ${what} within ${(ms / 1000).toFixed(1)} s (client deadline).`);
  }
}

/** `work`, or a GraphDeadlineError once `ms` have passed; `onTimeout` frees what the work holds. */
export function withDeadline<T>(work: Promise<T>, ms: number, what: string, onTimeout?: () => void): Promise<T> {
  if (!Number.isFinite(ms) || ms <= 0) return work;
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      onTimeout?.();
      reject(new GraphDeadlineError(what, ms));
    }, ms);
    timer.unref();
    work.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (err: unknown) => {
        clearTimeout(timer);
        reject(err);
      },
    );
  });
}
