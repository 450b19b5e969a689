/**
 * What the server and the ingest process of one upload job say to each other (over IPC): the
 * order (which files, which database, who added them) and the reports (each stage, each file's
 * outcome). Plain types, shared by both sides.
 */

export interface UploadedFile {
  index: number;
  /** Where the received bytes are (the file name keeps its extension: the reader goes by it). */
  received: string;
  /** Where the document lives in the library; its id comes from this path. */
  libraryPath: string;
  /** The name it was uploaded under. */
  name: string;
  bytes: number;
}

export type UploadOutcome =
  | { state: 'ingested'; documentId: string }
  | { state: 'skipped'; reason: string; documentId: string | null; duplicateOf: string | null };

export interface JobOrder {
  type: 'job';
  graph: { uri: string; user: string; password: string; database?: string };
  addedBy: string;
  files: UploadedFile[];
}

export type JobReport =
  | { type: 'stage'; index: number; stage: string; progress: number }
  | ({ type: 'result'; index: number } & UploadOutcome)
  | { type: 'failed'; index: number; reason: string }
  | { type: 'done' };
