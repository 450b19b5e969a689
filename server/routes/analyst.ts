import { Router } from 'express';
import type { Graph } from '../../graph/connection';
import { analystAnnotationRoutes } from './analystAnnotations';
import { analystEntityRoutes } from './analystEntities';
import { analystRelationRoutes } from './analystRelations';
import { investigationRoutes } from './investigations';
import { duplicateRoutes } from './duplicates';

/** Everything analysts write: annotations, their own edges, reviews, merges, investigations, duplicate review, and the audit. */
export function analystRoutes(graph: Graph): Router {
  const router = Router();
  router.use(analystAnnotationRoutes(graph));
  router.use(analystRelationRoutes(graph));
  router.use(analystEntityRoutes(graph));
  router.use(investigationRoutes(graph));
  router.use(duplicateRoutes(graph));
  return router;
}
