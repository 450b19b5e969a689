import { Graph } from '../../graph/connection';
import { isGraphLost } from '../../graph/driverErrors';
import { readEntityRedirects } from '../../graph/ingest/redirects';
import { loadExtractor } from '../extraction';
import { STAGE_NAMES } from '../stages';
import { ingestUploadedFile } from './ingestFile';
import type { JobOrder, JobReport } from '../../contract/uploadJob';

/**
 * The process that reads one upload job, started by the server for each job: the extraction
 * works here, not on the thread that answers requests, and a document that floods memory takes
 * down this process and its job, not the server. It reports each stage and each file's result;
 * when the server goes away it stops (the server resumes the job when it comes back).
 */

function report(message: JobReport): Promise<void> {
  return new Promise((resolve) => {
    if (!process.send || !process.connected) return resolve();
    process.send(message, () => resolve());
  });
}

async function runJob(order: JobOrder): Promise<void> {
  const graph = new Graph(order.graph);
  try {
    const extractor = loadExtractor();
    const redirects = await readEntityRedirects(graph);
    for (const file of order.files) {
      try {
        const outcome = await ingestUploadedFile(file, {
          graph,
          extractor,
          redirects,
          addedBy: order.addedBy,
          onStage: (stage) => void report({ type: 'stage', index: file.index, stage, progress: STAGE_NAMES.indexOf(stage) / STAGE_NAMES.length }),
        });
        await report({ type: 'result', index: file.index, ...outcome });
      } catch (err) {
        // A lost database stops the job (the rest would fail alike); one bad file does not.
        if (isGraphLost(err)) throw err;
        await report({ type: 'failed', index: file.index, reason: `failed: ${(err as Error).message.split('\n')[0]}` });
      }
    }
    await report({ type: 'done' });
  } finally {
    await graph.close();
  }
}

process.once('message', (order: JobOrder) => {
  runJob(order).then(
    () => process.exit(0),
    (err: unknown) => {
      console.error((err as Error).message);
      process.exit(1);
    },
  );
});
process.once('disconnect', () => process.exit(0));
