import { Router } from 'express';
import { z } from 'zod';
import type { Graph } from '../../graph/connection';
import { listAudit } from '../../graph/analyst/audit';
import { mergeEntities, unmergeEntity } from '../../graph/analyst/merges';
import { requireUser } from '../auth/roles';
import { ApiError } from '../errors';
import { idParams, idSchema, intParam, parseInput, parseParams, parseQuery } from '../validation';

const mergeBody = z.object({ keepId: idSchema, mergeId: idSchema });
const auditQuery = z.object({
  actor: z.string({ error: 'expected a single username' }).max(100).optional(),
  action: z.string({ error: 'expected a single action' }).regex(/^[a-z]+\.[a-z]+$/, { error: 'expected an action like annotation.create' }).optional(),
  targetId: idSchema.optional(),
  limit: intParam(1, 500, 50),
  offset: intParam(0, 1_000_000, 0),
});

/** Merging and unmerging entities, and the audit trail of every write. */
export function analystEntityRoutes(graph: Graph): Router {
  const router = Router();

  router.post('/entities/merge', async (req, res) => {
    const user = requireUser(req, 'analyst');
    const { keepId, mergeId } = parseInput(mergeBody, req.body);
    const result = await mergeEntities(graph, keepId, mergeId, user.username);
    if (!result.ok && result.reason === 'same') throw new ApiError(400, 'invalid_request', 'Invalid "mergeId": it is the same entity as keepId.');
    if (!result.ok) throw new ApiError(404, 'not_found', `No entity with id "${result.field === 'keepId' ? keepId : mergeId}" (${result.field}).`);
    res.status(201).json({ merge: result });
  });

  router.post('/entities/:id/unmerge', async (req, res) => {
    const user = requireUser(req, 'analyst');
    const { id } = parseParams(idParams, req);
    const result = await unmergeEntity(graph, id, user.username);
    if (result.ok) return void res.json({ unmerge: result });
    if (result.reason === 'not_found') throw new ApiError(404, 'not_found', `No merge to undo for entity "${id}".`);
    throw new ApiError(409, 'conflict', `An entity with the merged id exists again (a re-ingest created it); merge it again first.`);
  });

  router.get('/audit', async (req, res) => {
    requireUser(req, 'analyst');
    const query = parseQuery(auditQuery, req);
    const { limit, offset } = query as { limit: number; offset: number };
    const page = await listAudit(graph, { ...query, limit, offset });
    res.json({ ...page, limit, offset });
  });

  return router;
}
