import { Router } from 'express';
import { z } from 'zod';
import type { Graph } from '../../graph/connection';
import { searchEntities } from '../../graph/explore/search';
import { entityTypesParam, intParam, parseQuery } from '../validation';

const searchQuery = z.object({
  q: z.string({ error: 'expected a single text value' }).trim().min(1, { error: 'type at least one character' }).max(200, { error: 'at most 200 characters' }),
  types: entityTypesParam,
  limit: intParam(1, 100, 20),
});

export function searchRoutes(graph: Graph): Router {
  const router = Router();
  router.get('/search', async (req, res) => {
    const { q, types, limit } = parseQuery(searchQuery, req);
    res.json({ results: await searchEntities(graph, { q, types, limit }) });
  });
  return router;
}
