import { Router } from 'express';
import type { Graph } from '../../graph/connection';
import { readHealth } from '../../graph/health';
import { sendError } from '../errors';

export function healthRoutes(graph: Graph): Router {
  const router = Router();
  router.get('/health', async (_req, res) => {
    try {
      res.json({ status: 'ok', ...(await readHealth(graph)) });
    } catch (err) {
      sendError(res, 503, 'graph_unavailable', `Neo4j is unreachable: ${err instanceof Error ? err.message : String(err)}`);
    }
  });
  return router;
}
