import fs from 'node:fs';
import path from 'node:path';
import { Graph, type GraphConfig } from './connection';
import { SetupError } from './neo4j/errors';
import { isPortFree, startLocalNeo4j, type LocalNeo4j } from './neo4j/local';
import { localHome, secretsDir } from './neo4j/paths';
import { findRunning, forgetRunning, readRunningRecord } from './neo4j/running';
import { orphansOf, stopProcess } from './neo4j/orphans';
import { applySchema } from './schema';

/**
 * The one way every entry point (server, ingest, user, neo4j, bench, tests) reaches Neo4j:
 *   1. NEO4J_URI set: that server;
 *   2. else the local Neo4j already running on this home (its record in run/, or its Bolt port
 *      taken and its password in var/secrets): attach to it;
 *   3. else start the local Neo4j (fetching it if needed).
 * Only the process that started a Neo4j stops it: closing an attached or external graph just
 * closes the connection.
 */

export type GraphSource = 'external' | 'attached' | 'started';

export interface OpenGraph {
  graph: Graph;
  source: GraphSource;
  /** Present when this process started the local Neo4j (and will stop it on close). */
  local?: LocalNeo4j;
  close(): Promise<void>;
}

export interface OpenGraphOptions {
  log?: (line: string) => void;
  env?: NodeJS.ProcessEnv;
  /** A local Neo4j this process starts is started again when it dies (the server; not one-off tools). */
  restartOnCrash?: boolean;
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

/** Where the local Neo4j lives and listens, from the environment. */
export function localSettings(env: NodeJS.ProcessEnv = process.env) {
  return {
    home: env.NEO4J_HOME_DIR ?? localHome(),
    boltPort: Number(env.NEO4J_BOLT_PORT ?? 7687),
    heap: env.NEO4J_HEAP ?? '4g',
    pageCache: env.NEO4J_PAGECACHE ?? '2g',
    passwordFile: env.NEO4J_PASSWORD_FILE ?? path.join(secretsDir, 'neo4j-password'),
    database: env.NEO4J_DATABASE || undefined,
  };
}

/** The running local Neo4j to attach to, if there is one; undefined when one should be started. */
async function runningLocal(settings: ReturnType<typeof localSettings>, log: (line: string) => void): Promise<{ config: GraphConfig; note: string; recorded: boolean } | undefined> {
  await reclaimOrphans(settings.home, settings.boltPort, log);
  const recorded = findRunning(settings.home);
  if (recorded && !(await isPortFree(recorded.boltPort))) {
    return {
      config: { uri: `bolt://127.0.0.1:${recorded.boltPort}`, user: 'neo4j', password: readPassword(recorded.passwordFile), database: settings.database },
      note: `started by process ${recorded.ownerPid}`,
      recorded: true,
    };
  }
  // A Neo4j on our port without a record (started by an older version of the project): ours
  // if our password opens it; a stranger's otherwise (then starting fails with "port taken").
  if (!(await isPortFree(settings.boltPort)) && fs.existsSync(settings.passwordFile)) {
    return {
      config: { uri: `bolt://127.0.0.1:${settings.boltPort}`, user: 'neo4j', password: readPassword(settings.passwordFile), database: settings.database },
      note: 'its Bolt port is taken and the stored password opens it',
      recorded: false,
    };
  }
  return undefined;
}

/**
 * Stops a local Neo4j left behind by a start that was killed (its owner is gone), so this start
 * owns the one it uses: it will stop it on exit and start it again if it dies. One started by a
 * live process (npm start serving while npm run ingest runs) is left alone and attached to.
 */
async function reclaimOrphans(home: string, boltPort: number, log: (line: string) => void): Promise<void> {
  const record = readRunningRecord(home);
  const orphans = orphansOf(home, record);
  for (const pid of orphans) {
    log(`Stopping the local Neo4j left running by an earlier start that ended without stopping it (process ${pid})…`);
    await stopProcess(pid);
    if (record?.pid === pid) forgetRunning(home, pid);
  }
  // Its port is free again a moment after the process ends.
  const port = record?.boltPort ?? boltPort;
  for (let i = 0; orphans.length > 0 && i < 40 && !(await isPortFree(port)); i++) await new Promise((r) => setTimeout(r, 250));
}

function readPassword(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch {
    throw new SetupError(`The running local Neo4j's password file ${file} can't be read.`, 'Stop that Neo4j (Ctrl-C where it was started) and start again.');
  }
}

/** Connects, applies the schema (idempotent), and closes the connection again on failure. */
async function ready(graph: Graph): Promise<void> {
  try {
    await graph.verify();
    await applySchema(graph);
  } catch (err) {
    await graph.close();
    throw err;
  }
}

export async function openGraph(options: OpenGraphOptions = {}): Promise<OpenGraph> {
  const log = options.log ?? console.log;
  const env = options.env ?? process.env;
  const external = externalConfig(env);
  if (external) {
    log(`Using the Neo4j at ${external.uri}`);
    const graph = new Graph(external);
    await ready(graph);
    return { graph, source: 'external', close: () => graph.close() };
  }

  const settings = localSettings(env);
  const running = await runningLocal(settings, log);
  if (running) {
    const graph = new Graph(running.config);
    try {
      await ready(graph);
      log(`Using the local Neo4j already running at ${running.config.uri} (${running.note})`);
      return { graph, source: 'attached', close: () => graph.close() };
    } catch (err) {
      const stranger = !running.recorded && err instanceof SetupError && /refused the credentials/.test(err.message);
      if (!stranger) throw err;
      throw new SetupError(
        `Bolt port ${new URL(running.config.uri).port} on 127.0.0.1 is taken by a Neo4j that refuses this project's password (another Neo4j, not ours).`,
        `Stop the process using it (ss -ltnp | grep ${new URL(running.config.uri).port}) or set NEO4J_BOLT_PORT to a free port.`,
      );
    }
  }

  const local = await startLocalNeo4j({ ...settings, log, restartOnCrash: options.restartOnCrash });
  const graph = new Graph({ uri: local.uri, user: local.user, password: local.password, database: settings.database });
  try {
    await ready(graph);
  } catch (err) {
    await local.stop();
    throw err;
  }
  return {
    graph,
    source: 'started',
    local,
    async close() {
      await graph.close();
      await local.stop();
    },
  };
}
