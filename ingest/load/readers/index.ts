import path from 'node:path';
import { docxReader } from './docx';
import { htmlReader } from './html';
import { markdownReader } from './markdown';
import { pdfReader } from './pdf';
import { textReader } from './text';
import type { Reader } from './types';

/**
 * The readers, keyed by file name ending. A new format is one reader file (a Reader: format,
 * extensions, read(bytes) → text + metadata) and its line here.
 */
export const READERS: Reader[] = [textReader, markdownReader, htmlReader, pdfReader, docxReader];

const byExtension = new Map(READERS.flatMap((reader) => reader.extensions.map((ext) => [ext, reader] as const)));

export const SUPPORTED_EXTENSIONS = [...byExtension.keys()];

export function readerFor(filePath: string): Reader | undefined {
  return byExtension.get(path.extname(filePath).toLowerCase());
}

export type { Reader, ReadDocument, ReadResult, PageStart } from './types';
