import type { Layout } from '../contract/reader';
/**
 * The one document type that flows through the ingest pipeline (the stages in stages.ts: read
 * → normalise → structure → sentences → sources → extract → write). Each stage reads what the
 * earlier ones filled in and adds its own part. Every span is a pair of offsets into `raw`
 * (the decoded original text), so evidence can be shown exactly where it stands.
 */

export type Lang = 'zh-Hant' | 'zh-Hans' | 'ja' | 'en' | 'ru' | 'und';

export interface Span {
  /** Offsets into IngestDocument.raw (UTF-16 code units, as JavaScript strings index). */
  start: number;
  end: number;
}

export interface Section extends Span {
  /** Heading path, outermost first, e.g. ["貳、烏克蘭危機前的日俄關係", "一、21 世紀後的日俄關係轉折"]. */
  path: string[];
  /** body | abstract | footnotes | references | title */
  kind: 'title' | 'abstract' | 'body' | 'footnotes' | 'references';
}

export interface Sentence extends Span {
  index: number;
  /** The sentence with hard wraps joined and footnote markers taken out, NFKC-normalised. */
  text: string;
  /** Maps an offset in `text` back to an offset in IngestDocument.raw. */
  toRaw: number[];
  sectionPath: string[];
  /** Footnote markers that stood in this sentence (e.g. "1", "①"), in order. */
  footnoteMarkers: string[];
  /** Ids of the SourceRecords those markers point at (filled by the sources stage). */
  sourceIds?: string[];
  /** The year-month-day context inherited from earlier sentences (for dates without a year). */
}

export interface Mention extends Span {
  sentenceIndex: number;
  /** Offsets into the sentence's `text`. */
  textStart: number;
  textEnd: number;
  surface: string;
  type: string;
  /** lexicon | paren-pair | title-bracket | head-word | compromise | abbreviation */
  method: string;
  /** Lexicon key when the lexicon recognised it. */
  lexiconKey?: string;
  /** English (or other-script) name paired with it, e.g. 普欽（Vladimir Putin）. */
  pairedName?: string;
  /** Filled by resolve. */
  entityId?: string;
}

export interface ResolvedEntity {
  id: string;
  type: string;
  name: string;
  nameEn?: string;
  aliases: string[];
  mentions: number;
}

export interface Evidence {
  documentId: string;
  sentence: string;
  /** Offsets into the document's raw text. */
  start: number;
  end: number;
  sectionPath: string[];
  /** Ids of Source records whose footnote marker stands in this sentence. */
  sourceIds: string[];
  /** The printed page the sentence starts on (paged formats: PDF). */
  page?: number;
}

export interface ExtractedRelation {
  id: string;
  type: string;
  subject: string;
  object: string;
  properties: Record<string, string | number>;
  date?: string;
  confidence: number;
  method: string;
  inferred?: boolean;
  evidence: Evidence[];
}

export interface SourceRecord {
  id: string;
  document: string;
  marker?: string;
  text: string;
  title?: string;
  author?: string;
  publisher?: string;
  date?: string;
  url?: string;
}

export interface IngestDocument {
  id: string;
  path: string;
  title: string;
  author?: string | null;
  /** Publication date as the file's metadata gives it. */
  published?: string | null;
  lang: Lang;
  /** sha256 of the decoded text and the extraction data's fingerprint: same hash = nothing to do. */
  hash: string;
  encoding: string;
  /** The decoded original text; all offsets point into it. */
  raw: string;
  /** Where each printed page begins in raw (paged formats: PDF). */
  pages?: Array<{ page: number; start: number }>;
  sections: Section[];
  /** How the reader shows the text: blocks, markup, markers, pages (filled by the sources stage). */
  layout?: Layout;
  sentences: Sentence[];
  mentions: Mention[];
  /**
   * A document read in parts (parts.ts) keeps its mentions compact instead: per mention the index
   * of its entity in entityIds, and its start and end in offsets (two numbers per mention).
   */
  compactMentions?: { entityIds: string[]; entityOf: number[]; offsets: number[] };
  entities: ResolvedEntity[];
  relations: ExtractedRelation[];
  sources: SourceRecord[];
}
