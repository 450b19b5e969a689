import { Router } from 'express';
import type { Graph } from '../../graph/connection';
import { createAnalystRelation, retractAnalystRelation } from '../../graph/analyst/analystRelations';
import { listReviews, reviewRelation } from '../../graph/analyst/reviews';
import { hasRole, signedIn } from '../auth/roles';
import { ApiError } from '../errors';
import { analystEdgeBody, reviewBody } from '../../contract/analyst';
import { idParams } from '../../contract/wire';
import { parseInput, parseParams } from '../validation';

/** Analyst-made edges (assert, retract) and reviews of extracted edges. */
export function analystRelationRoutes(graph: Graph): Router {
  const router = Router();

  router.post('/relations', async (req, res) => {
    const user = signedIn(req);
    const input = parseInput(analystEdgeBody, req.body);
    if (input.source === input.target) throw new ApiError(400, 'invalid_request', 'Invalid "target": an edge needs two different entities.');
    const result = await createAnalystRelation(graph, input, user.username);
    if (!result.ok) throw new ApiError(400, 'invalid_request', `Invalid "${result.field}": no entity with id "${result.id}".`);
    res.status(201).json({ relation: { ...result.relation, inferred: false, review: null, evidenceCount: 0, annotationCount: 0 } });
  });

  router.delete('/relations/:id', async (req, res) => {
    const user = signedIn(req);
    const { id } = parseParams(idParams, req);
    const result = await retractAnalystRelation(graph, id, user.username, hasRole(user, 'admin'));
    if (result.ok) return void res.json({ id, retractedAt: result.retractedAt });
    if (result.reason === 'not_found') throw new ApiError(404, 'not_found', `No relation with id "${id}".`);
    if (result.reason === 'not_analyst') throw new ApiError(409, 'not_analyst_edge', 'Only analyst-made edges can be retracted; reject an extracted edge with a review instead.');
    if (result.reason === 'already_retracted') throw new ApiError(409, 'already_retracted', 'This edge was already retracted.');
    throw new ApiError(403, 'forbidden', 'Only its author or an admin may retract this edge.');
  });

  router.post('/relations/:id/review', async (req, res) => {
    const user = signedIn(req);
    const { id } = parseParams(idParams, req);
    const { state, comment } = parseInput(reviewBody, req.body);
    const result = await reviewRelation(graph, id, state, comment ?? null, user.username);
    if (!result.ok && result.reason === 'not_found') throw new ApiError(404, 'not_found', `No relation with id "${id}".`);
    if (!result.ok) throw new ApiError(409, 'retracted', 'This edge was retracted by its author; a retracted edge takes no reviews.');
    res.status(201).json({ review: result.review });
  });

  router.get('/relations/:id/reviews', async (req, res) => {
    const { id } = parseParams(idParams, req);
    res.json({ reviews: await listReviews(graph, id) });
  });

  return router;
}
