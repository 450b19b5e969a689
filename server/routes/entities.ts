import { Router } from 'express';
import type { Graph } from '../../graph/connection';
import { getEntity } from '../../graph/explore/entities';
import { getNeighborhood } from '../../graph/explore/neighborhood';
import { countNeighbors } from '../../graph/explore/neighborCounts';
import { ApiError } from '../errors';
import { neighborCountsQuery, neighborhoodQuery } from '../../contract/exploreQueries';
import { idParams } from '../../contract/wire';
import { parseParams, parseQuery } from '../validation';
import { edgeFilterOf } from './edgeFilter';

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
    const found = await getNeighborhood(graph, id, { ...edgeFilterOf(q), depth: q.depth, limit: q.limit, order: q.order });
    if (!found) throw notFound(id);
    res.json(found);
  });

  router.get('/entities/:id/neighbor-counts', async (req, res) => {
    const { id } = parseParams(idParams, req);
    const q = parseQuery(neighborCountsQuery, req);
    const counts = await countNeighbors(graph, id, edgeFilterOf(q));
    if (!counts) throw notFound(id);
    res.json(counts);
  });
  return router;
}
