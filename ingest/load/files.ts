import fs from 'node:fs';
import path from 'node:path';
import { decodeBytes } from './decode';
import { htmlToText } from './html';

/**
 * Finding input files and reading each one into text. One bad file never stops the others:
 * every failure becomes a SkippedFile with a one-line reason.
 */

export const SUPPORTED_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm'];

/**
 * Files larger than this are refused before any byte is read (a 50 MB single-line dump is not
 * a paper; reading it whole would hold it several times over in memory). Override with
 * INGEST_MAX_FILE_MB.
 */
export function maxFileBytes(env: NodeJS.ProcessEnv = process.env): number {
  const mb = Number(env.INGEST_MAX_FILE_MB);
  return (Number.isFinite(mb) && mb > 0 ? mb : 8) * 1024 * 1024;
}

export interface LoadedFile {
  path: string;
  text: string;
  encoding: string;
  format: 'text' | 'markdown' | 'html';
  bytes: number;
}

export interface SkippedFile {
  path: string;
  reason: string;
}

export type LoadResult = { ok: true; file: LoadedFile } | { ok: false; skipped: SkippedFile };

/** Expand folders (recursively, sorted) into supported files; name unreadable inputs as skipped. */
export function listInputFiles(inputs: string[]): { files: string[]; skipped: SkippedFile[] } {
  const files: string[] = [];
  const skipped: SkippedFile[] = [];
  const visit = (p: string, explicit: boolean): void => {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch {
      skipped.push({ path: p, reason: 'not found' });
      return;
    }
    if (stat.isDirectory()) {
      for (const name of fs.readdirSync(p).sort()) {
        // A folder's README/LICENSE describe the folder; they are not documents (name them to ingest them).
        if (name.startsWith('.') || /^(readme|license|licence|changelog)(\.|$)/i.test(name)) continue;
        visit(path.join(p, name), false);
      }
      return;
    }
    const ext = path.extname(p).toLowerCase();
    if (SUPPORTED_EXTENSIONS.includes(ext)) files.push(p);
    else if (explicit) skipped.push({ path: p, reason: `unsupported file type "${ext || 'none'}" (supported: ${SUPPORTED_EXTENSIONS.join(' ')})` });
  };
  for (const input of inputs) visit(input, true);
  return { files, skipped };
}

export function loadFile(filePath: string, limit = maxFileBytes()): LoadResult {
  const skip = (reason: string): LoadResult => ({ ok: false, skipped: { path: filePath, reason } });
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
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return skip(decoded.reason);
  const ext = path.extname(filePath).toLowerCase();
  const format = ext === '.html' || ext === '.htm' ? 'html' : ext === '.md' || ext === '.markdown' ? 'markdown' : 'text';
  // Line ends are made uniform here so every later offset counts one character per line break.
  let text = decoded.text.replace(/\r\n?/g, '\n');
  if (format === 'html') text = htmlToText(text);
  if (text.trim().length === 0) return skip(format === 'html' ? 'no text in the HTML' : 'empty file (only whitespace)');
  return { ok: true, file: { path: filePath, text, encoding: decoded.encoding, format, bytes: size } };
}
