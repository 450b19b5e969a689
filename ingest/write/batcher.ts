import type { Graph } from '../../graph/connection';
import type { DocumentWrite } from '../../graph/ingest/types';
import { writeDocuments, type WriteOutcome } from '../../graph/ingest/write';
import { searchTextOf } from './searchText';
import { collectBetweenBatches } from './heap';

/**
 * Documents go to the graph in batches: one transaction (and one round trip per step) for many
 * documents costs far less than one per document. One batch is written while the next is
 * extracted — the database works on its own threads, and the extraction loop yields between
 * documents so the driver's replies are read. At most one write is in flight, which keeps the
 * order of documents and bounds memory to two batches.
 */

export interface BatchLimits {
  /** Documents per transaction (a safety cap: batches are sized by rows). */
  documents: number;
  /** Rows (entities, mentions, relations, evidence, sources) per transaction. */
  rows: number;
}

// Batches are sized by rows, what a write costs: 10,000 rows (about 25 documents of the bench
// corpus, 5 of a long report) keep each statement's per-row work far above its round trip.
// The first batches are smaller (1/8 of the limit, then doubling): nothing is written until the
// first batch is extracted, so a small one starts the database working early; after that each
// write overlaps the next batch's extraction.
export const defaultBatchLimits: BatchLimits = { documents: 200, rows: 10_000 };

/** The limits of the n-th batch (from 0): a fraction of the full limits that doubles up to them. */
export function rampedLimits(limits: BatchLimits, n: number): BatchLimits {
  const share = 2 ** Math.min(0, n - 3);
  return { documents: Math.max(1, Math.floor(limits.documents * share)), rows: Math.max(1, Math.floor(limits.rows * share)) };
}

export interface Pending<T> {
  rows: DocumentWrite;
  /** What the caller hands back with the outcome (its document, its index). */
  item: T;
}

export type Settled<T> = { item: T; outcome: WriteOutcome } | { item: T; error: Error };

function rowCount(d: DocumentWrite): number {
  return d.entities.length + d.mentions.length + d.relations.length + d.evidence.length + d.sources.length;
}

export class WriteBatcher<T> {
  private batch: Pending<T>[] = [];
  private rows = 0;
  private started = 0;
  private inFlight: Promise<void> = Promise.resolve();
  private failure: Error | undefined;

  constructor(
    private readonly graph: Graph,
    private readonly onSettled: (settled: Settled<T>) => void,
    private readonly opts: { force?: boolean; limits?: BatchLimits; isFatal: (err: unknown) => boolean },
  ) {}

  /** Queue a document; starts a write when the batch is full. Throws a fatal error of an earlier write. */
  async add(entry: Pending<T>): Promise<void> {
    this.throwIfFailed();
    const limits = rampedLimits(this.opts.limits ?? defaultBatchLimits, this.started);
    // One document twice in a transaction would replace itself mid-write: it starts a new batch.
    if (this.batch.some((p) => p.rows.document.id === entry.rows.document.id)) await this.flush();
    this.batch.push(entry);
    this.rows += rowCount(entry.rows);
    if (this.batch.length >= limits.documents || this.rows >= limits.rows) await this.flush();
  }

  /** Write what is queued and wait for every write. */
  async finish(): Promise<void> {
    await this.flush();
    await this.inFlight;
    this.throwIfFailed();
  }

  private async flush(): Promise<void> {
    if (this.batch.length === 0) return;
    const batch = this.batch;
    this.batch = [];
    this.rows = 0;
    this.started++;
    // Collected while the previous batch may still be in the database's hands, so the pause
    // overlaps its write instead of adding to it.
    collectBetweenBatches();
    await this.inFlight;
    this.throwIfFailed();
    this.inFlight = this.write(batch).catch((err: unknown) => {
      this.failure = err instanceof Error ? err : new Error(String(err));
    });
  }

  private async write(batch: Pending<T>[]): Promise<void> {
    try {
      const outcomes = await writeDocuments(this.graph, batch.map((p) => p.rows), searchTextOf, { force: this.opts.force });
      batch.forEach((p, i) => this.onSettled({ item: p.item, outcome: outcomes[i] }));
    } catch (err) {
      if (this.opts.isFatal(err)) throw err;
      if (batch.length === 1) return this.onSettled({ item: batch[0].item, error: err as Error });
      // One document the graph refuses must not cost the others: each is tried alone.
      for (const p of batch) await this.write([p]);
    }
  }

  private throwIfFailed(): void {
    if (this.failure) throw this.failure;
  }
}
