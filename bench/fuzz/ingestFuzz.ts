import path from 'node:path';
import type { GraphConfig } from '../../graph/connection';
import { spawnTsx, waitForChild } from '../lib/child';
import { writeIngestFuzzFiles, type FuzzFile } from './ingestFiles';

export interface IngestFuzzReport {
  exitCode: number | null;
  files: (FuzzFile & { outcome: 'skipped' | 'ingested'; reason?: string; asExpected: boolean })[];
  /** The run finished on its own (no crash, no out-of-memory) within the time limit. */
  completed: boolean;
  stderrTail: string;
}

/**
 * Run `npm run ingest` (bin/ingest.ts) over the fuzz files — into the given Neo4j, or with
 * --dry-run — and read its report: each file is either ingested or skipped with a reason.
 */
export async function fuzzIngest(dir: string, bigLineMB: number, graph: GraphConfig | undefined, timeoutMs = 600_000): Promise<IngestFuzzReport> {
  const files = writeIngestFuzzFiles(dir, bigLineMB);
  const args = graph ? [dir] : [dir, '--dry-run'];
  const child = spawnTsx('bin/ingest.ts', args, graph ?? { uri: '', user: '', password: '' });
  const timer = setTimeout(() => child.pid && process.kill(-child.pid, 'SIGKILL'), timeoutMs);
  const run = await waitForChild(child);
  clearTimeout(timer);
  const skippedLines = new Map<string, string>();
  for (const line of run.stdout.split('\n')) {
    const m = /^\s+(.+?): (.+)$/.exec(line);
    if (m && files.some((f) => path.basename(m[1]) === f.name)) skippedLines.set(path.basename(m[1]), m[2]);
  }
  return {
    exitCode: run.code,
    completed: run.signal === null && (run.code === 0 || run.code === 1),
    stderrTail: run.stderr.slice(-600),
    files: files.map((f) => {
      const reason = skippedLines.get(f.name);
      const outcome = reason ? 'skipped' : 'ingested';
      const asExpected = f.expect === 'either' || f.expect === (reason ? 'skip' : 'ingest');
      return { ...f, outcome, reason, asExpected };
    }),
  };
}
