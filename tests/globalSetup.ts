import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startLocalNeo4j, freePort } from '../graph/neo4j/local';
import { Graph } from '../graph/connection';
import { applySchema } from '../graph/schema';

/**
 * Starts one throwaway Neo4j (free port, temporary data directory) for the whole test run,
 * or uses NEO4J_URI when it is set. Test files reach it through the NEO4J_* variables.
 */
export default async function globalSetup(): Promise<void> {
  if (!process.env.NEO4J_URI) {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'graph-test-neo4j-'));
    const local = await startLocalNeo4j({
      home,
      boltPort: await freePort(),
      heap: '1g',
      pageCache: '512m',
      passwordFile: path.join(home, 'password'),
      log: () => undefined,
    });
    process.env.NEO4J_URI = local.uri;
    process.env.NEO4J_USER = local.user;
    process.env.NEO4J_PASSWORD = local.password;
    process.env.TEST_NEO4J_HOME = home;
    (globalThis as { __testNeo4j?: { stop(): Promise<void>; home: string } }).__testNeo4j = { stop: local.stop, home };
  }
  const graph = new Graph({
    uri: process.env.NEO4J_URI!,
    user: process.env.NEO4J_USER ?? 'neo4j',
    password: process.env.NEO4J_PASSWORD ?? '',
    database: process.env.NEO4J_DATABASE || undefined,
  });
  try {
    await graph.verify();
    await applySchema(graph);
  } finally {
    await graph.close();
  }
}
