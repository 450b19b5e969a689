import neo4j from 'neo4j-driver';
import { reviewListMax, type ReviewState } from '../../contract/limits';
import type { Graph } from '../connection';
import { recordAudit } from './audit';
import { newId, nowIso } from './ids';
import { lockTargets } from './locks';
import { findRelationEnds } from './relationLookup';
import { matchRelationsById } from '../explore/fragments';

export type { ReviewState };

export interface ReviewRecord {
  id: string;
  relId: string;
  state: ReviewState;
  author: string;
  comment: string | null;
  at: string;
}

export type ReviewResult = { ok: true; review: ReviewRecord } | { ok: false; reason: 'not_found' | 'retracted' };

/**
 * A review is a node keyed by relId: the edge may be deleted and re-extracted by a re-ingest, and
 * the verdict must still apply to it. The newest verdict is also kept on the edge itself
 * (`review`), written in the same transaction, because every traversal filters on it: reading it
 * there costs nothing, where finding the newest of all Review nodes made each traversal scan
 * every review ever made (20,000 reviews made traversals 3–5× slower). A retracted analyst edge
 * takes no more reviews: a confirmation would otherwise bring back what its author withdrew.
 * Serialised with retraction per edge (lockTargets), so a review racing a retraction loses.
 */
export async function reviewRelation(
  graph: Graph,
  relId: string,
  state: ReviewState,
  comment: string | null,
  author: string,
): Promise<ReviewResult> {
  return graph.write(async (tx) => {
    await lockTargets(tx, [relId]);
    const ends = await findRelationEnds(tx, relId);
    if (!ends) return { ok: false, reason: 'not_found' } as const;
    if (ends.retractedAt) return { ok: false, reason: 'retracted' } as const;
    const review: ReviewRecord = { id: newId('rev'), relId, state, author, comment, at: nowIso() };
    await tx.run('CREATE (:Review {id: $id, relId: $relId, state: $state, author: $author, comment: $comment, at: $at})', {
      ...review,
    });
    await tx.run(`MATCH ()-[r:${ends.type} {id: $relId}]->() SET r.review = $state`, { relId, state });
    await recordAudit(tx, { actor: author, action: `relation.${state === 'confirmed' ? 'confirm' : 'reject'}`, targetId: relId, detail: { comment } });
    return { ok: true, review } as const;
  });
}

/**
 * The newest verdicts on an edge, newest first (the first is its current review state); at most
 * reviewListMax, so an edge reviewed thousands of times still answers with a bounded list.
 */
export async function listReviews(graph: Graph, relId: string): Promise<ReviewRecord[]> {
  const rows = await graph.readRows<{ r: ReviewRecord }>(
    'MATCH (r:Review {relId: $relId}) RETURN r {.*} AS r ORDER BY r.at DESC, r.id DESC LIMIT $max',
    { relId, max: neo4j.int(reviewListMax) },
  );
  return rows.map((row) => row.r);
}

/**
 * Puts each edge's newest verdict on the edge, for a store whose reviews were written before the
 * edges carried it. Runs once per store (a Migration node records it), at schema time.
 */
export async function settleReviewStates(graph: Graph): Promise<void> {
  const step = 'review-state-on-edge';
  const [done] = await graph.readRows<{ n: number }>('MATCH (m:Migration {id: $step}) RETURN count(m) AS n', { step });
  if (done.n > 0) return;
  const verdicts = await graph.readRows<{ relId: string; state: ReviewState }>(
    `MATCH (v:Review) WHERE v.relId IS NOT NULL
     WITH v ORDER BY v.at DESC, v.id DESC
     RETURN v.relId AS relId, head(collect(v.state)) AS state`,
  );
  for (let i = 0; i < verdicts.length; i += 1000) {
    const batch = verdicts.slice(i, i + 1000);
    await graph.writeRows(`${matchRelationsById('ids')} SET r.review = $states[r.id]`, {
      ids: batch.map((v) => v.relId),
      states: Object.fromEntries(batch.map((v) => [v.relId, v.state])),
    });
  }
  await graph.writeRows('MERGE (m:Migration {id: $step}) ON CREATE SET m.at = $at', { step, at: nowIso() });
}
