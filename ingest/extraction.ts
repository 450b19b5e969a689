import { extractGraph, relationId } from './extract';
import { japaneseTokenizer } from './extract/japanese/analyser';
import { loadLexicon } from './extract/lexicon';
import { loadPersonReader } from './extract/mentions/parenPairs';
import { negations, ruleTriggers } from './extract/relations/rules';
import { segmenter } from './extract/segment';
import { warmUpExtraction } from './extractionWarmUp';
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

/**
 * Load what extraction otherwise loads on first use (lexicon, the segmenter with the lexicon's
 * words, the Japanese dictionary, the compiled relation rules, compromise's word lists), and
 * warm what a process otherwise pays on its first documents (extractionWarmUp.ts): a worker pays
 * it once when it starts, before its first document, and a benchmark can tell loading apart
 * from extracting.
 */
export function preloadExtraction(opts: { japanese?: boolean } = {}): void {
  const lexicon = loadLexicon();
  segmenter(lexicon);
  if (opts.japanese !== false) japaneseTokenizer();
  ruleTriggers();
  negations();
  loadPersonReader();
  warmUpExtraction(opts);
}
