import type { ImportFiles } from '../../graph/bulk/importFiles';
import { checkTypes } from '../../graph/ingest/write';
import type { Pending, Settled } from './batcher';

/**
 * The bulk load's stand-in for the write batcher: each document's rows go to the import files
 * (graph/bulk) as soon as they are extracted, in the order the batcher would write them. A
 * document with an unknown type is refused alone, as the writer refuses it; any other failure
 * (a full disk) stops the load, since the files would be incomplete.
 */
export class ImportSink<T> {
  constructor(
    private readonly files: ImportFiles,
    private readonly onSettled: (settled: Settled<T>) => void,
  ) {}

  async add(entry: Pending<T>): Promise<void> {
    try {
      checkTypes(entry.rows);
    } catch (err) {
      return this.onSettled({ item: entry.item, error: err as Error });
    }
    this.files.add(entry.rows);
    this.onSettled({ item: entry.item, outcome: 'written' });
  }

  async finish(): Promise<void> {}
}
