/**
 * One ingest of the first N bench documents into the emptied bench database with every write
 * statement under PROFILE (INGEST_TRACE=profile): time, rows in, db hits and the costliest
 * operators of each statement, on stderr. Then the floor (the same final graph written again
 * with batched UNWIND + CREATE) under PROFILE too: the db hits of both, which unlike seconds do
 * not depend on how busy the machine is. Usage: tsx bench/ingestProfile.ts [N] [trace mode]
 */
import type { ProfiledPlan } from 'neo4j-driver';
import type { Graph } from '../graph/connection';
import { startBenchNeo4j } from './lib/benchNeo4j';
import { spawnTsx, waitForChild } from './lib/child';
import { ensureCorpus } from './extract';
import { subsetFolder } from './ingest';
import { emptyDatabase, readFinalGraph, writeFloorGraph } from '../graph/bench/floorLoad';

function dbHits(plan: ProfiledPlan): number {
  return plan.dbHits + plan.children.reduce((n, child) => n + dbHits(child), 0);
}

/** The floor's statements, each run under PROFILE: their db hits added up. */
async function floorDbHits(graph: Graph): Promise<number> {
  const final = await readFinalGraph(graph);
  await emptyDatabase(graph);
  let hits = 0;
  const profiling = {
    writeRows: (cypher: string, params: Record<string, unknown>) =>
      graph.write(async (tx) => {
        const result = await tx.run(`PROFILE ${cypher}`, params);
        if (result.summary.profile) hits += dbHits(result.summary.profile);
        return [];
      }),
  } as unknown as Graph;
  await writeFloorGraph(profiling, final);
  return hits;
}

async function main(): Promise<void> {
  const n = Number(process.argv[2] ?? 100);
  const mode = process.argv[3] ?? 'profile';
  const corpus = ensureCorpus(n);
  const neo = await startBenchNeo4j('bench-ingest-neo4j', Number(process.env.BENCH_INGEST_NEO4J_PORT ?? 7798));
  try {
    await emptyDatabase(neo.graph);
    const child = spawnTsx('bench/ingestChild.ts', [subsetFolder(corpus, n)], neo.graph.config, { INGEST_TRACE: mode });
    const run = await waitForChild(child);
    process.stderr.write(run.stderr);
    const result = run.stdout.split('\n').find((l) => l.startsWith('RESULT '));
    console.log(result ? result.slice(0, 300) : `failed (exit ${run.code})`);
    if (result && mode === 'profile') {
      const ingestHits = [...run.stderr.matchAll(/db hits (\d+)/g)].reduce((sum, m) => sum + Number(m[1]), 0);
      const floorHits = await floorDbHits(neo.graph);
      console.log(`db hits: ingest ${ingestHits}, floor ${floorHits}, ratio ${(ingestHits / floorHits).toFixed(2)}`);
    }
    await emptyDatabase(neo.graph);
  } finally {
    await neo.close();
  }
}

main().then(() => process.exit(0), (err: unknown) => {
  console.error(err);
  process.exit(1);
});
