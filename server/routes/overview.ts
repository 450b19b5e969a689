import { Router } from 'express';
import type { Graph } from '../../graph/connection';
import { readSchema, readStats } from '../../graph/explore/overview';

/** The ontology with counts (for legends and filters) and the graph's overall figures. */
export function overviewRoutes(graph: Graph): Router {
  const router = Router();
  router.get('/schema', async (_req, res) => {
    res.json(await readSchema(graph));
  });
  router.get('/stats', async (_req, res) => {
    res.json(await readStats(graph));
  });
  return router;
}
