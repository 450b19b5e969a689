import { extractGraph, relationId } from './extract';
import type { IngestDocument } from './model';
import type { RelationIdFn } from './write/redirects';

/**
 * The extraction stage (mentions → resolve → relations, in ingest/extract) as the pipeline sees
 * it. A run may bring its own (the benchmarks time one); by default it is ingest/extract.
 */
export interface Extractor {
  extractGraph(doc: IngestDocument): void;
  relationId: RelationIdFn;
}

const standard: Extractor = { extractGraph, relationId };

export function loadExtractor(): Extractor {
  return standard;
}
