import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { layOutPages, type PdfPage } from './pdfLayout';
import { failed, type Reader, type ReadResult } from './types';

/**
 * PDF through pdf.js (bundled by unpdf), run in a worker thread (see pdfWorker.mjs). The text
 * is laid out in reading order with page starts kept, so evidence can name its page.
 */

interface WorkerAnswer {
  pages: PdfPage[];
  info: { title?: string; author?: string; date?: string };
}

/** A PDF pdf.js has not finished with in this long is given up (a pathological file). */
const PDF_TIMEOUT_MS = 60_000;

export const pdfReader: Reader = {
  format: 'pdf',
  extensions: ['.pdf'],
  async read(bytes) {
    if (bytes.subarray(0, 1024).indexOf('%PDF-') < 0) return failed('not a PDF (no %PDF- header)');
    let answer: WorkerAnswer;
    try {
      answer = await inWorker(bytes);
    } catch (err) {
      return failed(`unreadable PDF: ${(err as Error).message.split('\n')[0]}`);
    }
    const laid = layOutPages(answer.pages);
    if (laid.text.trim().length === 0) return failed('no text layer (scanned?)');
    return {
      ok: true,
      doc: { text: laid.text, encoding: 'pdf', pages: laid.pages, hardWrapped: true, ...pdfInfo(answer.info) },
    } satisfies ReadResult;
  },
};

function inWorker(bytes: Buffer): Promise<WorkerAnswer> {
  return new Promise((resolve, reject) => {
    const copy = new Uint8Array(bytes);
    const worker = new Worker(path.join(__dirname, 'pdfWorker.mjs'), { workerData: { bytes: copy }, transferList: [copy.buffer] });
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new Error(`pdf.js took longer than ${PDF_TIMEOUT_MS / 1000} s`));
    }, PDF_TIMEOUT_MS);
    worker.once('message', (answer: WorkerAnswer) => {
      clearTimeout(timer);
      resolve(answer);
    });
    worker.once('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    worker.once('exit', (code) => {
      clearTimeout(timer);
      if (code !== 0) reject(new Error(`pdf.js stopped (exit ${code})`));
    });
  });
}

/** The document information dictionary: title and author when set, D:YYYYMMDD dates as ISO. */
function pdfInfo(info: WorkerAnswer['info']): { title?: string; author?: string; date?: string } {
  const clean = (s?: string): string | undefined => (typeof s === 'string' && s.trim() ? s.trim() : undefined);
  // Printers fill the title with what they had: a URL, a file name, "Microsoft Word - …".
  const title = clean(info.title);
  const placeholder = !title || /^(about:|https?:|file:|untitled\b|microsoft word - )|\.(docx?|pdf|html?|txt)$/i.test(title);
  const date = /^D:(\d{4})(\d{2})?(\d{2})?/.exec(info.date ?? '');
  return {
    title: placeholder ? undefined : title,
    author: clean(info.author),
    date: date ? [date[1], date[2], date[3]].filter(Boolean).join('-') : undefined,
  };
}
