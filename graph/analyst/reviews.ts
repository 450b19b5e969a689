import type { ReviewState } from '../../contract/limits';
import type { Graph } from '../connection';
import { recordAudit } from './audit';
import { newId, nowIso } from './ids';
import { lockTargets } from './locks';
import { findRelationEnds } from './relationLookup';

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
 * A review is a node keyed by relId, not a property of the edge: the edge may be deleted and
 * re-extracted by a re-ingest, and the verdict must still apply to it. A retracted analyst edge
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
    await recordAudit(tx, { actor: author, action: `relation.${state === 'confirmed' ? 'confirm' : 'reject'}`, targetId: relId, detail: { comment } });
    return { ok: true, review } as const;
  });
}

/** Every verdict on an edge, newest first (the first is its current review state). */
export async function listReviews(graph: Graph, relId: string): Promise<ReviewRecord[]> {
  const rows = await graph.readRows<{ r: ReviewRecord }>(
    'MATCH (r:Review {relId: $relId}) RETURN r {.*} AS r ORDER BY r.at DESC, r.id DESC',
    { relId },
  );
  return rows.map((row) => row.r);
}
