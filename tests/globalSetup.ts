import { prepareTestDatabase, startTestNeo4j, type TestNeo4j } from './helpers/testNeo4j';

/**
 * Starts one throwaway Neo4j (free port, temporary data directory) for the whole test run, or
 * uses NEO4J_URI when it is set. Test files reach it through the NEO4J_* variables. Each
 * integration project names this file; the first one started sets NEO4J_URI, so the others find
 * it set. `npm test` starts and prepares the Neo4j itself and hands it to its two integration
 * runs, which then have nothing to do here (two schema runs at once would race on the indexes).
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.TEST_NEO4J_PREPARED === '1') return;
  if (!process.env.NEO4J_URI) {
    const started = await startTestNeo4j();
    Object.assign(process.env, started.env);
    (globalThis as { __testNeo4j?: TestNeo4j }).__testNeo4j = started;
  }
  await prepareTestDatabase();
}
