import fs from 'node:fs';
import path from 'node:path';
import { readerFor, SUPPORTED_EXTENSIONS, type ReadDocument } from './readers';

/**
 * Finding input files and reading each one into text with the reader of its type (./readers).
 * One bad file never stops the others: every failure becomes a SkippedFile with a one-line reason.
 */

export { SUPPORTED_EXTENSIONS };
export { listInputFiles, type WalkOptions } from './walk';

/**
 * Files larger than this are refused before any byte is read (a 50 MB single-line dump is not
 * a paper; reading it whole would hold it several times over in memory). Override with
 * INGEST_MAX_FILE_MB.
 */
export function maxFileBytes(env: NodeJS.ProcessEnv = process.env): number {
  const mb = Number(env.INGEST_MAX_FILE_MB);
  return (Number.isFinite(mb) && mb > 0 ? mb : 8) * 1024 * 1024;
}

export interface LoadedFile extends ReadDocument {
  path: string;
  /** The reader's format: text, markdown, html, pdf, docx… */
  format: string;
  bytes: number;
}

export interface SkippedFile {
  path: string;
  reason: string;
}

export type LoadResult = { ok: true; file: LoadedFile } | { ok: false; skipped: SkippedFile };

export async function loadFile(filePath: string, limit = maxFileBytes()): Promise<LoadResult> {
  const skip = (reason: string): LoadResult => ({ ok: false, skipped: { path: filePath, reason } });
  const reader = readerFor(filePath);
  if (!reader) return skip(`unsupported file type "${path.extname(filePath) || 'none'}" (supported: ${SUPPORTED_EXTENSIONS.join(' ')})`);
  let size: number;
  try {
    size = fs.statSync(filePath).size;
  } catch (err) {
    return skip(`unreadable: ${(err as Error).message}`);
  }
  if (size === 0) return skip('empty file');
  if (size > limit) {
    return skip(`too large: ${(size / 1048576).toFixed(1)} MB > ${(limit / 1048576).toFixed(0)} MB limit (INGEST_MAX_FILE_MB)`);
  }
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(filePath);
  } catch (err) {
    return skip(`unreadable: ${(err as Error).message}`);
  }
  const read = await reader.read(bytes, filePath);
  if (!read.ok) return skip(read.reason);
  return { ok: true, file: { ...read.doc, path: filePath, format: reader.format, bytes: size } };
}
