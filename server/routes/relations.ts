import { Router } from 'express';
import type { Graph } from '../../graph/connection';
import { getRelation } from '../../graph/explore/relations';
import { ApiError } from '../errors';
import { idParams } from '../../contract/wire';
import { parseParams } from '../validation';

export function relationRoutes(graph: Graph): Router {
  const router = Router();
  router.get('/relations/:id', async (req, res) => {
    const { id } = parseParams(idParams, req);
    const detail = await getRelation(graph, id);
    if (!detail) throw new ApiError(404, 'not_found', `No relation with id "${id}".`);
    res.json(detail);
  });
  return router;
}
