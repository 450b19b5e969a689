import path from 'node:path';
import { Graph, type GraphConfig } from './connection';
import { startLocalNeo4j, type LocalNeo4j } from './neo4j/local';
import { localHome, secretsDir } from './neo4j/paths';
import { applySchema } from './schema';

export interface OpenGraph {
  graph: Graph;
  /** Present when the project started its own Neo4j. */
  local?: LocalNeo4j;
  close(): Promise<void>;
}

export function externalConfig(env: NodeJS.ProcessEnv = process.env): GraphConfig | undefined {
  if (!env.NEO4J_URI) return undefined;
  return {
    uri: env.NEO4J_URI,
    user: env.NEO4J_USER ?? 'neo4j',
    password: env.NEO4J_PASSWORD ?? '',
    database: env.NEO4J_DATABASE || undefined,
  };
}

/**
 * Connect to NEO4J_URI when it is set; otherwise start (fetching if needed) the local Neo4j.
 * Applies the schema either way, so every entry point sees the same constraints and indexes.
 */
export async function openGraph(log: (line: string) => void = console.log): Promise<OpenGraph> {
  const external = externalConfig();
  let local: LocalNeo4j | undefined;
  let config: GraphConfig;
  if (external) {
    config = external;
    log(`Using the Neo4j at ${external.uri}`);
  } else {
    local = await startLocalNeo4j({
      home: localHome(),
      boltPort: Number(process.env.NEO4J_BOLT_PORT ?? 7687),
      heap: process.env.NEO4J_HEAP ?? '4g',
      pageCache: process.env.NEO4J_PAGECACHE ?? '2g',
      passwordFile: path.join(secretsDir, 'neo4j-password'),
      log,
    });
    config = { uri: local.uri, user: local.user, password: local.password, database: process.env.NEO4J_DATABASE || undefined };
  }
  const graph = new Graph(config);
  try {
    await graph.verify();
    await applySchema(graph);
  } catch (err) {
    await graph.close();
    await local?.stop();
    throw err;
  }
  return {
    graph,
    local,
    async close() {
      await graph.close();
      await local?.stop();
    },
  };
}
