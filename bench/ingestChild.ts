/**
 * One end-to-end ingest in its own process (so its memory is its own), through the product's
 * runIngest: prints RSS after the 100th, 500th, 1,000th… document and a RESULT line at the end.
 * Usage: tsx bench/ingestChild.ts <folder> [--dry-run] [--workers N] [--shard I/N]   (NEO4J_URI,
 * NEO4J_USER, NEO4J_PASSWORD set unless --dry-run: then load, structure and extraction only,
 * nothing written; --workers: extraction threads, default 1; --shard: this process's share)
 */
import fs from 'node:fs';
import { Graph } from '../graph/connection';
import { externalConfig } from '../graph/runtime';
import { runIngest } from '../ingest/run';

function peakRssMB(): number {
  // VmHWM: the high-water mark of resident memory since the process started.
  const line = fs.readFileSync('/proc/self/status', 'utf8').split('\n').find((l) => l.startsWith('VmHWM:'));
  return line ? Number(line.replace(/\D+/g, '')) / 1024 : process.memoryUsage().rss / 2 ** 20;
}

async function main(): Promise<void> {
  const folder = process.argv[2];
  const dryRun = process.argv.includes('--dry-run');
  const option = (name: string): string | undefined => {
    const at = process.argv.indexOf(name);
    return at > 0 ? process.argv[at + 1] : undefined;
  };
  const workers = Number(option('--workers') ?? 1);
  const shardText = option('--shard');
  const shard = shardText ? { index: Number(shardText.split('/')[0]), count: Number(shardText.split('/')[1]) } : undefined;
  const config = externalConfig();
  if (!folder || (!config && !dryRun)) throw new Error('usage: NEO4J_URI=… tsx bench/ingestChild.ts <folder> [--dry-run]');
  const graph = dryRun || !config ? undefined : new Graph(config);
  const checkpoints: { documents: number; rssMB: number; peakMB: number; seconds: number }[] = [];
  const started = performance.now();
  let done = 0;
  try {
    const report = await runIngest({
      inputs: [folder],
      graph,
      // As `npm run ingest` without --json: the report counts, it does not keep the text.
      keepDetail: false,
      workers,
      shard,
      onProgress: (e) => {
        if (e.stage !== 'done' && e.stage !== 'skipped') return;
        done++;
        if (done === 10 || done % 50 === 0 || done === e.total) {
          const point = { documents: done, rssMB: process.memoryUsage().rss / 2 ** 20, peakMB: peakRssMB(), seconds: (performance.now() - started) / 1000 };
          checkpoints.push(point);
          console.log(`PROGRESS ${JSON.stringify(point)}`);
        }
      },
    });
    const cpu = process.cpuUsage();
    console.log(`RESULT ${JSON.stringify({ cpuSeconds: (cpu.user + cpu.system) / 1e6, peakMB: peakRssMB(), seconds: report.seconds, written: report.written, unchanged: report.unchanged, skipped: report.skipped.length, extractSeconds: report.extractSeconds, extractedBytes: report.extractedBytes, checkpoints })}`);
  } finally {
    await graph?.close();
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(`Error: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
