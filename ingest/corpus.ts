import fs from 'node:fs';
import path from 'node:path';

export const sampleCorpusDir = path.resolve(__dirname, '..', 'data', 'corpus');

export interface CatalogEntry {
  file: string;
  lang: string;
  title: string;
  author: string | null;
  year: number | null;
}

/** Titles and authors of known documents (data/corpus/catalog.json), keyed by file name. */
export function readCatalog(dir = sampleCorpusDir): Map<string, CatalogEntry> {
  const file = path.join(dir, 'catalog.json');
  if (!fs.existsSync(file)) return new Map();
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as { documents: CatalogEntry[] };
  return new Map(data.documents.map((d) => [d.file, d]));
}
