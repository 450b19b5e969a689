import fs from 'node:fs';
import path from 'node:path';
import type { BenchArgs } from './args';
import { startBenchNeo4j } from './lib/benchNeo4j';
import { killGroup, spawnTsx, waitForChild } from './lib/child';
import { resultsDir } from './lib/results';
import { ensureCorpus } from './extract';
import { subsetFolder } from './ingest';
import { duplicateCounts, emptyDatabase, graphCounts } from '../graph/bench/floorLoad';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Counts of the same corpus ingested cleanly, when `bench ingest` measured it. */
function cleanCounts(documents: number): Record<string, number> | undefined {
  try {
    const saved = JSON.parse(fs.readFileSync(path.join(resultsDir, 'ingest.json'), 'utf8')) as { data: { full: { documents: number; counts: Record<string, number> } } };
    return saved.data.full.documents === documents ? saved.data.full.counts : undefined;
  } catch {
    return undefined;
  }
}

/**
 * `npm run ingest` on the corpus, SIGKILLed once half the documents are in Neo4j, then run again
 * to the end: every document present once, and no entity, edge or evidence twice.
 */
export async function benchIngestKill(args: BenchArgs): Promise<{ markdown: string; data: unknown }> {
  const documents = args.quick ? Math.min(args.killDocs, 20) : args.killDocs;
  const folder = subsetFolder(ensureCorpus(args.docs), documents);
  const neo = await startBenchNeo4j('bench-ingest-neo4j', Number(process.env.BENCH_INGEST_NEO4J_PORT ?? 7798));
  try {
    await emptyDatabase(neo.graph);
    const first = spawnTsx('bin/ingest.ts', [folder], neo.graph.config);
    const firstDone = waitForChild(first);
    let inAtKill = 0;
    let exited = false;
    void firstDone.then(() => (exited = true));
    while (!exited) {
      await sleep(300);
      inAtKill = (await graphCounts(neo.graph)).documents;
      if (inAtKill >= documents / 2) {
        killGroup(first, 'SIGKILL');
        break;
      }
    }
    const firstRun = await firstDone;
    const atKill = await graphCounts(neo.graph);
    console.log(`  killed (${firstRun.signal ?? `exit ${firstRun.code}`}) with ${atKill.documents}/${documents} documents in`);
    const second = await waitForChild(spawnTsx('bin/ingest.ts', [folder], neo.graph.config));
    const after = await graphCounts(neo.graph);
    const duplicates = await duplicateCounts(neo.graph);
    const clean = cleanCounts(documents);
    const noDuplicates = Object.values(duplicates).every((n) => n === 0);
    const matchesClean = clean ? JSON.stringify(clean) === JSON.stringify(after) : undefined;
    const pass = firstRun.signal === 'SIGKILL' && second.code === 0 && after.documents === documents && noDuplicates && matchesClean !== false;
    console.log(`  second run exit ${second.code}; ${after.documents} documents; duplicates ${JSON.stringify(duplicates)}`);
    await emptyDatabase(neo.graph);
    const markdown = [
      `**${pass ? 'PASS' : 'FAIL'}**. \`npm run ingest\` over ${documents} synthetic documents, killed with SIGKILL (whole process group) when`,
      `${atKill.documents} documents were in Neo4j (first run ended by ${firstRun.signal ?? `exit ${firstRun.code}`}); run again: exit ${second.code}.`,
      '',
      `- After the kill: ${Object.entries(atKill).map(([k, v]) => `${k} ${v}`).join(', ')}`,
      `- After the second run: ${Object.entries(after).map(([k, v]) => `${k} ${v}`).join(', ')}`,
      `- Duplicates (Cypher: same id twice; same subject, type, object and date twice; same evidence span twice; a document's MENTIONS twice): ${Object.entries(duplicates).map(([k, v]) => `${k} ${v}`).join(', ')}`,
      clean ? `- Same counts as a clean ingest of the same documents (bench ingest): ${matchesClean ? 'yes' : 'NO'}` : '- (No clean-ingest counts of the same size to compare with.)',
    ].join('\n');
    return { markdown, data: { documents, atKill, after, duplicates, clean, firstRun: { code: firstRun.code, signal: firstRun.signal }, secondExit: second.code, secondTail: second.stdout.slice(-800) } };
  } finally {
    await neo.close();
  }
}
