import type { IngestDocument } from './model';
import type { RelationIdFn } from './write/redirects';

/**
 * The extraction stage (mentions → resolve → relations) lives in ingest/extract. It is looked
 * up at run time so the rest of the pipeline (load, structure, sources, write) works and says
 * clearly what is missing when the extraction module is not there.
 */
export interface Extractor {
  extractGraph(doc: IngestDocument): void;
  relationId: RelationIdFn;
}

let cached: Extractor | undefined;

export function loadExtractor(): Extractor {
  if (cached) return cached;
  const modulePath = './extract';
  let mod: Partial<Extractor>;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    mod = require(modulePath) as Partial<Extractor>;
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'MODULE_NOT_FOUND' && /'\.\/extract'/.test(e.message)) {
      throw new Error('The extraction stage is not available: ingest/extract/index.ts is missing.');
    }
    throw new Error(`The extraction stage (ingest/extract) failed to load: ${e.message.split('\n')[0]}`);
  }
  if (typeof mod.extractGraph !== 'function') throw new Error('The extraction stage (ingest/extract/index.ts) exports no extractGraph(doc).');
  if (typeof mod.relationId !== 'function') throw new Error('The extraction stage (ingest/extract/index.ts) exports no relationId(subject, type, object, date).');
  cached = { extractGraph: mod.extractGraph, relationId: mod.relationId };
  return cached;
}
