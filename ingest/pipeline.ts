import type { IngestDocument } from './model';
import { loadFile, type LoadedFile } from './load/files';
import { contentHash, detectLang, documentId, documentKey, documentMeta } from './meta';
import { normaliseWidth } from './normalise/width';
import { structureDocument } from './structure';
import { extractionFingerprint } from './fingerprint';
import { splitSentences } from './sentences';
import { buildSources } from './sources';

/**
 * The ingest pipeline over one IngestDocument: load → normalise → structure → sentences
 * (prepareDocument), then extraction (mentions, resolve, relations) and sources.
 */

export class SkippedFileError extends Error {
  constructor(readonly path: string, readonly reason: string) {
    super(`${path}: ${reason}`);
  }
}

/** Load, normalise, structure and split one file; mentions, entities and relations stay empty. */
export async function prepareDocument(file: string): Promise<IngestDocument> {
  const loaded = loadFile(file);
  if (!loaded.ok) throw new SkippedFileError(loaded.skipped.path, loaded.skipped.reason);
  return prepareLoaded(loaded.file);
}

export function prepareLoaded(file: LoadedFile): IngestDocument {
  // Characters in the private use area would be confused with the marker placeholder.
  const raw = file.text.replace(/[\uE000-\uF8FF]/g, ' ');
  const normal = normaliseWidth(raw);
  const structure = structureDocument(normal);
  const { sentences, occurrences } = splitSentences(structure.blocks, structure.hardWrapped);
  const id = documentId(file.path);
  const firstLine = raw.split('\n').find((l) => l.trim().length > 0) ?? '';
  const meta = documentMeta(file.path, firstLine);
  const doc: IngestDocument = {
    id,
    path: documentKey(file.path),
    title: meta.title,
    author: meta.author,
    lang: meta.lang ?? detectLang(raw),
    // Same text read with the same lexicon and rules = nothing to do on re-ingest.
    hash: contentHash(`${extractionFingerprint()}\n${raw}`),
    encoding: file.encoding,
    raw,
    sections: structure.sections,
    sentences,
    mentions: [],
    entities: [],
    relations: [],
    sources: [],
  };
  doc.sources = buildSources(doc, structure.notes, occurrences);
  return doc;
}
