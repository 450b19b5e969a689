import type { ManagedTransaction } from 'neo4j-driver';

/**
 * Serialises analyst writes per entity or edge. Each target id has a lock node
 * (:AnalystLock {id}), never deleted, that a transaction writes before it reads what it will
 * change: a second merge, unmerge, retraction or review of the same target waits until the
 * first has committed, then reads its result (Neo4j reads committed data). Locks are taken in
 * id order, so two writers over the same pair cannot deadlock each other (and a deadlock Neo4j
 * detects anyway is retried by executeWrite).
 *
 * The entity or edge itself can't serve as the lock: a merge deletes the entity, and a waiter
 * would then fail on a node deleted under it instead of seeing "not found".
 */
export async function lockTargets(tx: ManagedTransaction, ids: string[]): Promise<void> {
  const sorted = [...new Set(ids)].sort();
  await tx.run('UNWIND $ids AS id MERGE (l:AnalystLock {id: id}) SET l.at = timestamp()', { ids: sorted });
}
