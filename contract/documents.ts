import { z } from 'zod';

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
