import { Router } from 'express';
import type { Graph } from '../../graph/connection';
import { searchEntities } from '../../graph/explore/search';
import { searchQuery } from '../../contract/exploreQueries';
import { parseQuery } from '../validation';

export function searchRoutes(graph: Graph): Router {
  const router = Router();
  router.get('/search', async (req, res) => {
    const { q, types, limit } = parseQuery(searchQuery, req);
    res.json({ results: await searchEntities(graph, { q, types, limit }) });
  });
  return router;
}
