/**
 * npm start: the local Neo4j (or NEO4J_URI), the schema, the sample corpus when the database
 * holds no documents, then the API and explorer on http://localhost:PORT. Ctrl-C stops both.
 */
import type { Server } from 'node:http';
import { openGraph } from '../graph/runtime';
import { exitWithError } from '../graph/neo4j/errors';
import { ingestSampleCorpusIfEmpty } from '../ingest/bootstrap';
import { createApp } from './app';
import { ensureAdmin } from './auth/ensureAdmin';
import { warmExploreQueries } from '../graph/explore/warmup';

async function main(): Promise<void> {
  const opened = await openGraph();
  let server: Server | undefined;
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    console.log(`\n${signal}: stopping the server and Neo4j…`);
    server?.close();
    server?.closeAllConnections();
    await opened.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  await ensureAdmin(opened.graph);
  await ingestSampleCorpusIfEmpty(opened.graph);
  await warmExploreQueries(opened.graph);

  const port = Number(process.env.PORT ?? 3000);
  const host = process.env.HOST ?? '127.0.0.1';
  const app = createApp({ graph: opened.graph });
  server = app.listen(port, host, () => {
    console.log(`Explorer: http://localhost:${port}   API: http://localhost:${port}/api/health`);
  });
  server.on('error', (err: NodeJS.ErrnoException) => {
    const message = err.code === 'EADDRINUSE' ? `Port ${port} is taken. Remedy: set PORT to a free port.` : String(err);
    console.error(`Error: ${message}`);
    void opened.close().then(() => process.exit(1));
  });
}

main().catch(exitWithError);
