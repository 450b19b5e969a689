import { Router, type NextFunction, type Request, type Response } from 'express';
import type { Graph } from '../../graph/connection';
import { sendError } from '../errors';
import { isServerQueryTimeout } from '../../graph/driverErrors';
import { documentRoutes } from './documents';
import { edgeRoutes } from './edges';
import { entityRoutes } from './entities';
import { exportRoutes } from './export';
import { overviewRoutes } from './overview';
import { pathRoutes } from './paths';
import { relationRoutes } from './relations';
import { searchRoutes } from './search';

/** The read-only explore API: search, entities, neighbourhoods, paths, relations, documents, schema, export. */
export function exploreRoutes(graph: Graph): Router {
  const router = Router();
  router.use(searchRoutes(graph));
  router.use(entityRoutes(graph));
  router.use(pathRoutes(graph));
  router.use(edgeRoutes(graph));
  router.use(relationRoutes(graph));
  router.use(documentRoutes(graph));
  router.use(overviewRoutes(graph));
  router.use(exportRoutes(graph));
  router.use(queryTimeout);
  return router;
}

/** A query that hit its transaction timeout is the graph being too big for the ask, not a server fault. */
function queryTimeout(err: unknown, _req: Request, res: Response, next: NextFunction): void {
  if (isServerQueryTimeout(err)) {
    return sendError(res, 503, 'query_timeout', 'The query took too long; narrow it (fewer hops, a smaller depth, or filters).');
  }
  next(err);
}
