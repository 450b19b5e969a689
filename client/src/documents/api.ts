import type { Job, JobAnswer } from '../../../contract/documents';
import { requestJson } from '../api/client';

// The document routes beyond reading: uploads (a job to follow) and the job itself.

export type { Job, JobFile } from '../../../contract/documents';

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
  job: (id: string) => requestJson<JobAnswer>('GET', `/jobs/${encodeURIComponent(id)}`).then((a) => a.job),
};
