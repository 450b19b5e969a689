import { Router, type Request } from 'express';
import type { Graph } from '../../graph/connection';
import {
  createInvestigation,
  deleteInvestigation,
  listInvestigations,
  readInvestigation,
  updateInvestigation,
  type Caller,
  type Refusal,
} from '../../graph/analyst/investigations';
import { makeInvestigationLink, revokeInvestigationLink, shareInvestigation, unshareInvestigation, type ShareOutcome } from '../../graph/analyst/investigationShares';
import { investigationCreateBody, investigationUpdateBody, linkQuery, shareBody, shareParams } from '../../contract/investigations';
import { idParams } from '../../contract/wire';
import { signedIn } from '../auth/roles';
import { ApiError } from '../errors';
import { parseInput, parseParams, parseQuery } from '../validation';

/**
 * Saved investigations. Every route needs an account (a link's key opens one for reading, to
 * an account); an unknown id is 404, one the caller may not see or change is 403.
 */
export function investigationRoutes(graph: Graph): Router {
  const router = Router();
  // Reading needs an account; changing one needs the analyst role, as every other write does
  // (a viewer it is shared with for editing still only reads): the route table says which, and
  // the server checks it before the handler runs.
  const caller = (req: Request): Caller => ({ username: signedIn(req).username, key: parseQuery(linkQuery, req).key });

  router.get('/investigations', async (req, res) => {
    const user = signedIn(req);
    res.json({ investigations: await listInvestigations(graph, user.username) });
  });

  router.post('/investigations', async (req, res) => {
    const user = signedIn(req);
    const input = parseInput(investigationCreateBody, req.body);
    res.status(201).json({ investigation: await createInvestigation(graph, input, user.username) });
  });

  router.get('/investigations/:id', async (req, res) => {
    const who = caller(req);
    const { id } = parseParams(idParams, req);
    const result = await readInvestigation(graph, id, who);
    if (!result.ok) refuse(result, id);
    res.json({ investigation: result.investigation });
  });

  router.patch('/investigations/:id', async (req, res) => {
    const who = caller(req);
    const { id } = parseParams(idParams, req);
    const change = parseInput(investigationUpdateBody, req.body);
    const result = await updateInvestigation(graph, id, change, who);
    if (!result.ok) refuse(result, id, 'Only its owner or an account it is shared with for editing may change it.');
    res.json({ investigation: result.investigation });
  });

  router.delete('/investigations/:id', async (req, res) => {
    const who = caller(req);
    const { id } = parseParams(idParams, req);
    const result = await deleteInvestigation(graph, id, who);
    if (!result.ok) refuse(result, id, 'Only its owner may delete it.');
    res.json({ id, deleted: true });
  });

  router.put('/investigations/:id/shares/:username', async (req, res) => {
    const who = caller(req);
    const { id, username } = parseParams(shareParams, req);
    const { access } = parseInput(shareBody, req.body);
    res.json(sharesOrRefuse(await shareInvestigation(graph, id, username, access, who), id, username));
  });

  router.delete('/investigations/:id/shares/:username', async (req, res) => {
    const who = caller(req);
    const { id, username } = parseParams(shareParams, req);
    res.json(sharesOrRefuse(await unshareInvestigation(graph, id, username, who), id, username));
  });

  router.post('/investigations/:id/link', async (req, res) => {
    const who = caller(req);
    const { id } = parseParams(idParams, req);
    res.json(sharesOrRefuse(await makeInvestigationLink(graph, id, who), id));
  });

  router.delete('/investigations/:id/link', async (req, res) => {
    const who = caller(req);
    const { id } = parseParams(idParams, req);
    res.json(sharesOrRefuse(await revokeInvestigationLink(graph, id, who), id));
  });

  return router;
}

function refuse(result: Refusal, id: string, forbidden = 'This investigation is not shared with you.'): never {
  if (result.reason === 'version_conflict') {
    throw new ApiError(409, 'version_conflict', `Someone saved this investigation first (it is at version ${result.currentVersion}); open it again and redo your change.`);
  }
  if (result.reason === 'not_found') throw new ApiError(404, 'not_found', `No investigation with id "${id}".`);
  throw new ApiError(403, 'forbidden', forbidden);
}

function sharesOrRefuse(result: ShareOutcome, id: string, username?: string) {
  if (result.ok) return result.value;
  if (result.reason === 'not_found') throw new ApiError(404, 'not_found', `No investigation with id "${id}".`);
  if (result.reason === 'forbidden') throw new ApiError(403, 'forbidden', 'Only its owner may share it.');
  if (result.reason === 'self') throw new ApiError(400, 'invalid_request', 'Invalid "username": that is the owner, who has every right already.');
  throw new ApiError(404, 'not_found', `No account "${username}"${result.reason === 'no_user' ? ' to share with (or it was not shared with them)' : ''}.`);
}
