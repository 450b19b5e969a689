import fs from 'node:fs';
import path from 'node:path';
import type { Graph } from '../../graph/connection';
import { writeDocument } from '../../graph/ingest/write';
import { findSameContent, recordUpload } from '../../graph/library';
import type { Extractor } from '../extraction';
import { documentId, documentKey } from '../meta';
import { flagNearDuplicates } from '../nearDuplicates';
import type { IngestDocument } from '../model';
import { runStages } from '../pipeline';
import { SkippedFileError, type DocumentInProgress, type StageName } from '../stages';
import { documentRows } from '../write/rows';
import { searchTextOf } from '../write/searchText';
import type { UploadedFile, UploadOutcome } from '../../contract/uploadJob';

/**
 * One uploaded file through every ingest stage. The file is read where it was received, but the
 * document is named by its place in the library (so a changed file uploaded again under its name
 * replaces its own evidence, as a re-ingest does); before anything is written its content hash
 * is looked up, and the same content under another name is not ingested twice.
 */

export interface UploadContext {
  graph: Graph;
  extractor: Extractor;
  redirects: Map<string, string>;
  addedBy: string;
  onStage?: (stage: StageName) => void;
}

export async function ingestUploadedFile(file: UploadedFile, ctx: UploadContext): Promise<UploadOutcome> {
  const work: DocumentInProgress = { path: file.received };
  let written: 'written' | 'unchanged' | undefined;
  const stageContext = {
    extractor: ctx.extractor,
    redirects: ctx.redirects,
    write: async (doc: IngestDocument) => {
      written = await writeDocument(ctx.graph, documentRows(doc), searchTextOf);
    },
  };
  try {
    await runStages(work, stageContext, { until: 'sentences', onStage: ctx.onStage });
  } catch (err) {
    if (err instanceof SkippedFileError) return { state: 'skipped', reason: err.reason, documentId: null, duplicateOf: null };
    throw err;
  }
  const doc = work.doc as IngestDocument;
  // Named by its library place before the sources stage, whose ids are made from the document's.
  doc.id = documentId(file.libraryPath);
  doc.path = documentKey(file.libraryPath);
  const same = await findSameContent(ctx.graph, doc.hash, doc.id);
  if (same?.id === doc.id) return unchanged(doc.id);
  if (same) {
    const known = same.fileName ? path.posix.basename(same.fileName) : same.id;
    return {
      state: 'skipped',
      reason: `duplicate: the same content is already in the library as "${same.title ?? known}" (${known})`,
      documentId: null,
      duplicateOf: same.id,
    };
  }
  await runStages(work, stageContext, { after: 'sentences', onStage: ctx.onStage });
  if (written === 'unchanged') return unchanged(doc.id);
  // The original is kept in the library: `npm run ingest` over it re-reads what was uploaded.
  fs.mkdirSync(path.dirname(file.libraryPath), { recursive: true });
  fs.copyFileSync(file.received, file.libraryPath);
  const loaded = work.file;
  await recordUpload(ctx.graph, doc.id, {
    fileName: file.name,
    bytes: file.bytes,
    format: loaded?.format ?? path.extname(file.name).slice(1),
    pages: loaded?.pages?.length ?? null,
    addedBy: ctx.addedBy,
  });
  // Flagged, not refused: the library says "near-duplicate of X (similarity 0.93)".
  await flagNearDuplicates(ctx.graph, [doc.id]);
  return { state: 'ingested', documentId: doc.id };
}

function unchanged(documentId: string): UploadOutcome {
  return { state: 'skipped', reason: 'unchanged: this file is already in the library', documentId, duplicateOf: null };
}
