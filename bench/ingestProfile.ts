/**
 * One ingest of the first N bench documents into the emptied bench database with every write
 * statement under PROFILE (INGEST_TRACE=profile): time, rows in, db hits and the costliest
 * operators of each statement, on stderr. Usage: tsx bench/ingestProfile.ts [N] [trace mode]
 */
import { startBenchNeo4j } from './lib/benchNeo4j';
import { spawnTsx, waitForChild } from './lib/child';
import { ensureCorpus } from './extract';
import { subsetFolder } from './ingest';
import { emptyDatabase } from '../graph/bench/floorLoad';

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
    await emptyDatabase(neo.graph);
  } finally {
    await neo.close();
  }
}

main().then(() => process.exit(0), (err: unknown) => {
  console.error(err);
  process.exit(1);
});
