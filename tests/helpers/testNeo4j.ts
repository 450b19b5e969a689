import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startLocalNeo4j, freePort } from '../../graph/neo4j/local';
import { Graph } from '../../graph/connection';
import { applySchema } from '../../graph/schema';

/** The run's one throwaway Neo4j: where it listens and how to stop it (which removes its data). */
export interface TestNeo4j {
  /** The NEO4J_* variables, and TEST_NEO4J_HOME: its home, for the tests of attaching to it. */
  env: { NEO4J_URI: string; NEO4J_USER: string; NEO4J_PASSWORD: string; TEST_NEO4J_HOME: string };
  stop(): Promise<void>;
}

/** A throwaway Neo4j on a free port over a temporary data directory. */
export async function startTestNeo4j(): Promise<TestNeo4j> {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'graph-test-neo4j-'));
  const local = await startLocalNeo4j({
    home,
    boltPort: await freePort(),
    heap: '1g',
    pageCache: '512m',
    passwordFile: path.join(home, 'password'),
    log: () => undefined,
    // On a machine busy with other work a start can take minutes; the run waits rather than fails.
    startTimeoutMs: 600_000,
  });
  return {
    env: { NEO4J_URI: local.uri, NEO4J_USER: local.user, NEO4J_PASSWORD: local.password, TEST_NEO4J_HOME: home },
    async stop() {
      await local.stop();
      fs.rmSync(home, { recursive: true, force: true });
    },
  };
}

/** Checks the server named by the NEO4J_* variables answers, and gives it the schema. */
export async function prepareTestDatabase(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const graph = new Graph({
    uri: env.NEO4J_URI!,
    user: env.NEO4J_USER ?? 'neo4j',
    password: env.NEO4J_PASSWORD ?? '',
    database: env.NEO4J_DATABASE || undefined,
  });
  try {
    await graph.verify();
    await applySchema(graph);
  } finally {
    await graph.close();
  }
}
