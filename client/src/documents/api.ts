import type { Job, JobAnswer, LibraryAnswer, LibrarySort, RemovalAnswer, UnsupportedAnnotation } from '../../../contract/documents';
import { queryString, requestJson } from '../api/client';

// The document routes beyond reading: uploads (a job to follow) and the job itself.

export type { Job, JobFile, LibraryDocument, LibrarySort, UnsupportedAnnotation } from '../../../contract/documents';

export interface LibraryFilter {
  q?: string;
  lang?: string;
  from?: string;
  to?: string;
  sort?: LibrarySort;
  order?: 'asc' | 'desc';
}

/** A file to send, with the name it goes under (its path inside a dropped folder). */
export interface OutgoingFile {
  file: File;
  name: string;
}

export const documentsApi = {
  upload(files: OutgoingFile[]): Promise<Job> {
    const form = new FormData();
    for (const f of files) form.append('files', f.file, f.name);
    return requestJson<JobAnswer>('POST', '/documents', form).then((a) => a.job);
  },
  library: (filter: LibraryFilter) => requestJson<LibraryAnswer>('GET', `/documents${queryString({ ...filter })}`),
  remove: (id: string) => requestJson<RemovalAnswer>('DELETE', `/documents/${encodeURIComponent(id)}`).then((a) => a.removed),
  unsupportedAnnotations: () => requestJson<{ annotations: UnsupportedAnnotation[] }>('GET', '/annotations/unsupported').then((a) => a.annotations),
  job: (id: string) => requestJson<JobAnswer>('GET', `/jobs/${encodeURIComponent(id)}`).then((a) => a.job),
};
