import { Router } from 'express';
import type { Graph } from '../../graph/connection';
import { getDocument } from '../../graph/explore/documents';
import { listLibrary } from '../../graph/library';
import { libraryQuery } from '../../contract/documents';
import { ApiError } from '../errors';
import { idParams } from '../../contract/wire';
import { readerQuery } from '../../contract/reader';
import { parseParams, parseQuery } from '../validation';

export function documentRoutes(graph: Graph): Router {
  const router = Router();
  router.get('/documents', async (req, res) => {
    res.json(await listLibrary(graph, parseQuery(libraryQuery, req)));
  });
  router.get('/documents/:id', async (req, res) => {
    const { id } = parseParams(idParams, req);
    const view = await getDocument(graph, id, parseQuery(readerQuery, req));
    if (!view) throw new ApiError(404, 'not_found', `No document with id "${id}".`);
    res.json(view);
  });
  return router;
}
