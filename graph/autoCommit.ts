import neo4j, { type ManagedTransaction, type Session } from 'neo4j-driver';

/**
 * Reads as auto-commit queries: one Bolt round trip per query (RUN and PULL together), where a
 * managed transaction adds two (BEGIN, answered before the first query goes out, and COMMIT).
 * An answer of one query (search, entity, relation) then takes one round trip instead of three;
 * on a busy two-core machine each one is a wake-up of Neo4j and of this process. Nothing is lost
 * for reads: Neo4j runs transactions at read committed, so the queries of one transaction never
 * shared a snapshot, and reads take no locks.
 */

/**
 * A transaction-shaped handle whose queries each run on their own, together bounded by
 * `timeoutMs` as one transaction was: each query gets what is left of it (the server enforces it).
 */
export function autoCommitReads(session: Session, timeoutMs: number): ManagedTransaction {
  const started = Date.now();
  const run = (cypher: string, params?: Record<string, unknown>) =>
    withPlainStacks(() => session.run(cypher, params, { timeout: Math.max(1, timeoutMs - (Date.now() - started)) }));
  return { run } as unknown as ManagedTransaction;
}

/**
 * The driver records a stack trace with every query it is asked (to show where a failed query
 * came from) and formats it at once. Under tsx, Node maps every frame through the source maps
 * for that: about a quarter of a millisecond per query, several per path search, and almost
 * never read. While the query is handed over, the frames are formatted as V8 gives them (the
 * transpiled positions, same files and functions).
 */
function withPlainStacks<T>(work: () => T): T {
  const saved = Error.prepareStackTrace;
  Error.prepareStackTrace = plainStack;
  try {
    return work();
  } finally {
    Error.prepareStackTrace = saved;
  }
}

function plainStack(error: Error, frames: NodeJS.CallSite[]): string {
  return [`${error.name}: ${error.message}`, ...frames.map((f) => `    at ${f.toString()}`)].join('\n');
}

/** As the driver's managed transactions retry: transient failures again, with growing pauses, for up to `maxMs`. */
export async function retryTransient<T>(work: () => Promise<T>, maxMs: number): Promise<T> {
  const started = Date.now();
  let pauseMs = 1_000;
  for (;;) {
    try {
      return await work();
    } catch (err) {
      if (!neo4j.isRetryableError(err as Error) || Date.now() - started > maxMs) throw err;
      const jitter = pauseMs * 0.2 * (2 * Math.random() - 1);
      await new Promise((resolve) => setTimeout(resolve, pauseMs + jitter));
      pauseMs *= 2;
    }
  }
}
