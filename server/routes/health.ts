import { Router } from 'express';
import type { Graph } from '../../graph/connection';
import { readHealth, watchHealth } from '../../graph/health';
import { sendError } from '../errors';
import type { GraphGate } from '../graphGate';

/**
 * GET /api/health answers in seconds whatever happens: it stands before the graph gate (which
 * may hold requests while Neo4j restarts), the login and the admission limits, and answers from
 * a background proof that Neo4j answers (graph/health.ts), started with the server. A failure it
 * sees closes the gate for everyone else too.
 */
export function healthRoutes(graph: Graph, gate?: GraphGate): Router {
  watchHealth(graph);
  const router = Router();
  router.get('/health', async (_req, res) => {
    try {
      res.json({ status: 'ok', ...(await readHealth(graph)) });
    } catch (err) {
      gate?.notice(err);
      res.setHeader('Retry-After', '2');
      sendError(res, 503, 'graph_unavailable', `Neo4j is unreachable: ${err instanceof Error ? err.message : String(err)}`);
    }
  });
  return router;
}
