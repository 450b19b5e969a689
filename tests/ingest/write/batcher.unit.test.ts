import { defaultBatchLimits, rampedLimits } from '../../../ingest/write/batcher';

// The first batches are small so the database starts early; from the fourth on, the full size.
test('batch limits start at an eighth and double up to the full size', () => {
  const rows = [0, 1, 2, 3, 4, 20].map((n) => rampedLimits(defaultBatchLimits, n).rows);
  expect(rows).toEqual([1250, 2500, 5000, 10_000, 10_000, 10_000]);
  expect(rampedLimits({ documents: 1, rows: 5 }, 0)).toEqual({ documents: 1, rows: 1 });
});
