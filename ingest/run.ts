import type { Graph } from '../graph/connection';
import { isGraphLost } from '../graph/driverErrors';
import { readEntityRedirects } from '../graph/ingest/redirects';
import { resetExtractedData, type ResetCounts } from '../graph/ingest/reset';
import { CorpusAggregate, type DocumentTally } from './aggregate';
import { loadExtractor, type Extractor } from './extraction';
import { listInputFiles, loadFile, type SkippedFile } from './load/files';
import { prepareLoaded } from './pipeline';
import { citeSources } from './sources';
import { applyRedirects } from './write/redirects';
import { WriteBatcher, type BatchLimits } from './write/batcher';
import { documentRows } from './write/rows';
import type { IngestDocument } from './model';

/** Ingest a set of files or folders: every document through every stage, one at a time. */

export type Stage = 'load' | 'structure' | 'extract' | 'sources' | 'write';
export const STAGES: Stage[] = ['load', 'structure', 'extract', 'sources', 'write'];

export interface ProgressEvent {
  index: number;
  total: number;
  path: string;
  stage: Stage | 'done' | 'skipped';
  detail?: string;
}

export interface IngestOptions {
  inputs: string[];
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
  const { files, skipped } = listInputFiles(opts.inputs);
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

  for (const [i, file] of files.entries()) {
    const at = (stage: ProgressEvent['stage'], detail?: string): void => progress({ index: i, total: files.length, path: file, stage, detail });
    try {
      at('load');
      const loaded = loadFile(file);
      if (!loaded.ok) {
        skipped.push(loaded.skipped);
        at('skipped', loaded.skipped.reason);
        continue;
      }
      at('structure');
      const doc = prepareLoaded(loaded.file);
      if (extractor) {
        at('extract');
        const t0 = performance.now();
        extractor.extractGraph(doc);
        report.extractSeconds += (performance.now() - t0) / 1000;
        report.extractedBytes += Buffer.byteLength(doc.raw, 'utf8');
        at('sources');
        citeSources(doc);
        applyRedirects(doc, redirects, extractor.relationId);
      }
      if (batcher) {
        at('write');
        await batcher.add({ rows: documentRows(doc), item: { doc: held(doc), i, file } });
      } else finished(doc, i, file);
    } catch (err) {
      // One bad document never stops the others; a lost database connection does.
      if (opts.graph && isGraphLost(err)) throw err;
      failed(i, file, err);
    }
    // Let the driver read the replies of the write in flight while the next document is extracted.
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  await batcher?.finish();
  report.seconds = (performance.now() - started) / 1000;
  return report;
}
