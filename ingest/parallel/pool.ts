import os from 'node:os';
import path from 'node:path';
import { Piscina } from 'piscina';
import type { ExtractedFile, ExtractTask } from './task';

/**
 * Extraction on every core: worker threads read, structure and extract files while the main
 * thread writes (one writer per database). Answers come back in file order, so the graph is
 * written in the same order as by a single thread; a bounded number of files is in flight, so
 * memory stays flat however large the corpus.
 */

export function defaultWorkers(): number {
  return Math.max(1, os.availableParallelism());
}

export class ExtractionPool {
  private readonly pool: Piscina;

  constructor(private readonly workers: number, redirects: Map<string, string>) {
    this.pool = new Piscina({
      filename: path.join(__dirname, 'worker.cjs'),
      name: 'extract',
      minThreads: workers,
      maxThreads: workers,
      // A worker keeps its loaded lexicon and dictionaries for the whole run.
      idleTimeout: 60_000,
      workerData: { redirects: [...redirects] },
      // Not the parent's flags: under tsx those start an ESM loader thread in every worker, and
      // each module the worker loads waits for a round trip to it. worker.cjs loads TypeScript
      // with tsx's in-thread hook instead.
      execArgv: [],
    });
  }

  /** Each file's result, in the order given; a worker that dies fails its file, not the run. */
  async *inOrder(files: string[], keepDetail: boolean): AsyncGenerator<{ index: number; file: string; result: ExtractedFile }> {
    // Enough files queued that no worker waits while the main thread writes, few enough to keep memory flat.
    const window = this.workers * 3;
    const pending: Promise<ExtractedFile>[] = [];
    let next = 0;
    const submit = (): void => {
      const task: ExtractTask = { path: files[next++], keepDetail };
      pending.push((this.pool.run(task) as Promise<ExtractedFile>).catch((err: unknown) => ({ kind: 'failed', message: `extraction worker: ${(err as Error).message}` })));
    };
    for (let index = 0; index < files.length; index++) {
      while (next < files.length && next < index + window) submit();
      yield { index, file: files[index], result: await (pending.shift() as Promise<ExtractedFile>) };
    }
  }

  async close(): Promise<void> {
    await this.pool.destroy();
  }
}
