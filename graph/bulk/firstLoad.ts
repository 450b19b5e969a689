import type { Graph } from '../connection';
import { SetupError } from '../neo4j/errors';
import { findRunning } from '../neo4j/running';
import { externalConfig, localSettings, openGraph, type OpenGraph } from '../runtime';
import { isEntityType } from '../ontology';
import { runAdminImport } from './adminImport';
import type { ImportFileSet } from './importFiles';

/**
 * A first load of a large corpus: the import files go into the local Neo4j's store with
 * neo4j-admin while the server is stopped, then the server starts again and gets its schema.
 * Only into an empty local database: the import builds a new store (anything in it would be
 * lost), and neo4j-admin needs the store's folder (a server named by NEO4J_URI has it elsewhere).
 */

export interface BulkTarget {
  home: string;
  env: NodeJS.ProcessEnv;
}

const labels = new Set(['Document', 'Evidence', 'Source', 'Entity']);

/** Refuses clearly unless the local database is empty and this process may stop it; leaves it stopped. */
export async function checkBulkTarget(env: NodeJS.ProcessEnv, log: (line: string) => void): Promise<BulkTarget> {
  const external = externalConfig(env);
  if (external) {
    throw new SetupError(
      `--bulk builds the store files of the local Neo4j, and NEO4J_URI names another server (${external.uri}) whose store neo4j-admin cannot reach.`,
      'Ingest without --bulk (transactional writes work with any server), or unset NEO4J_URI to load the local Neo4j.',
    );
  }
  const opened = await openGraph({ env, log });
  try {
    if (opened.source !== 'started') {
      throw new SetupError(
        'The local Neo4j is running, started by another process (npm start?): --bulk must stop it to build its store.',
        'Stop that process (Ctrl-C where it runs), then run the bulk load again; or ingest without --bulk.',
      );
    }
    const nodes = await nodeCount(opened.graph);
    if (nodes > 0) {
      throw new SetupError(
        `The local database is not empty (${nodes} nodes): --bulk builds a new store and would lose them.`,
        'Ingest without --bulk to add documents to it, or point NEO4J_HOME_DIR at an empty home for a first load.',
      );
    }
  } finally {
    await opened.close();
  }
  return { home: localSettings(env).home, env };
}

/** Nodes other than the schema's own markers (applySchema records its migrations in the store). */
async function nodeCount(graph: Graph): Promise<number> {
  const [row] = await graph.readRows<{ n: number }>('MATCH (n) WHERE NOT n:Migration RETURN count(n) AS n');
  return row?.n ?? 0;
}

export interface BulkLoadTimes {
  importSeconds: number;
  /** Starting the server again, the schema and the empty lists CSV cannot hold. */
  startSeconds: number;
}

/** neo4j-admin import into the stopped local database, then start it and apply the schema: the graph open. */
export async function importAndOpen(target: BulkTarget, files: ImportFileSet, log: (line: string) => void): Promise<{ opened: OpenGraph; times: BulkLoadTimes }> {
  const running = findRunning(target.home);
  if (running) {
    throw new SetupError(
      `The local Neo4j was started again meanwhile (process ${running.pid}); the import needs it stopped.`,
      'Stop it and run the bulk load again.',
    );
  }
  const { seconds: importSeconds } = await runAdminImport(target.home, files, log);
  const started = performance.now();
  // openGraph starts the server and applies the schema (constraints, indexes) to the new store.
  const opened = await openGraph({ env: target.env, log });
  try {
    await restoreEmptyLists(opened.graph, files.emptyLists);
  } catch (err) {
    await opened.close();
    throw err;
  }
  return { opened, times: { importSeconds, startSeconds: (performance.now() - started) / 1000 } };
}

/** An empty list is a value the writer stores ([] section path, no mention windows); CSV reads it as absent. */
async function restoreEmptyLists(graph: Graph, lists: ImportFileSet['emptyLists']): Promise<void> {
  for (const { label, key, ids } of lists) {
    // Labels and keys are the import's own (its row shapes), never input: checked before splicing.
    if (!(labels.has(label) || isEntityType(label)) || !/^[A-Za-z][A-Za-z0-9]*$/.test(key)) throw new Error(`unexpected empty list ${label}.${key}`);
    for (let i = 0; i < ids.length; i += 10_000) {
      await graph.writeRows(`UNWIND $ids AS id MATCH (n:${label} {id: id}) SET n.${key} = []`, { ids: ids.slice(i, i + 10_000) });
    }
  }
}
