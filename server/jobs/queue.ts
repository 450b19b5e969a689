import { fork, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Graph } from '../../graph/connection';
import { findJob, saveJob, unfinishedJobs, type StoredJob } from '../../graph/jobs';
import { projectRoot } from '../../graph/neo4j/paths';
import type { Job, JobFile } from '../../contract/documents';
import type { JobOrder, JobReport } from '../../contract/uploadJob';
import { baseName, safeRelativeName } from './names';
import type { ReceivedFile } from './receive';

/**
 * Upload jobs, one at a time: each runs in its own ingest process (the worker script), so the
 * extraction never holds up the requests and there is one writer of uploads at a time. A job
 * and its files' outcomes are recorded in the graph as they change and the received files are
 * kept on disk until the job ends, so after a restart an unfinished job is resumed — or, when
 * its files are gone, marked failed with the reason.
 */

export interface JobQueueOptions {
  graph: Graph;
  /** Home of received files (jobs/) and of the uploaded documents (library/). */
  dir: string;
  /** The ingest process's script, run with `node --import tsx`. */
  worker: string;
  log?: (line: string) => void;
}

export class JobQueue {
  private readonly active = new Map<string, Job>();
  private readonly waiting: string[] = [];
  private child: ChildProcess | undefined;
  private draining: Promise<void> | undefined;
  private closed = false;
  private saved: Promise<void> = Promise.resolve();

  constructor(private readonly opts: JobQueueOptions) {}

  get libraryDir(): string {
    return path.join(this.opts.dir, 'library');
  }

  /** A removed document's uploaded original leaves the library. */
  forgetLibraryFile(name: string): void {
    const safe = safeRelativeName(name);
    if (safe) fs.rmSync(path.join(this.libraryDir, ...safe.split('/')), { force: true });
  }

  private receivedDir(jobId: string): string {
    return path.join(this.opts.dir, 'jobs', jobId);
  }

  /** Keep the files, record the job, queue it; the job as it stands (queued). */
  async submit(files: ReceivedFile[], user: string): Promise<Job> {
    const id = crypto.randomUUID();
    const entries: JobFile[] = files.map((f, index) => ({
      index,
      name: safeRelativeName(f.name) ?? `file-${index + 1}`,
      bytes: f.bytes.length,
      state: 'waiting',
      stage: null,
      progress: 0,
      reason: null,
      documentId: null,
      duplicateOf: null,
    }));
    for (const [index, f] of files.entries()) {
      const dir = path.join(this.receivedDir(id), String(index));
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, baseName(entries[index].name)), f.bytes);
    }
    const job: Job = { id, state: 'queued', createdBy: user, createdAt: new Date().toISOString(), finishedAt: null, reason: null, files: entries };
    await this.persist(job);
    this.enqueue(job);
    return structuredClone(job);
  }

  async get(id: string): Promise<Job | null> {
    const live = this.active.get(id);
    if (live) return structuredClone(live);
    const stored = await findJob(this.opts.graph, id);
    return stored ? fromStored(stored) : null;
  }

  /** After a start: every job the last server left queued or running goes on (or fails, saying why). */
  async resume(): Promise<void> {
    for (const stored of await unfinishedJobs(this.opts.graph)) {
      const job = fromStored(stored);
      let lost = 0;
      for (const f of job.files) {
        if (f.state !== 'waiting' && f.state !== 'reading') continue;
        if (fs.existsSync(this.receivedPath(job.id, f))) {
          Object.assign(f, { state: 'waiting', stage: null, progress: 0 });
        } else {
          Object.assign(f, { state: 'failed', stage: null, reason: 'the received file was gone after the server restarted; upload it again' });
          lost++;
        }
      }
      if (job.files.every((f) => f.state !== 'waiting')) {
        this.finish(job, lost > 0 ? 'failed' : 'done', lost > 0 ? 'the server restarted and the received files were gone' : null);
        await this.persist(job);
        continue;
      }
      job.state = 'queued';
      this.opts.log?.(`Upload job ${job.id}: resumed after a restart (${job.files.filter((f) => f.state === 'waiting').length} files to read).`);
      await this.persist(job);
      this.enqueue(job);
    }
  }

  /** Resolves when every queued job has run (tests wait on it). */
  async idle(): Promise<void> {
    while (this.draining) await this.draining;
  }

  /** Stop: the running ingest process is ended; its job stays recorded as running, to resume. */
  async close(): Promise<void> {
    this.closed = true;
    this.waiting.length = 0;
    const child = this.child;
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill();
      await exited;
    }
    await this.draining?.catch(() => undefined);
  }

  private enqueue(job: Job): void {
    this.active.set(job.id, job);
    this.waiting.push(job.id);
    this.draining ??= this.drain().finally(() => {
      this.draining = undefined;
    });
  }

  private async drain(): Promise<void> {
    for (let id = this.waiting.shift(); id !== undefined && !this.closed; id = this.waiting.shift()) {
      const job = this.active.get(id);
      if (!job) continue;
      try {
        await this.run(job);
      } catch (err) {
        this.opts.log?.(`Upload job ${id}: ${(err as Error).message}`);
      }
      if (!this.closed) this.active.delete(id);
    }
  }

  private receivedPath(jobId: string, f: JobFile): string {
    return path.join(this.receivedDir(jobId), String(f.index), baseName(f.name));
  }

  private async run(job: Job): Promise<void> {
    job.state = 'running';
    await this.persist(job);
    const todo = job.files.filter((f) => f.state === 'waiting');
    const { uri, user, password, database } = this.opts.graph.config;
    const order: JobOrder = {
      type: 'job',
      graph: { uri, user, password, database },
      addedBy: job.createdBy,
      files: todo.map((f) => ({
        index: f.index,
        received: this.receivedPath(job.id, f),
        libraryPath: path.join(this.libraryDir, ...f.name.split('/')),
        name: f.name,
        bytes: f.bytes,
      })),
    };
    const { code, done, stderr } = await this.runWorker(job, order);
    if (this.closed) return;
    const unread = job.files.filter((f) => f.state === 'waiting' || f.state === 'reading');
    if (done && unread.length === 0) this.finish(job, 'done', null);
    else {
      const why = `the ingest process stopped (exit code ${code ?? 'none'})${stderr ? `: ${stderr}` : ''}`;
      for (const f of unread) Object.assign(f, { state: 'failed', stage: null, reason: why });
      this.finish(job, 'failed', why);
    }
    await this.persist(job);
    // The received bytes are kept only while the job may still need them.
    fs.rmSync(this.receivedDir(job.id), { recursive: true, force: true });
  }

  private runWorker(job: Job, order: JobOrder): Promise<{ code: number | null; done: boolean; stderr: string }> {
    return new Promise((resolve) => {
      const child = fork(this.opts.worker, [], { cwd: projectRoot, execArgv: ['--import', 'tsx'], stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
      this.child = child;
      let done = false;
      let stderr = '';
      child.stderr?.on('data', (chunk: Buffer) => {
        stderr = `${stderr}${chunk.toString('utf8')}`.slice(-2000);
      });
      child.on('message', (message: JobReport) => {
        if (message.type === 'done') done = true;
        else this.apply(job, message);
      });
      child.once('error', (err) => {
        stderr = err.message;
      });
      child.once('exit', (code) => {
        this.child = undefined;
        resolve({ code, done, stderr: stderr.trim().split('\n').at(-1) ?? '' });
      });
      child.send(order);
    });
  }

  private apply(job: Job, message: Exclude<JobReport, { type: 'done' }>): void {
    const f = job.files.find((x) => x.index === message.index);
    if (!f) return;
    if (message.type === 'stage') {
      Object.assign(f, { state: 'reading', stage: message.stage, progress: message.progress });
      return;
    }
    if (message.type === 'failed') Object.assign(f, { state: 'failed', stage: null, progress: 1, reason: message.reason });
    else if (message.state === 'ingested') Object.assign(f, { state: 'ingested', stage: null, progress: 1, documentId: message.documentId });
    else Object.assign(f, { state: 'skipped', stage: null, progress: 1, reason: message.reason, documentId: message.documentId, duplicateOf: message.duplicateOf });
    // Each outcome is recorded as it comes: a restart then reads only the files still waiting.
    void this.persist(job).catch((err: unknown) => this.opts.log?.(`Upload job ${job.id}: could not record progress: ${(err as Error).message}`));
  }

  private finish(job: Job, state: 'done' | 'failed', reason: string | null): void {
    job.state = state;
    job.reason = reason;
    job.finishedAt = new Date().toISOString();
  }

  /** Writes one after another, so an older state never lands after a newer one. */
  private persist(job: Job): Promise<void> {
    const stored = toStored(job);
    const next = this.saved.catch(() => undefined).then(() => saveJob(this.opts.graph, stored));
    this.saved = next;
    return next;
  }
}

function toStored(job: Job): StoredJob {
  return {
    id: job.id,
    state: job.state,
    createdBy: job.createdBy,
    createdAt: Date.parse(job.createdAt),
    finishedAt: job.finishedAt ? Date.parse(job.finishedAt) : null,
    reason: job.reason,
    files: JSON.stringify(job.files),
  };
}

function fromStored(s: StoredJob): Job {
  return {
    id: s.id,
    state: s.state as Job['state'],
    createdBy: s.createdBy,
    createdAt: new Date(s.createdAt).toISOString(),
    finishedAt: s.finishedAt ? new Date(s.finishedAt).toISOString() : null,
    reason: s.reason ?? null,
    files: JSON.parse(s.files) as JobFile[],
  };
}
