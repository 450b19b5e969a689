import os from 'node:os';
import type { BenchArgs } from './args';
import { ingestInChild, type IngestResult } from './ingest';
import { startBenchNeo4j, type BenchNeo4j } from './lib/benchNeo4j';
import { differentAttributes, graphChecksum, type GraphChecksum } from './lib/graphChecksum';
import { saveSection, table } from './lib/results';
import { ensureRealCorpus } from './realCorpus';
import { emptyDatabase, graphCounts, readFinalGraph } from '../graph/bench/floorLoad';

interface Run {
  label: string;
  processes: number;
  workers: number;
  seconds: number;
  cpuSeconds: number;
  peakMB: number;
  counts: Record<string, number>;
  checksum: string;
  sameAsReference: boolean;
  /** Entities (display names) and edges (confidence, method, properties) whose order-kept attributes differ from the reference. */
  byOrder: { entities: number; relations: number };
  rss: IngestResult['checkpoints'];
}

/**
 * `bench scale`: the real-text corpus ingested end to end (a) in one process with one thread,
 * (b) in one process with two extraction workers, (c) by two processes, each with its half of
 * the files (--shard 1/2, 2/2), at the same time into the same database. Each starts from the
 * empty database; each graph is compared with (a) by counts and a content checksum.
 */
export async function benchScale(args: BenchArgs): Promise<void> {
  const started = performance.now();
  const loadAtStart = os.loadavg()[0];
  const corpus = await ensureRealCorpus(args.quick ? 40 : args.docs);
  console.log(`  real-text corpus: ${corpus.documents} documents, ${(corpus.bytes / 1e6).toFixed(1)} MB`);
  const neo = await startBenchNeo4j('bench-ingest-neo4j', Number(process.env.BENCH_INGEST_NEO4J_PORT ?? 7798));
  // Without the database (--dry-run): read, structure and extract only, what the workers share out.
  const dry: { workers: number; seconds: number; cpuSeconds: number; peakMB: number }[] = [];
  for (const workers of [1, 2]) {
    const r = await ingestInChild(neo, corpus.dir, true, Infinity, ['--workers', String(workers)]);
    dry.push({ workers, seconds: r.seconds, cpuSeconds: r.cpuSeconds ?? NaN, peakMB: r.peakMB ?? NaN });
    console.log(`  dry run, ${workers} worker(s): ${r.seconds.toFixed(1)} s, ${(r.cpuSeconds ?? NaN).toFixed(0)} CPU s`);
  }
  const runs: Run[] = [];
  let reference: GraphChecksum | undefined;
  const measure = async (label: string, processes: number, workers: number): Promise<void> => {
    await emptyDatabase(neo.graph);
    const t = performance.now();
    const results = await Promise.all(
      Array.from({ length: processes }, (_, i) => ingestInChild(neo, corpus.dir, false, Infinity, ['--workers', String(workers), ...(processes > 1 ? ['--shard', `${i + 1}/${processes}`] : [])])),
    );
    const seconds = (performance.now() - t) / 1000;
    const counts = await graphCounts(neo.graph);
    const checksum = graphChecksum(await readFinalGraph(neo.graph));
    reference ??= checksum;
    const run: Run = {
      label,
      processes,
      workers,
      seconds,
      cpuSeconds: results.reduce((n, r) => n + (r.cpuSeconds ?? NaN), 0),
      peakMB: Math.max(...results.map((r) => r.peakMB ?? NaN)),
      counts,
      checksum: checksum.content,
      sameAsReference: checksum.content === reference.content,
      byOrder: differentAttributes(reference, checksum),
      rss: results[0].checkpoints,
    };
    runs.push(run);
    console.log(`  ${label}: ${seconds.toFixed(1)} s, ${run.cpuSeconds.toFixed(0)} CPU s, peak ${run.peakMB.toFixed(0)} MiB, checksum ${run.checksum}${run.sameAsReference ? '' : ' DIFFERENT'}`);
  };
  try {
    await measure('1 process, 1 thread', 1, 1);
    await measure('1 process, 2 extraction workers', 1, 2);
    await measure('2 processes (--shard 1/2, 2/2), 1 thread each', 2, 1);
    await emptyDatabase(neo.graph);
  } finally {
    await neo.close();
  }
  const base = runs[0];
  const mbps = (r: Run) => corpus.bytes / 1e6 / r.seconds;
  const markdown = [
    `The real-text corpus (bench/realCorpus.ts): ${corpus.documents} documents, ${(corpus.bytes / 1e6).toFixed(1)} MB, built from the sentences of the`,
    'sample papers and dev documents with every lexicon name replaced by another of the same type (per document),',
    'ingested end to end (`npm run ingest` as the product runs it, each in its own process) into the empty database.',
    'Targets: 2 extraction workers ≥ 1.7× one thread on this 2-core machine; the same graph whatever the number of',
    'workers or shards (counts and a content checksum against the one-thread ingest). The writer keeps a few attributes',
    'by write order — an entity\'s display names are the first it was written under, an edge\'s confidence, method and',
    'properties those of the last document that stated it — so shards, which interleave documents, may differ there: those',
    'are counted apart ("by write order"), outside the checksum.',
    `Load average of the machine (1 min, ${os.cpus().length} cores): ${loadAtStart.toFixed(1)} at the start, ${os.loadavg()[0].toFixed(1)} at the end; wall-clock`,
    'ratios between runs are only as steady as that load; CPU seconds say what each run cost.',
    '',
    table(
      ['run', 'seconds', 'speed-up', 'MB/s', 'documents/s', 'CPU s (all threads)', 'peak RSS MiB', 'same counts', 'same checksum', 'by write order: entities / edges differing'],
      runs.map((r) => [
        r.label,
        r.seconds.toFixed(1),
        `${(base.seconds / r.seconds).toFixed(2)}×${r.workers === 2 ? (base.seconds / r.seconds >= 1.7 ? ' ✅ ≥ 1.7' : ' ❌ < 1.7') : ''}`,
        mbps(r).toFixed(2),
        (corpus.documents / r.seconds).toFixed(1),
        r.cpuSeconds.toFixed(0),
        r.peakMB.toFixed(0),
        JSON.stringify(r.counts) === JSON.stringify(base.counts) ? 'yes' : 'NO',
        r.sameAsReference ? `yes (${r.checksum})` : `NO (${r.checksum})`,
        `${r.byOrder.entities} / ${r.byOrder.relations}`,
      ]),
    ),
    '',
    `Graph: ${Object.entries(base.counts).map(([k, v]) => `${k} ${v}`).join(', ')}.`,
    '',
    'Without the database (`--dry-run`: read, structure, extraction — the part the workers share out), same corpus:',
    '',
    table(
      ['extraction threads', 'seconds', 'speed-up', 'MB/s', 'CPU s (all threads)', 'peak RSS MiB'],
      dry.map((d) => [d.workers, d.seconds.toFixed(1), `${(dry[0].seconds / d.seconds).toFixed(2)}×${d.workers === 2 ? (dry[0].seconds / d.seconds >= 1.7 ? ' ✅ ≥ 1.7' : ' ❌ < 1.7') : ''}`, (corpus.bytes / 1e6 / d.seconds).toFixed(2), d.cpuSeconds.toFixed(0), d.peakMB.toFixed(0)]),
    ),
    '',
    'Resident memory of the ingest process with 2 extraction workers (the workers are threads of this process):',
    '',
    table(['documents done', 'RSS MiB', 'peak RSS MiB', 'seconds'], (runs[1]?.rss ?? []).map((p) => [p.documents, p.rssMB.toFixed(0), p.peakMB.toFixed(0), p.seconds.toFixed(0)])),
  ].join('\n');
  saveSection({ name: 'scale', title: 'Ingest on every core and in shards (real text)', seconds: (performance.now() - started) / 1000, markdown, data: { corpus, dry, runs } });
}
