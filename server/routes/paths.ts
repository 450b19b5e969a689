import { Router } from 'express';
import { z } from 'zod';
import type { Graph } from '../../graph/connection';
import { findPaths } from '../../graph/explore/paths';
import { ApiError } from '../errors';
import { boolParam, enumParam, idSchema, intParam, numberParam, optionalIntParam, parseQuery, relationshipTypesParam } from '../validation';

const pathsQuery = z
  .object({
    from: idSchema,
    to: idSchema,
    maxHops: intParam(1, 6, 4),
    rels: relationshipTypesParam,
    direction: enumParam(['any', 'out'], 'any'),
    mode: enumParam(['shortest', 'all-shortest', 'k'], 'shortest'),
    k: intParam(1, 10, 3),
    limit: intParam(1, 50, 10),
    lang: enumParam(['zh', 'en'], 'en'),
    inferred: boolParam(false),
    reviewed: z.enum(['all', 'accepted'], { error: 'expected all or accepted' }).optional(),
    minConfidence: numberParam(0, 1),
    fromYear: optionalIntParam(1000, 2999),
    toYear: optionalIntParam(1000, 2999),
  })
  .refine((q) => q.from !== q.to, { error: 'must differ from "from"', path: ['to'] });

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
