import { Router } from 'express';
import type { Graph } from '../../graph/connection';
import { auditFacets, listAudit } from '../../graph/analyst/audit';
import { mergeEntities, unmergeEntity } from '../../graph/analyst/merges';
import { signedIn } from '../auth/roles';
import { ApiError } from '../errors';
import { auditQuery, mergeBody } from '../../contract/analyst';
import { idParams } from '../../contract/wire';
import { parseInput, parseParams, parseQuery } from '../validation';

/** Merging and unmerging entities, and the audit trail of every write. */
export function analystEntityRoutes(graph: Graph): Router {
  const router = Router();

  router.post('/entities/merge', async (req, res) => {
    const user = signedIn(req);
    const { keepId, mergeId } = parseInput(mergeBody, req.body);
    const result = await mergeEntities(graph, keepId, mergeId, user.username);
    if (!result.ok && result.reason === 'same') throw new ApiError(400, 'invalid_request', 'Invalid "mergeId": it is the same entity as keepId.');
    if (!result.ok) throw new ApiError(404, 'not_found', `No entity with id "${result.field === 'keepId' ? keepId : mergeId}" (${result.field}).`);
    res.status(201).json({ merge: result });
  });

  router.post('/entities/:id/unmerge', async (req, res) => {
    const user = signedIn(req);
    const { id } = parseParams(idParams, req);
    const result = await unmergeEntity(graph, id, user.username);
    if (result.ok) return void res.json({ unmerge: result });
    if (result.reason === 'not_found') throw new ApiError(404, 'not_found', `No merge to undo for entity "${id}".`);
    throw new ApiError(409, 'conflict', `An entity with the merged id exists again (a re-ingest created it); merge it again first.`);
  });

  // Who did what is for admins (the route table's role): it names every account's actions, logins included.
  router.get('/audit', async (req, res) => {
    const query = parseQuery(auditQuery, req);
    const { limit, offset } = query as { limit: number; offset: number };
    const page = await listAudit(graph, { ...query, limit, offset });
    res.json({ ...page, limit, offset });
  });

  router.get('/audit/facets', async (req, res) => {
    res.json(await auditFacets(graph));
  });

  return router;
}
