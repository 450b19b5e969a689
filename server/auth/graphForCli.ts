import fs from 'node:fs';
import path from 'node:path';
import { Graph } from '../../graph/connection';
import { isPortFree } from '../../graph/neo4j/local';
import { secretsDir } from '../../graph/neo4j/paths';
import { openGraph, externalConfig, type OpenGraph } from '../../graph/runtime';

/**
 * The account commands run beside a running server: when the local Neo4j is already up (its
 * Bolt port taken, its password on disk) they connect to it instead of starting a second one.
 */
export async function graphForCli(): Promise<OpenGraph> {
  const passwordFile = path.join(secretsDir, 'neo4j-password');
  const port = Number(process.env.NEO4J_BOLT_PORT ?? 7687);
  const external = externalConfig();
  if (external) {
    // The server applies the schema at start; the account commands need only a connection.
    const graph = new Graph(external);
    await graph.verify();
    return { graph, close: () => graph.close() };
  }
  if (fs.existsSync(passwordFile) && !(await isPortFree(port))) {
    const graph = new Graph({
      uri: `bolt://127.0.0.1:${port}`,
      user: 'neo4j',
      password: fs.readFileSync(passwordFile, 'utf8').trim(),
      database: process.env.NEO4J_DATABASE || undefined,
    });
    await graph.verify();
    return { graph, close: () => graph.close() };
  }
  return openGraph(() => undefined);
}
