/** What the ingest hands the graph room for one document: plain rows, ready for UNWIND. */

export interface DocumentNodeRow {
  id: string;
  title: string;
  author: string | null;
  /** Publication date from the file's metadata. */
  published?: string | null;
  path: string;
  lang: string;
  chars: number;
  hash: string;
  encoding: string;
  text: string;
  /** JSON [{"entityId","start","end"}], offsets into text. */
  mentionSpans: string;
  /** JSON of the reader's layout (contract/reader.ts Layout), offsets into text. */
  layout?: string;
  /** The same spans as JSON per window of mentionWindowChars (contract/reader.ts): window k holds those starting in it. */
  mentionWindows?: string[];
  /** The text's MinHash signature (near-duplicate documents). */
  minhash?: number[];
}

export interface EntityRow {
  id: string;
  type: string;
  name: string;
  nameEn: string | null;
  aliases: string[];
}

export interface MentionRow {
  entityId: string;
  count: number;
}

export interface RelationRow {
  id: string;
  type: string;
  subject: string;
  object: string;
  /** date, share, amount, resource, role, topic, about, count, weight — whichever apply. */
  props: Record<string, string | number | null>;
  confidence: number;
  method: string;
  inferred: boolean;
}

export interface EvidenceRow {
  id: string;
  relId: string;
  sentence: string;
  start: number;
  end: number;
  sectionPath: string[];
  sourceIds: string[];
  /** The printed page the sentence stands on (PDF). */
  page?: number | null;
}

export interface SourceRow {
  id: string;
  marker: string | null;
  text: string;
  title: string | null;
  author: string | null;
  publisher: string | null;
  date: string | null;
  url: string | null;
}

export interface DocumentWrite {
  document: DocumentNodeRow;
  entities: EntityRow[];
  mentions: MentionRow[];
  relations: RelationRow[];
  evidence: EvidenceRow[];
  sources: SourceRow[];
}
