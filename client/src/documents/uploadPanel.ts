import { button, el } from '../dom';
import { describeError } from '../status';
import { documentsApi, type Job, type JobFile, type OutgoingFile } from './api';
import { droppedFiles, pickedFiles } from './dropped';

// Adding documents: drop files or a folder anywhere on the page, or pick them; each file gets
// a progress bar that follows the server's job, and the job's report ends the list. Who may
// upload is the server's decision: a viewer's drop shows its answer (403) as the message.

const POLL_MS = 400;
const listeners: (() => void)[] = [];

/** Called when an upload job has ended (the document library reloads). */
export function onDocumentsAdded(listener: () => void): void {
  listeners.push(listener);
}

let panel: HTMLElement | null = null;
let list: HTMLElement;
let message: HTMLElement;
let report: HTMLElement;

export function createUploadPanel(): HTMLElement {
  const files = el('input', { type: 'file', multiple: true, 'data-testid': 'upload-input', 'aria-label': 'Pick files' });
  const folder = el('input', { type: 'file', multiple: true, webkitdirectory: true, 'data-testid': 'upload-folder', 'aria-label': 'Pick a folder' });
  files.addEventListener('change', () => {
    if (files.files) void send(pickedFiles(files.files));
    files.value = '';
  });
  folder.addEventListener('change', () => {
    if (folder.files) void send(pickedFiles(folder.files));
    folder.value = '';
  });
  list = el('ul', { className: 'upload-files', 'data-testid': 'upload-files' });
  message = el('p', { className: 'upload-message', 'data-testid': 'upload-message', role: 'status' });
  report = el('p', { className: 'upload-report', 'data-testid': 'upload-report' });
  panel = el(
    'section',
    { className: 'upload-panel', 'data-testid': 'upload-panel', 'aria-label': 'Add documents' },
    el('header', {}, el('h2', { text: 'Add documents' }), button('Close', 'upload-close', () => showPanel(false))),
    el(
      'div',
      { className: 'drop-zone', 'data-testid': 'drop-zone' },
      el('p', { text: 'Drop files or a folder anywhere on the page (.txt .md .html .pdf .docx), or pick them:' }),
      el('label', {}, 'Files ', files),
      el('label', {}, 'Folder ', folder),
    ),
    message,
    list,
    report,
  );
  panel.hidden = true;
  installPageDrop();
  return panel;
}

export function createUploadButton(): HTMLElement {
  return button('Add documents', 'upload-open', () => showPanel(panel?.hidden === true), 'Upload documents to the graph');
}

function showPanel(show: boolean): void {
  if (panel) panel.hidden = !show;
}

function installPageDrop(): void {
  const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
  document.addEventListener('dragover', (event) => {
    if (!carriesFiles(event)) return;
    // Without this the browser would open the dropped file in place of the explorer.
    event.preventDefault();
    document.body.classList.add('dropping');
  });
  document.addEventListener('dragleave', (event) => {
    if (event.relatedTarget === null) document.body.classList.remove('dropping');
  });
  document.addEventListener('drop', (event) => {
    document.body.classList.remove('dropping');
    if (!event.dataTransfer || !carriesFiles(event)) return;
    event.preventDefault();
    void droppedFiles(event.dataTransfer).then(send);
  });
}

async function send(files: OutgoingFile[]): Promise<void> {
  showPanel(true);
  if (files.length === 0) return;
  message.textContent = `Sending ${files.length} file${files.length === 1 ? '' : 's'}…`;
  report.textContent = '';
  list.replaceChildren();
  let job: Job;
  try {
    job = await documentsApi.upload(files);
  } catch (err) {
    message.textContent = describeError(err, 'Uploading');
    message.dataset.state = 'error';
    return;
  }
  delete message.dataset.state;
  message.textContent = 'Reading the documents…';
  for (;;) {
    renderFiles(job);
    if (job.state === 'done' || job.state === 'failed') break;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    try {
      job = await documentsApi.job(job.id);
    } catch (err) {
      message.textContent = describeError(err, 'Following the upload');
      return;
    }
  }
  message.textContent = job.state === 'failed' ? `The upload failed: ${job.reason ?? 'no reason given'}` : 'Done.';
  report.textContent = summary(job.files);
  for (const listener of listeners) listener();
}

function renderFiles(job: Job): void {
  list.replaceChildren(
    ...job.files.map((f) =>
      el(
        'li',
        { 'data-testid': 'upload-file', 'data-state': f.state },
        el('span', { className: 'upload-name', text: f.name }),
        el('progress', { max: 1, value: f.progress, 'data-testid': 'upload-progress', 'aria-label': `Progress of ${f.name}` }),
        el('span', { className: 'upload-state', 'data-testid': 'upload-state', text: describeFile(f) }),
      ),
    ),
  );
}

function describeFile(f: JobFile): string {
  if (f.state === 'reading') return f.stage ? `reading (${f.stage})` : 'reading';
  if (f.state === 'skipped' || f.state === 'failed') return `${f.state}: ${f.reason ?? ''}`;
  return f.state;
}

function summary(files: JobFile[]): string {
  const count = (state: JobFile['state']) => files.filter((f) => f.state === state).length;
  const parts = [`${count('ingested')} ingested`, `${count('skipped')} skipped`];
  if (count('failed') > 0) parts.push(`${count('failed')} failed`);
  return `Report: ${parts.join(', ')} of ${files.length}.`;
}
