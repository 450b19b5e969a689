import type { Graph } from '../graph/connection';
import { isGraphLost } from '../graph/driverErrors';
import { readEntityRedirects } from '../graph/ingest/redirects';
import { resetExtractedData, type ResetCounts } from '../graph/ingest/reset';
import { CorpusAggregate, type DocumentTally } from './aggregate';
import { loadExtractor, type Extractor } from './extraction';
import { listInputFiles, type SkippedFile } from './load/files';
import { runStages } from './pipeline';
import { SkippedFileError, type StageName } from './stages';
import { WriteBatcher, type BatchLimits } from './write/batcher';
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
}

export async function runIngest(opts: IngestOptions): Promise<IngestReport> {
  const started = performance.now();
  const extractor = opts.extract === false ? undefined : opts.extractor ?? loadExtractor();
  const progress = opts.onProgress ?? (() => {});
  const { files, skipped } = listInputFiles(opts.inputs, { followSymlinks: opts.followSymlinks });
  const report: IngestReport = { aggregate: new CorpusAggregate(opts.keepDetail ?? true), written: 0, unchanged: 0, skipped, seconds: 0, extractSeconds: 0, extractedBytes: 0 };

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
  const batcher = opts.graph
    ? new WriteBatcher<{ doc: IngestDocument | DocumentTally; i: number; file: string }>(
        opts.graph,
        (settled) => {
          const { doc, i, file } = settled.item;
          if ('error' in settled) return failed(i, file, settled.error);
          if (settled.outcome === 'written') report.written++;
          else report.unchanged++;
          finished(doc, i, file);
        },
        { force: opts.force || opts.reset, limits: opts.batch, isFatal: isGraphLost },
      )
    : undefined;

  const seconds = new Map<StageName, number>();
  for (const [i, file] of files.entries()) {
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
  report.extractSeconds = seconds.get('extract') ?? 0;
  report.seconds = (performance.now() - started) / 1000;
  return report;
}
