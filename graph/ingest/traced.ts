import type { ManagedTransaction, RecordShape } from 'neo4j-driver';

/**
 * INGEST_TRACE=1 prints each write query's time: the way to see which step is slow. Statements
 * sent together are timed from sending to their answer, so within a group each time includes
 * the statements sent before it: the step's own cost is the difference from the previous line.
 */
export async function traced<R extends RecordShape = RecordShape>(tx: ManagedTransaction, cypher: string, params: Record<string, unknown>) {
  if (!process.env.INGEST_TRACE) return tx.run<R>(cypher, params);
  const t0 = performance.now();
  const result = await tx.run<R>(cypher, params);
  console.error(`${(performance.now() - t0).toFixed(0).padStart(6)} ms  ${cypher.replace(/\s+/g, ' ').slice(0, 90)}`);
  return result;
}
