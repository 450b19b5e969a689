import type { Request } from 'express';
import { ApiError } from '../errors';
import { megabytes, type UploadLimits } from './limits';

/**
 * Reading a multipart/form-data upload. The body is counted as it arrives and refused (413) the
 * moment it passes the total limit; what passes is parsed by the platform's own form-data
 * parser (the fetch API's Request.formData), so no multipart parsing is written here.
 */

export interface ReceivedFile {
  name: string;
  bytes: Buffer;
}

export async function receiveFiles(req: Request, limits: UploadLimits): Promise<ReceivedFile[]> {
  const type = req.get('content-type') ?? '';
  if (!/^multipart\/form-data\s*;/i.test(type)) {
    throw new ApiError(400, 'invalid_request', 'Send the files as multipart/form-data (one "files" part per file).');
  }
  const declared = Number(req.get('content-length'));
  if (Number.isFinite(declared) && declared > limits.maxTotalBytes) throw tooLarge(req, `The upload is ${megabytes(declared)}; at most ${megabytes(limits.maxTotalBytes)} go in one upload (UPLOAD_MAX_TOTAL_MB).`);
  const body = await readBody(req, limits.maxTotalBytes);

  let form: FormData;
  try {
    form = await new Request('http://upload.invalid/', { method: 'POST', headers: { 'content-type': type }, body }).formData();
  } catch {
    throw new ApiError(400, 'invalid_request', 'The body is not well-formed multipart/form-data.');
  }
  const files: ReceivedFile[] = [];
  for (const value of form.values()) {
    if (typeof value === 'string') continue;
    if (files.length >= limits.maxFiles) {
      throw new ApiError(413, 'too_many_files', `At most ${limits.maxFiles} files go in one upload (UPLOAD_MAX_FILES); send the rest in another.`);
    }
    if (value.size > limits.maxFileBytes) {
      throw new ApiError(413, 'file_too_large', `"${value.name}" is ${megabytes(value.size)}; a file may be at most ${megabytes(limits.maxFileBytes)} (UPLOAD_MAX_FILE_MB).`);
    }
    files.push({ name: value.name, bytes: Buffer.from(await value.arrayBuffer()) });
  }
  if (files.length === 0) throw new ApiError(400, 'invalid_request', 'The upload holds no file.');
  return files;
}

/** The body in one fresh ArrayBuffer (what the fetch API takes as a body under every typing). */
function readBody(req: Request, max: number): Promise<Uint8Array<ArrayBuffer>> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > max) {
        req.off('data', onData);
        // The rest is read and thrown away, so the client gets the 413 instead of a broken pipe.
        req.resume();
        reject(tooLarge(req, `The upload is larger than ${megabytes(max)}, the most one upload may carry (UPLOAD_MAX_TOTAL_MB).`));
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('end', () => {
      if (size > max) return;
      const body = new Uint8Array(size);
      let at = 0;
      for (const chunk of chunks) {
        body.set(chunk, at);
        at += chunk.length;
      }
      resolve(body);
    });
    req.once('error', reject);
  });
}

function tooLarge(req: Request, message: string): ApiError {
  req.resume();
  return new ApiError(413, 'upload_too_large', message);
}
