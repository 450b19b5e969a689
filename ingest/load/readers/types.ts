/**
 * A reader turns one file type's bytes into the document text every later stage reads: plain
 * text with block boundaries as newlines and headings marked the Markdown way ("# "), so the
 * structure stage reads every format alike. The text is what the document view shows; every
 * offset (sentences, evidence, pages) points into it.
 */

export interface PageStart {
  /** The page number as printed in a citation ("p. 7"): 1 for the first page. */
  page: number;
  /** Offset in the text where the page begins. */
  start: number;
}

export interface ReadDocument {
  text: string;
  /** How the bytes were decoded (utf-8, big5…) or which container they came in (pdf, docx). */
  encoding: string;
  title?: string;
  author?: string;
  /** Publication date as given (ISO 8601 where the source says so). */
  date?: string;
  /** Page starts, in order, for paged formats (PDF). */
  pages?: PageStart[];
  /** Lines break inside sentences (printed layouts): only punctuation ends a sentence. */
  hardWrapped?: boolean;
}

export type ReadResult = { ok: true; doc: ReadDocument } | { ok: false; reason: string };

export interface Reader {
  /** The format's name, as the document records it. */
  format: string;
  /** Lower-case file name endings, with the dot. */
  extensions: string[];
  read(bytes: Buffer, filePath: string): ReadResult | Promise<ReadResult>;
}

export const failed = (reason: string): ReadResult => ({ ok: false, reason });
