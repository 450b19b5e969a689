/**
 * npm start: the local Neo4j (attached when it already runs, else started; or NEO4J_URI), the
 * schema, the sample corpus when the database holds no documents, then the API and explorer on
 * http://localhost:PORT. Ctrl-C stops the server, and Neo4j when this process started it.
 */
import type { Server } from 'node:http';
import path from 'node:path';
import { warmExploreQueries } from '../graph/explore/warmup';
import { SetupError } from '../graph/neo4j/errors';
import { openGraph } from '../graph/runtime';
import { ingestSampleCorpusIfEmpty } from '../ingest/bootstrap';
import { varDir } from '../graph/neo4j/paths';
import { uploadWorkerScript } from '../ingest/upload';
import { createApp } from '../server/app';
import { JobQueue } from '../server/jobs/queue';
import { ensureAdmin } from '../server/auth/ensureAdmin';
import { EXIT, runTool, type ToolOutcome } from './runner';

async function start(): Promise<ToolOutcome> {
  const opened = await openGraph({ restartOnCrash: true });
  // Uploaded documents and the files of unfinished upload jobs (UPLOAD_DIR, else var/uploads).
  const jobs = new JobQueue({ graph: opened.graph, dir: process.env.UPLOAD_DIR ?? path.join(varDir, 'uploads'), worker: uploadWorkerScript, log: (line) => console.log(line) });
  let server: Server | undefined;
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    console.log(`\n${signal}: stopping the server${opened.local ? ' and Neo4j' : ''}…`);
    server?.close();
    server?.closeAllConnections();
    await jobs.close();
    await opened.close();
    process.exit(EXIT.ok);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  try {
    await ensureAdmin(opened.graph);
    await ingestSampleCorpusIfEmpty(opened.graph);
    await warmExploreQueries(opened.graph);
    await jobs.resume();
  } catch (err) {
    await opened.close();
    throw err;
  }

  const port = Number(process.env.PORT ?? 3000);
  const host = process.env.HOST ?? '127.0.0.1';
  const app = createApp({ graph: opened.graph, jobs });
  server = app.listen(port, host, () => {
    console.log(`Explorer: http://localhost:${port}   API: http://localhost:${port}/api/health`);
  });
  server.on('error', (err: NodeJS.ErrnoException) => {
    const failure =
      err.code === 'EADDRINUSE'
        ? new SetupError(`Port ${port} is taken.`, 'Stop the process using it or set PORT to a free port.')
        : new SetupError(`The HTTP server failed: ${err.message}`, `Check HOST (${host}) and PORT (${port}).`);
    console.error(failure.describe());
    void opened.close().then(() => process.exit(EXIT.failed));
  });
  return 'serving';
}

runTool(start);
