import { workerData } from 'node:worker_threads';
import { loadExtractor, preloadExtraction } from '../extraction';
import { extractFile, type ExtractedFile, type ExtractTask } from './task';

/** A worker of the extraction pool (pool.ts): loads extraction once, then reads files one by one. */

const redirects = new Map<string, string>((workerData as { redirects: [string, string][] }).redirects);
const extractor = loadExtractor();
// Loaded as the worker starts, while the main thread is still reading the graph's redirects; the
// Japanese dictionary stays lazy (1–3 s, and many corpora have no Japanese).
preloadExtraction({ japanese: false });

export function extract(task: ExtractTask): Promise<ExtractedFile> {
  return extractFile(task, extractor, redirects);
}
