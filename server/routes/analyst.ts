import { Router } from 'express';
import type { Graph } from '../../graph/connection';
import { analystAnnotationRoutes } from './analystAnnotations';
import { analystEntityRoutes } from './analystEntities';
import { analystRelationRoutes } from './analystRelations';
import { duplicateRoutes } from './duplicates';

/** Everything analysts write: annotations, their own edges, reviews, merges, duplicate review, and the audit. */
export function analystRoutes(graph: Graph): Router {
  const router = Router();
  router.use(analystAnnotationRoutes(graph));
  router.use(analystRelationRoutes(graph));
  router.use(analystEntityRoutes(graph));
  router.use(duplicateRoutes(graph));
  return router;
}
