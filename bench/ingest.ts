import fs from 'node:fs';
import path from 'node:path';
import type { BenchArgs } from './args';
import { startBenchNeo4j, type BenchNeo4j } from './lib/benchNeo4j';
import { killGroup, spawnTsx, waitForChild } from './lib/child';
import { saveSection, table } from './lib/results';
import { formatSpread, spread } from './lib/stats';
import { ensureCorpus } from './extract';
import { emptyDatabase, graphCounts, readFinalGraph, writeFloorGraph } from '../graph/bench/floorLoad';
import { graphChecksum, type GraphChecksum } from './lib/graphChecksum';
import { bulkLoad, type BulkComparison } from './ingestBulk';

export interface IngestResult {
  seconds: number;
  /** CPU seconds of the whole process (every thread), and its peak resident memory. */
  cpuSeconds?: number;
  peakMB?: number;
  written: number;
  skipped: number;
  extractSeconds: number;
  extractedBytes: number;
  checkpoints: { documents: number; rssMB: number; peakMB: number; seconds: number }[];
}

/**
 * A folder holding the first `n` documents of the corpus (hard links: the ingest follows no
 * symbolic link out of the folder it is given), so a run ingests exactly those.
 */
export function subsetFolder(corpus: string, n: number): string {
  const dir = path.join(corpus, `first-${n}`);
  const files = fs.readdirSync(path.join(corpus, 'docs')).sort().slice(0, n);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  for (const f of files) fs.linkSync(path.join(corpus, 'docs', f), path.join(dir, f));
  return dir;
}

export async function ingestInChild(neo: BenchNeo4j, folder: string, dryRun = false, deadlineMs = Infinity, extraArgs: string[] = []): Promise<IngestResult> {
  const child = spawnTsx('bench/ingestChild.ts', [...(dryRun ? [folder, '--dry-run'] : [folder]), ...extraArgs], neo.graph.config);
  const checkpoints: IngestResult['checkpoints'] = [];
  // A memory pass may be cut short at a deadline: the checkpoints so far are its result.
  const timer = Number.isFinite(deadlineMs) ? setTimeout(() => killGroup(child, 'SIGKILL'), deadlineMs) : undefined;
  const run = await waitForChild(child, (line) => {
    if (!line.startsWith('PROGRESS ')) return;
    console.log(`    ${line.slice(9)}`);
    checkpoints.push(JSON.parse(line.slice(9)) as IngestResult['checkpoints'][number]);
  });
  clearTimeout(timer);
  if (run.signal === 'SIGKILL' && dryRun) return { seconds: NaN, written: 0, skipped: 0, extractSeconds: NaN, extractedBytes: NaN, checkpoints };
  const result = run.stdout.split('\n').find((l) => l.startsWith('RESULT '));
  if (run.code !== 0 || !result) throw new Error(`ingest of ${folder} failed (exit ${run.code}): ${run.stderr.slice(-500)}`);
  return JSON.parse(result.slice(7)) as IngestResult;
}

interface Comparison {
  documents: number;
  ingestSeconds: number;
  writeSeconds: number;
  floorSeconds: number;
  ratio: number;
  writeRatio: number;
  sameGraph: boolean;
  counts: Record<string, number>;
  ingest: IngestResult;
}

/** The last comparison's graph, for the bulk load to be compared with (kept out of the saved figures). */
let lastChecksum: GraphChecksum | undefined;

/** Ingest `n` documents end to end, read the final graph back, write it again as the floor. */
async function compare(neo: BenchNeo4j, corpus: string, n: number): Promise<Comparison> {
  await emptyDatabase(neo.graph);
  const ingest = await ingestInChild(neo, subsetFolder(corpus, n));
  const counts = await graphCounts(neo.graph);
  const final = await readFinalGraph(neo.graph);
  lastChecksum = graphChecksum(final);
  await emptyDatabase(neo.graph);
  const t = performance.now();
  await writeFloorGraph(neo.graph, final);
  const floorSeconds = (performance.now() - t) / 1000;
  const floorCounts = await graphCounts(neo.graph);
  await emptyDatabase(neo.graph);
  const writeSeconds = ingest.seconds - ingest.extractSeconds;
  const c: Comparison = {
    documents: n,
    ingestSeconds: ingest.seconds,
    writeSeconds,
    floorSeconds,
    ratio: ingest.seconds / floorSeconds,
    writeRatio: writeSeconds / floorSeconds,
    sameGraph: JSON.stringify(counts) === JSON.stringify(floorCounts),
    counts,
    ingest,
  };
  console.log(`  ${n} docs: ingest ${c.ingestSeconds.toFixed(1)} s (writing ${writeSeconds.toFixed(1)} s), floor ${floorSeconds.toFixed(1)} s, ratio ${c.ratio.toFixed(2)} (write path ${c.writeRatio.toFixed(2)})`);
  return c;
}

/** `bench ingest`: end-to-end ingest vs the UNWIND floor, and peak RSS as the corpus grows. */
export async function benchIngest(args: BenchArgs): Promise<void> {
  const started = performance.now();
  const corpus = ensureCorpus(args.docs);
  const neo = await startBenchNeo4j('bench-ingest-neo4j', Number(process.env.BENCH_INGEST_NEO4J_PORT ?? 7798));
  try {
    const small = Math.min(args.ingestDocs, args.quick ? 10 : args.ingestDocs);
    const repeated: Comparison[] = [];
    for (let run = 0; run < 3; run++) repeated.push(await compare(neo, corpus, small));
    let full = repeated[repeated.length - 1];
    let bulk: BulkComparison | undefined;
    let memory = full.ingest;
    let memoryNote = `the ingest process over ${full.documents} documents, written to Neo4j`;
    if (args.rssDryRun) {
      console.log(`  memory: ${args.docs} documents without writing (--rss-dry-run)…`);
      const deadline = Number(process.env.BENCH_RSS_DEADLINE_S ?? Infinity) * 1000;
      memory = await ingestInChild(neo, subsetFolder(corpus, args.docs), true, deadline);
      const reached = memory.checkpoints[memory.checkpoints.length - 1]?.documents ?? 0;
      memoryNote = `the ingest process over ${reached === args.docs ? 'all ' : ''}${reached} of ${args.docs} documents with --dry-run (load, structure, extraction; nothing written)${reached < args.docs ? ', stopped at the time limit' : ''}`;
    } else if (args.docs > small) {
      full = await compare(neo, corpus, args.docs);
      memory = full.ingest;
      // The bench's ingest server is idle meanwhile; the bulk load brings up a home of its own.
      bulk = await bulkLoad(path.join(corpus, `first-${args.docs}`), args.docs, { counts: full.counts, checksum: lastChecksum! });
      memoryNote = `the ingest process over ${full.documents} documents, written to Neo4j`;
    }
    const rows = (c: Comparison) => [c.documents, c.ingestSeconds.toFixed(1), c.writeSeconds.toFixed(1), c.floorSeconds.toFixed(1), c.ratio.toFixed(2), c.writeRatio.toFixed(2), c.sameGraph ? 'yes' : 'NO'];
    const writeRatio = spread(repeated.map((c) => c.writeRatio));
    const markdown = [
      'End-to-end ingest (the product\'s runIngest in its own process: load, structure, extraction, then',
      'one write transaction per batch of up to 10,000 rows with MERGE and evidence replacement, written while',
      'the next batch is extracted) against the floor: the same final graph, read back, written into the empty',
      'database with batched UNWIND + CREATE. "writing" is the wall time outside extraction (what the pipeline',
      'could not hide behind it). Target: ingest ≤ 1.5× the floor (median of 3 runs).',
      '',
      table(['documents', 'ingest s', 'of which writing s', 'floor s', 'ratio ingest/floor', 'ratio writing/floor', 'same counts'], [...repeated.map(rows), ...(full === repeated[repeated.length - 1] ? [] : [rows(full)])]),
      '',
      `Ratio over ${repeated.length} runs of ${small} documents: total ${formatSpread(spread(repeated.map((c) => c.ratio)))}, write path ${formatSpread(writeRatio)}.`,
      '',
      `Graph after ${full.documents} documents: ${Object.entries(full.counts).map(([k, v]) => `${k} ${v}`).join(', ')}.`,
      '',
      ...(bulk ? bulkMarkdown(bulk, full) : []),
      `Memory of ${memoryNote} (documents are streamed one at a time; RSS should stay flat):`,
      '',
      table(['documents done', 'RSS MiB', 'peak RSS MiB', 'seconds'], memory.checkpoints.map((p) => [p.documents, p.rssMB.toFixed(0), p.peakMB.toFixed(0), p.seconds.toFixed(0)])),
    ].join('\n');
    saveSection({ name: 'ingest', title: 'Ingest end to end', seconds: (performance.now() - started) / 1000, markdown, data: { repeated, full, bulk, memory, memoryNote } });
  } finally {
    await neo.close();
  }
}

function bulkMarkdown(b: BulkComparison, full: Comparison): string[] {
  return [
    `A first load of the same ${b.documents} documents with \`npm run ingest -- --bulk\` (extraction on one thread as above, the`,
    'rows written to CSV import files, Neo4j stopped, `neo4j-admin database import full`, Neo4j started again with its',
    'schema, near-duplicates flagged) into an empty local home of its own, against the transactional ingest above:',
    '',
    table(
      ['path', 'total s', 'empty check (start, count, stop) s', 'extraction + writes or import files s', 'neo4j-admin import s', 'start + schema s', 'same counts', 'same checksum'],
      [
        ['transactional', full.ingestSeconds.toFixed(1), '', full.ingestSeconds.toFixed(1), '', '', 'yes', 'yes'],
        ['bulk', b.seconds.toFixed(1), b.checkSeconds.toFixed(1), b.extractSeconds.toFixed(1), b.importSeconds.toFixed(1), b.startSeconds.toFixed(1), b.sameCounts ? 'yes' : 'NO', b.sameChecksum ? 'yes' : 'NO'],
      ],
    ),
    '',
    `Bulk total / transactional total: ${(b.seconds / full.ingestSeconds).toFixed(2)}; the import and restart against the UNWIND floor of the same graph (${full.floorSeconds.toFixed(1)} s): ${((b.importSeconds + b.startSeconds) / full.floorSeconds).toFixed(2)}.`,
    '',
  ];
}
