import path from 'node:path';
import { Graph } from '../../graph/connection';
import { freePort, isPortFree, startLocalNeo4j, type LocalNeo4j } from '../../graph/neo4j/local';
import { varDir } from '../../graph/neo4j/paths';
import { applySchema } from '../../graph/schema';
import { lockHome } from './homeLock';

export interface BenchNeo4j {
  graph: Graph;
  local: LocalNeo4j;
  /** Stop the server (the Graph and its driver stay, as a running API's would). */
  stopServer(): Promise<void>;
  /** Start it again on the same port and data. */
  startServer(): Promise<void>;
  home: string;
  boltPort: number;
  close(): Promise<void>;
}

/**
 * The benchmarks' own Neo4j (var/bench-neo4j, its own Bolt port), so a run never touches the
 * product's database. BENCH_NEO4J_PORT, BENCH_NEO4J_HEAP and BENCH_NEO4J_PAGECACHE override.
 */
/** Servers started and not yet stopped: run.ts stops them on Ctrl-C or SIGTERM. */
const running = new Set<() => Promise<void>>();

export async function stopAllBenchNeo4j(): Promise<void> {
  await Promise.all([...running].map((stop) => stop().catch(() => undefined)));
}

export async function startBenchNeo4j(name = 'bench-neo4j', defaultPort = 7797, options: { restartOnCrash?: boolean; heap?: string; pageCache?: string; schema?: boolean } = {}): Promise<BenchNeo4j> {
  const home = path.join(varDir, name);
  const release = await lockHome(home);
  const wanted = name === 'bench-neo4j' ? Number(process.env.BENCH_NEO4J_PORT ?? defaultPort) : defaultPort;
  // The data lives in `home`, not in the port: when the usual port is taken, any free one will do.
  const boltPort = (await isPortFree(wanted)) ? wanted : await freePort();
  const start = () =>
    startLocalNeo4j({
      home,
      boltPort,
      // The large graph gets 4g heap; the ingest database 3g, as reading back the final graph of
      // 1,000 documents (40 MB of text in one result) for the floor needs more than 1g allows a
      // transaction; the sample database is small.
      heap: process.env.BENCH_NEO4J_HEAP ?? options.heap ?? (name === 'bench-neo4j' ? '4g' : name === 'bench-ingest-neo4j' ? '3g' : '1g'),
      pageCache: process.env.BENCH_NEO4J_PAGECACHE ?? options.pageCache ?? (name === 'bench-neo4j' ? '2g' : '512m'),
      passwordFile: path.join(home, 'password'),
      log: (line) => console.log(`  ${line}`),
      // A busy machine can take minutes to bring a JVM and its store up.
      startTimeoutMs: 600_000,
      // As npm start does: the red-team run kills Neo4j and expects it back.
      restartOnCrash: options.restartOnCrash,
    });
  let local: LocalNeo4j;
  try {
    local = await start();
  } catch (err) {
    release();
    throw err;
  }
  const stopCurrent = () => local.stop();
  running.add(stopCurrent);
  const graph = new Graph({ uri: local.uri, user: local.user, password: local.password });
  await graph.verify();
  if (options.schema !== false) await applySchema(graph);
  return {
    graph,
    get local() {
      return local;
    },
    home,
    boltPort,
    stopServer: () => local.stop(),
    async startServer() {
      local = await start();
    },
    async close() {
      running.delete(stopCurrent);
      await graph.close();
      await local.stop();
      release();
    },
  };
}
