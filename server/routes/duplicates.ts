import { Router } from 'express';
import type { Graph } from '../../graph/connection';
import { compareEntities, dismissDuplicate, listDuplicateCandidates } from '../../graph/analyst/duplicates';
import { duplicatesQuery, pairBody, pairQuery } from '../../contract/duplicates';
import { signedIn } from '../auth/roles';
import { ApiError } from '../errors';
import { parseInput, parseQuery } from '../validation';

/** Duplicate review, an analyst's work: the ranked candidates, a pair side by side, dismissals. */
export function duplicateRoutes(graph: Graph): Router {
  const router = Router();

  router.get('/duplicates', async (req, res) => {
    const { type, limit } = parseQuery(duplicatesQuery, req);
    res.json(await listDuplicateCandidates(graph, { type, limit: limit as number }));
  });

  router.get('/duplicates/compare', async (req, res) => {
    const { a, b } = parseQuery(pairQuery, req);
    if (a === b) throw new ApiError(400, 'invalid_request', 'Invalid "b": it is the same entity as a.');
    const answer = await compareEntities(graph, a, b);
    if (!answer) throw new ApiError(404, 'not_found', `No entity with id "${a}" or "${b}".`);
    res.json(answer);
  });

  router.post('/duplicates/dismiss', async (req, res) => {
    const user = signedIn(req);
    const { a, b } = parseInput(pairBody, req.body);
    if (a === b) throw new ApiError(400, 'invalid_request', 'Invalid "b": it is the same entity as a.');
    const dismissal = await dismissDuplicate(graph, a, b, user.username);
    if (!dismissal) throw new ApiError(404, 'not_found', `No entity with id "${a}" or "${b}".`);
    res.status(201).json({ dismissal });
  });

  return router;
}
