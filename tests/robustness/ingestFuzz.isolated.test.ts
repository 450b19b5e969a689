import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fuzzIngest } from '../../bench/fuzz/ingestFuzz';

/**
 * Hostile files through `npm run ingest -- --dry-run` (bench/fuzz/ingestFiles.ts, a 1 MB single
 * line instead of 50 MB): each file is ingested or skipped with a reason, the good one goes in,
 * and the command ends by itself with exit code 1 (some skipped).
 */
describe('ingest fuzz', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ingest-fuzz-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('skips or ingests every hostile file with a clear message and keeps the good one', async () => {
    const report = await fuzzIngest(dir, 1, undefined, 55_000);
    expect(report.completed).toBe(true);
    expect(report.exitCode).toBe(1);
    const good = report.files.find((f) => f.name === 'a-good.txt');
    expect(good?.outcome).toBe('ingested');
    for (const f of report.files) {
      expect({ file: f.name, asExpected: f.asExpected }).toEqual({ file: f.name, asExpected: true });
      if (f.outcome === 'skipped') expect(f.reason?.length).toBeGreaterThan(5);
    }
  }, 60_000);
});
