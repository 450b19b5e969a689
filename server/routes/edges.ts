import { Router } from 'express';
import type { Graph } from '../../graph/connection';
import { edgesAmong } from '../../graph/explore/edgesAmong';
import { toCyEdges } from '../../graph/explore/elements';
import { edgesQuery } from '../../contract/exploreQueries';
import { parseQuery } from '../validation';
import { edgeFilterOf } from './edgeFilter';

export function edgeRoutes(graph: Graph): Router {
  const router = Router();
  router.get('/edges', async (req, res) => {
    const q = parseQuery(edgesQuery, req);
    const { rels, fromYear, toYear, minConfidence, inferred, includeRejected } = edgeFilterOf(q);
    const found = await edgesAmong(graph, { ids: q.ids ?? [], others: q.others, rels, fromYear, toYear, minConfidence, inferred, includeRejected });
    res.json({ edges: toCyEdges(found.edges), truncated: found.truncated });
  });
  return router;
}
