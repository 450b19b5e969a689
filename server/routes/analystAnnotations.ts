import { Router, type Request } from 'express';
import type { Graph } from '../../graph/connection';
import {
  annotationHistory,
  annotationSummaries,
  changeAnnotation,
  createAnnotation,
  listAnnotations,
  type ChangeResult,
  type TargetKind,
} from '../../graph/analyst/annotations';
import { hasRole, signedIn } from '../auth/roles';
import { ApiError } from '../errors';
import { annotationBody, annotationDeleteBody, annotationPatchBody, summaryQuery } from '../../contract/analyst';
import { idParams } from '../../contract/wire';
import { parseInput, parseParams, parseQuery } from '../validation';

/** Annotations on relations and entities: list, add, edit, delete, history. */
export function analystAnnotationRoutes(graph: Graph): Router {
  const router = Router();

  for (const kind of ['relation', 'entity'] as const satisfies TargetKind[]) {
    const base = kind === 'relation' ? '/relations/:id/annotations' : '/entities/:id/annotations';
    router.get(base, async (req, res) => {
      const { id } = parseParams(idParams, req);
      res.json({ annotations: await listAnnotations(graph, id) });
    });
    router.post(base, async (req, res) => {
      const user = signedIn(req);
      const { id } = parseParams(idParams, req);
      const content = parseInput(annotationBody, req.body);
      const annotation = await createAnnotation(graph, { kind, id }, content, user.username);
      if (!annotation) throw new ApiError(404, 'not_found', `No ${kind} with id "${id}".`);
      res.status(201).json({ annotation });
    });
  }

  router.get('/annotations/summary', async (req, res) => {
    const { ids } = parseQuery(summaryQuery, req);
    res.json({ summaries: await annotationSummaries(graph, ids ?? []) });
  });

  // Earlier revisions may hold text its author has since deleted: accounts only, never anonymous.
  router.get('/annotations/:id/history', async (req, res) => {
    const { id } = parseParams(idParams, req);
    const revisions = await annotationHistory(graph, id);
    if (!revisions) throw new ApiError(404, 'not_found', `No annotation with id "${id}".`);
    res.json({ revisions });
  });

  router.patch('/annotations/:id', async (req, res) => {
    const user = signedIn(req);
    const { id } = parseParams(idParams, req);
    const { version: v, ...content } = parseInput(annotationPatchBody, req.body);
    const result = await changeAnnotation(graph, { id, version: v, editor: user.username, isAdmin: hasRole(user, 'admin'), action: 'update', content });
    res.json({ annotation: unwrap(result, id) });
  });

  router.delete('/annotations/:id', async (req, res) => {
    const user = signedIn(req);
    const { id } = parseParams(idParams, req);
    const { version: v } = parseInput(annotationDeleteBody, versionFrom(req));
    const result = await changeAnnotation(graph, { id, version: v, editor: user.username, isAdmin: hasRole(user, 'admin'), action: 'delete' });
    res.json({ annotation: unwrap(result, id) });
  });

  return router;
}

/** DELETE may carry the version in the body or as ?version= (some clients drop DELETE bodies). */
function versionFrom(req: Request): unknown {
  const body = req.body as { version?: unknown } | undefined;
  if (body?.version !== undefined) return body;
  const query = typeof req.query.version === 'string' ? req.query.version : undefined;
  return { version: query !== undefined && /^\d+$/.test(query) ? Number(query) : query };
}

function unwrap(result: ChangeResult, id: string) {
  if (result.ok) return result.annotation;
  if (result.reason === 'not_found') throw new ApiError(404, 'not_found', `No annotation with id "${id}".`);
  if (result.reason === 'forbidden') throw new ApiError(403, 'forbidden', 'Only its author or an admin may change this annotation.');
  throw new ApiError(
    409,
    'version_conflict',
    `Someone changed this annotation first (it is at version ${result.currentVersion}); reload it and apply your change again.`,
  );
}
