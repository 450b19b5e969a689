import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import type { Graph } from '../graph/connection';
import { countDocuments, upsertDocuments } from '../graph/documents';
import { readCatalog, sampleCorpusDir } from './corpus';

/**
 * First start: put the sample corpus in so the explorer has something to show.
 * (Placeholder writer: Document nodes only; the ingest pipeline replaces it.)
 */
export async function ingestSampleCorpusIfEmpty(graph: Graph): Promise<void> {
  if ((await countDocuments(graph)) > 0) return;
  const catalog = readCatalog();
  const docs = [...catalog.values()].map((entry) => {
    const text = fs.readFileSync(path.join(sampleCorpusDir, entry.file), 'utf8');
    return {
      id: crypto.createHash('sha256').update(entry.file).digest('hex').slice(0, 16),
      title: entry.title,
      author: entry.author,
      path: entry.file,
      lang: entry.lang,
      chars: text.length,
      text,
    };
  });
  await upsertDocuments(graph, docs);
  console.log(`Sample corpus: ${docs.length} documents written.`);
}
