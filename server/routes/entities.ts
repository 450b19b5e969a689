import { Router } from 'express';
import { z } from 'zod';
import type { Graph } from '../../graph/connection';
import { getEntity } from '../../graph/explore/entities';
import { getNeighborhood } from '../../graph/explore/neighborhood';
import { ApiError } from '../errors';
import { boolParam, entityTypesParam, idParams, intParam, numberParam, optionalIntParam, parseParams, parseQuery, relationshipTypesParam } from '../validation';

const neighborhoodQuery = z
  .object({
    depth: intParam(1, 3, 1),
    types: entityTypesParam,
    rels: relationshipTypesParam,
    from: optionalIntParam(1000, 2999),
    to: optionalIntParam(1000, 2999),
    minConfidence: numberParam(0, 1),
    inferred: boolParam(false),
    reviewed: z.enum(['all', 'accepted'], { error: 'expected all or accepted' }).optional(),
    limit: intParam(1, 1000, 200),
  })
  .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, { error: 'must not be before "from"', path: ['to'] });

function notFound(id: string): ApiError {
  return new ApiError(404, 'not_found', `No entity with id "${id}".`);
}

export function entityRoutes(graph: Graph): Router {
  const router = Router();
  router.get('/entities/:id', async (req, res) => {
    const { id } = parseParams(idParams, req);
    const detail = await getEntity(graph, id);
    if (!detail) throw notFound(id);
    res.json(detail);
  });

  router.get('/entities/:id/neighborhood', async (req, res) => {
    const { id } = parseParams(idParams, req);
    const q = parseQuery(neighborhoodQuery, req);
    const found = await getNeighborhood(graph, id, {
      depth: q.depth,
      types: q.types,
      rels: q.rels,
      fromYear: q.from,
      toYear: q.to,
      minConfidence: q.minConfidence,
      inferred: q.inferred,
      includeRejected: q.reviewed === 'all',
      limit: q.limit,
    });
    if (!found) throw notFound(id);
    res.json(found);
  });
  return router;
}
