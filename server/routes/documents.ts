import { Router } from 'express';
import type { Graph } from '../../graph/connection';
import { getDocument, listDocuments } from '../../graph/explore/documents';
import { ApiError } from '../errors';
import { idParams } from '../../contract/wire';
import { parseParams } from '../validation';

export function documentRoutes(graph: Graph): Router {
  const router = Router();
  router.get('/documents', async (_req, res) => {
    res.json({ documents: await listDocuments(graph) });
  });
  router.get('/documents/:id', async (req, res) => {
    const { id } = parseParams(idParams, req);
    const view = await getDocument(graph, id);
    if (!view) throw new ApiError(404, 'not_found', `No document with id "${id}".`);
    res.json(view);
  });
  return router;
}
