import { flagNearDuplicates, type NearDuplicate } from './nearDuplicates';
import type { Graph } from '../graph/connection';
import { isGraphLost } from '../graph/driverErrors';
import { readEntityRedirects } from '../graph/ingest/redirects';
import { resetExtractedData, type ResetCounts } from '../graph/ingest/reset';
import { CorpusAggregate, type DocumentTally } from './aggregate';
import { loadExtractor, type Extractor } from './extraction';
import { listInputFiles, type SkippedFile } from './load/files';
import { runStages } from './pipeline';
import { SkippedFileError, type StageName } from './stages';
import { WriteBatcher, type BatchLimits, type Settled } from './write/batcher';
import { ImportSink } from './write/importSink';
import type { ImportFiles } from '../graph/bulk/importFiles';
import { ExtractionPool } from './parallel/pool';
import { documentRows } from './write/rows';
import type { IngestDocument } from './model';

/** Ingest a set of files or folders: every document through every stage (stages.ts), one at a time. */

export interface ProgressEvent {
  index: number;
  total: number;
  path: string;
  stage: StageName | 'done' | 'skipped';
  detail?: string;
}

export interface IngestOptions {
  inputs: string[];
  /** Follow symbolic links that stay inside the folders given (never one leading out). */
  followSymlinks?: boolean;
  /** Without a graph nothing is written (dry run). */
  graph?: Graph;
  reset?: boolean;
  includeAnalystData?: boolean;
  /** Rewrite documents even when their content hash is unchanged. */
  force?: boolean;
  onProgress?: (event: ProgressEvent) => void;
  extractor?: Extractor;
  /** false: documents and sources only, no entities or relations (when extraction is unavailable). */
  extract?: boolean;
  /** false: the report counts evidence and sources without keeping them (no JSON wanted). */
  keepDetail?: boolean;
  /** Documents and rows per write transaction. */
  batch?: BatchLimits;
  /**
   * Extraction threads (default 1: in this thread). More than one: a pool of worker threads
   * reads and extracts while this thread writes; the graph is written in the same order.
   */
  workers?: number;
  /** Only the index-th (1-based) of `count` shares of the files: see shareOf. */
  shard?: { index: number; count: number };
  /** A first load (ingest/bulk.ts): the rows go to these import files instead of a graph. */
  importFiles?: ImportFiles;
}

export interface IngestReport {
  aggregate: CorpusAggregate;
  written: number;
  unchanged: number;
  skipped: SkippedFile[];
  reset?: ResetCounts;
  seconds: number;
  /** Time spent in the extraction stage alone, and the characters it read. */
  extractSeconds: number;
  extractedBytes: number;
  /** Documents written in this run that nearly duplicate one ingested before them (still ingested). */
  nearDuplicates?: NearDuplicate[];
}

export async function runIngest(opts: IngestOptions): Promise<IngestReport> {
  const started = performance.now();
  const extractor = opts.extract === false ? undefined : opts.extractor ?? loadExtractor();
  const progress = opts.onProgress ?? (() => {});
  const listed = listInputFiles(opts.inputs, { followSymlinks: opts.followSymlinks });
  const files = opts.shard ? shareOf(listed.files, opts.shard) : listed.files;
  const skipped = listed.skipped;
  const report: IngestReport = { aggregate: new CorpusAggregate(opts.keepDetail ?? true), written: 0, unchanged: 0, skipped, seconds: 0, extractSeconds: 0, extractedBytes: 0, nearDuplicates: [] };

  if (opts.graph && opts.reset) report.reset = await resetExtractedData(opts.graph, { includeAnalystData: opts.includeAnalystData });
  const redirects = opts.graph ? await readEntityRedirects(opts.graph) : new Map<string, string>();

  // Without detail a document waiting for its batch keeps only its tally, not its text.
  const held = (doc: IngestDocument): IngestDocument | DocumentTally => (report.aggregate.keepsDetail ? doc : CorpusAggregate.tally(doc));
  const finished = (doc: IngestDocument | DocumentTally, i: number, file: string): void => {
    if ('raw' in doc) report.aggregate.add(doc);
    else report.aggregate.addTally(doc);
    progress({ index: i, total: files.length, path: file, stage: 'done' });
  };
  const failed = (i: number, file: string, err: unknown): void => {
    const reason = `failed: ${(err as Error).message.split('\n')[0]}`;
    skipped.push({ path: file, reason });
    progress({ index: i, total: files.length, path: file, stage: 'skipped', detail: reason });
  };
  const written: Array<{ i: number; id: string; file: string }> = [];
  type Item = { doc: IngestDocument | DocumentTally; i: number; file: string };
  const onSettled = (settled: Settled<Item>): void => {
    const { doc, i, file } = settled.item;
    if ('error' in settled) return failed(i, file, settled.error);
    if (settled.outcome === 'written') {
      report.written++;
      written.push({ i, id: 'raw' in doc ? doc.id : doc.document.id, file });
    } else report.unchanged++;
    finished(doc, i, file);
  };
  const batcher = opts.importFiles
    ? new ImportSink<Item>(opts.importFiles, onSettled)
    : opts.graph
      ? new WriteBatcher<Item>(opts.graph, onSettled, { force: opts.force || opts.reset, limits: opts.batch, isFatal: isGraphLost })
      : undefined;

  const seconds = new Map<StageName, number>();
  const workers = opts.workers ?? 1;
  if (workers > 1 && extractor && files.length > 1) {
    const pool = new ExtractionPool(workers, redirects);
    try {
      for await (const { index: i, file, result } of pool.inOrder(files, report.aggregate.keepsDetail)) {
        if (result.kind === 'skipped') {
          skipped.push({ path: result.path, reason: result.reason });
          progress({ index: i, total: files.length, path: file, stage: 'skipped', detail: result.reason });
          continue;
        }
        if (result.kind === 'failed') {
          failed(i, file, new Error(result.message));
          continue;
        }
        for (const [stage, s] of Object.entries(result.seconds) as [StageName, number][]) seconds.set(stage, (seconds.get(stage) ?? 0) + s);
        report.extractedBytes += result.bytes;
        const doc = result.doc ?? result.tally;
        if (batcher) await batcher.add({ rows: result.rows, item: { doc, i, file } });
        else finished(doc, i, file);
      }
    } finally {
      await pool.close();
    }
  } else for (const [i, file] of files.entries()) {
    const at = (stage: ProgressEvent['stage'], detail?: string): void => progress({ index: i, total: files.length, path: file, stage, detail });
    try {
      const work = await runStages(
        { path: file },
        {
          extractor,
          redirects,
          write: batcher ? (doc) => batcher.add({ rows: documentRows(doc), item: { doc: held(doc), i, file } }) : undefined,
        },
        { onStage: (stage) => at(stage), seconds },
      );
      const doc = work.doc as IngestDocument;
      if (extractor) report.extractedBytes += Buffer.byteLength(doc.raw, 'utf8');
      if (!batcher) finished(doc, i, file);
    } catch (err) {
      if (err instanceof SkippedFileError) {
        skipped.push({ path: err.path, reason: err.reason });
        at('skipped', err.reason);
        continue;
      }
      // One bad document never stops the others; a lost database connection does.
      if (opts.graph && isGraphLost(err)) throw err;
      failed(i, file, err);
    }
    // Let the driver read the replies of the write in flight while the next document is extracted.
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  await batcher?.finish();
  if (opts.graph && written.length > 0) {
    const fileOf = new Map(written.map((w) => [w.id, w.file]));
    const flagged = await flagNearDuplicates(opts.graph, written.sort((a, b) => a.i - b.i).map((w) => w.id));
    report.nearDuplicates = flagged.map((n) => ({ ...n, path: fileOf.get(n.documentId) }));
  }
  report.extractSeconds = seconds.get('extract') ?? 0;
  report.seconds = (performance.now() - started) / 1000;
  return report;
}

/**
 * A shard's files: every count-th file of the listing (sorted, so every process given the same
 * inputs agrees on it), starting at the index-th. Shares differ by at most one file, and long
 * and short documents, which tend to sit together in a folder, spread over every shard.
 */
export function shareOf(files: string[], shard: { index: number; count: number }): string[] {
  return files.filter((_, i) => i % shard.count === shard.index - 1);
}
