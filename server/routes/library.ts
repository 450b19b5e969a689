import { Router } from 'express';
import type { Graph } from '../../graph/connection';
import { removeDocument, unsupportedAnnotations } from '../../graph/library';
import { idParams } from '../../contract/wire';
import { signedIn } from '../auth/roles';
import { ApiError } from '../errors';
import { uploadLimits } from '../jobs/limits';
import type { JobQueue } from '../jobs/queue';
import { receiveFiles } from '../jobs/receive';
import { parseParams } from '../validation';

/**
 * The document library's writes: uploading documents (a job, answered 202), following the job,
 * removing a document, and the annotations a removal left without an edge.
 */
export function libraryRoutes(graph: Graph, jobs: JobQueue | undefined): Router {
  const router = Router();
  const queue = (): JobQueue => {
    if (!jobs) throw new ApiError(503, 'uploads_unavailable', 'This server takes no uploads (it was started without a job queue).');
    return jobs;
  };

  router.post('/documents', async (req, res) => {
    const user = signedIn(req);
    const files = await receiveFiles(req, uploadLimits());
    const job = await queue().submit(files, user.username);
    res.status(202).location(`/api/jobs/${job.id}`).json({ job });
  });

  router.get('/jobs/:id', async (req, res) => {
    const { id } = parseParams(idParams, req);
    const job = await queue().get(id);
    if (!job) throw new ApiError(404, 'not_found', `No upload job with id "${id}".`);
    res.json({ job });
  });
  router.delete('/documents/:id', async (req, res) => {
    const { id } = parseParams(idParams, req);
    const removed = await removeDocument(graph, id);
    if (!removed) throw new ApiError(404, 'not_found', `No document with id "${id}".`);
    // The uploaded original goes too, so a re-ingest of the library does not bring it back.
    if (removed.fileName) jobs?.forgetLibraryFile(removed.fileName);
    const { fileName: _name, ...counts } = removed;
    res.json({ removed: { id, ...counts } });
  });
  router.get('/annotations/unsupported', async (_req, res) => {
    const annotations = await unsupportedAnnotations(graph);
    res.json({ annotations: annotations.map((a) => ({ ...a, note: 'no longer supported by any document' })) });
  });
  return router;
}
