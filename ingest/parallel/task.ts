import type { DocumentWrite } from '../../graph/ingest/types';
import { CorpusAggregate, type DocumentTally } from '../aggregate';
import type { Extractor } from '../extraction';
import type { IngestDocument } from '../model';
import { runStages } from '../pipeline';
import { SkippedFileError, type StageName } from '../stages';
import { documentRows } from '../write/rows';

/**
 * One file through every stage but the database write: what a worker thread does for the
 * pool, and what the single-threaded ingest does in turn. The answer is plain data (it
 * crosses between threads by structured clone): the rows to write, the document's tally and,
 * only when the caller keeps detail (--json), the whole document.
 */

export interface ExtractTask {
  path: string;
  keepDetail: boolean;
}

export type ExtractedFile =
  | { kind: 'done'; rows: DocumentWrite; tally: DocumentTally; doc?: IngestDocument; bytes: number; seconds: Partial<Record<StageName, number>> }
  | { kind: 'skipped'; path: string; reason: string }
  | { kind: 'failed'; message: string };

export async function extractFile(task: ExtractTask, extractor: Extractor, redirects: Map<string, string>): Promise<ExtractedFile> {
  const seconds = new Map<StageName, number>();
  let written: IngestDocument | undefined;
  try {
    await runStages({ path: task.path }, { extractor, redirects, write: async (doc) => void (written = doc) }, { seconds });
  } catch (err) {
    if (err instanceof SkippedFileError) return { kind: 'skipped', path: err.path, reason: err.reason };
    return { kind: 'failed', message: err instanceof Error ? err.message : String(err) };
  }
  const doc = written as IngestDocument;
  return {
    kind: 'done',
    rows: documentRows(doc),
    tally: CorpusAggregate.tally(doc),
    doc: task.keepDetail ? doc : undefined,
    bytes: Buffer.byteLength(doc.raw, 'utf8'),
    seconds: Object.fromEntries(seconds),
  };
}
