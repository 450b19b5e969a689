import { z } from 'zod';
import { searchTextMax } from './limits';
import { enumParam, text } from './wire';

/**
 * Adding documents while the product runs: an upload becomes a job (202 with its id); the job
 * reads its files one after another off the request thread and reports per file.
 */

export const jobStates = ['queued', 'running', 'done', 'failed'] as const;
export type JobState = (typeof jobStates)[number];
/** waiting → reading (through the ingest stages) → ingested | skipped (with the reason) | failed. */
export const jobFileStates = ['waiting', 'reading', 'ingested', 'skipped', 'failed'] as const;
export type JobFileState = (typeof jobFileStates)[number];

export const jobFile = z.object({
  index: z.int(),
  name: z.string().describe('The file name as uploaded (a path inside the dropped folder, never a server path).'),
  bytes: z.int(),
  state: z.enum(jobFileStates),
  stage: z.string().nullable().describe('The ingest stage the file is in while reading.'),
  progress: z.number().min(0).max(1),
  reason: z.string().nullable().describe('Why the file was skipped or failed.'),
  documentId: z.string().nullable(),
  duplicateOf: z.string().nullable().describe('The document that already holds the same content.'),
});
export type JobFile = z.infer<typeof jobFile>;

export const job = z.object({
  id: z.string(),
  state: z.enum(jobStates),
  createdBy: z.string(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
  reason: z.string().nullable().describe('Why the job failed (a restart, a stopped ingest).'),
  files: z.array(jobFile),
});
export type Job = z.infer<typeof job>;

export const jobAnswer = z.object({ job });
export type JobAnswer = z.infer<typeof jobAnswer>;

/** Defaults of the upload limits (the server reads UPLOAD_MAX_FILE_MB, UPLOAD_MAX_FILES, UPLOAD_MAX_TOTAL_MB). */
export const uploadDefaults = { maxFileMb: 8, maxFiles: 50, maxTotalMb: 100 } as const;

/** The document library: every document with where it came from and what it supports. */
export const libraryDocument = z.object({
  id: z.string(),
  title: z.string().nullable(),
  author: z.string().nullable(),
  lang: z.string().nullable(),
  date: z.string().nullable().describe('Publication date as the document gives it, else null.'),
  fileName: z.string().nullable().describe('The source file name (a path inside the corpus or a dropped folder at most; never an absolute server path).'),
  format: z.string().nullable(),
  bytes: z.int().nullable(),
  chars: z.int().nullable(),
  pages: z.int().nullable(),
  entities: z.int().describe('Entities the document mentions.'),
  relations: z.int().describe('Relations its evidence supports.'),
  addedAt: z.string().nullable(),
  addedBy: z.string().nullable().describe('Who uploaded it (null: the command-line ingest).'),
  nearDuplicateOf: z.object({ id: z.string(), title: z.string().nullable(), similarity: z.number() }).nullable()
    .describe('The document ingested before it that this one nearly duplicates, with their estimated similarity (0–1).'),
});
export type LibraryDocument = z.infer<typeof libraryDocument>;
export const libraryAnswer = z.object({ documents: z.array(libraryDocument), total: z.int().describe('Documents in the library, before filters.') });
export type LibraryAnswer = z.infer<typeof libraryAnswer>;

export const librarySorts = ['added', 'date', 'title', 'lang', 'size', 'entities', 'relations'] as const;
export type LibrarySort = (typeof librarySorts)[number];
export const libraryOrders = ['asc', 'desc'] as const;

export const removalAnswer = z.object({
  removed: z.object({
    id: z.string(),
    evidence: z.int(),
    relations: z.int().describe('Extracted edges no other document supported.'),
    entities: z.int().describe('Entities nothing else held.'),
  }),
});
export type RemovalAnswer = z.infer<typeof removalAnswer>;

const dateParam = (description: string) =>
  text.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { error: 'expected a date: YYYY, YYYY-MM or YYYY-MM-DD' }).optional().describe(description);

/** The document library's filters and order. */
export const libraryQuery = z.object({
  q: text.trim().max(searchTextMax, { error: `at most ${searchTextMax} characters` }).optional().describe('Text in the title, author or file name (any case).'),
  lang: text.trim().regex(/^[A-Za-z]{2,3}(-[A-Za-z]{2,8})?$/, { error: 'expected a language tag such as en, ja or zh-Hant' }).optional().describe('Only documents in this language.'),
  from: dateParam('Documents dated on or after this date (undated ones: by the day they were added).'),
  to: dateParam('Documents dated on or before this date (undated ones: by the day they were added).'),
  sort: enumParam(librarySorts, 'added', 'Order by: when added, date, title, language, size, entities, relations.'),
  order: enumParam(libraryOrders, 'desc', 'asc or desc.'),
});
export type LibraryQuery = z.infer<typeof libraryQuery>;

/** Annotations on edges that lost their last evidence when a document was removed. */
export const unsupportedAnnotation = z.object({
  id: z.string(),
  targetId: z.string(),
  text: z.string(),
  stance: z.string().nullable(),
  author: z.string(),
  formerTarget: z.string().describe('What the edge said: subject, type, object.'),
  note: z.literal('no longer supported by any document'),
});
export type UnsupportedAnnotation = z.infer<typeof unsupportedAnnotation>;
export const unsupportedAnswer = z.object({ annotations: z.array(unsupportedAnnotation) });
