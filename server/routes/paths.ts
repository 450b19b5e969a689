import { Router } from 'express';
import type { Graph } from '../../graph/connection';
import { findPaths } from '../../graph/explore/paths';
import { ApiError } from '../errors';
import { pathsQuery } from '../../contract/exploreQueries';
import { parseQuery } from '../validation';

export function pathRoutes(graph: Graph): Router {
  const router = Router();
  router.get('/paths', async (req, res) => {
    const q = parseQuery(pathsQuery, req);
    const answer = await findPaths(graph, {
      from: q.from,
      to: q.to,
      maxHops: q.maxHops,
      rels: q.rels,
      direction: q.direction,
      mode: q.mode,
      k: q.k,
      limit: q.limit,
      lang: q.lang,
      rank: q.rank,
      exclude: q.exclude,
      excludeTypes: q.excludeTypes,
      hubPaths: q.hubPaths,
      inferred: q.inferred,
      includeRejected: q.reviewed === 'all',
      minConfidence: q.minConfidence,
      fromYear: q.fromYear,
      toYear: q.toYear,
    });
    if ('missing' in answer) throw new ApiError(404, 'not_found', `No entity with id "${q[answer.missing]}" (${answer.missing}).`);
    res.json(answer);
  });
  return router;
}
