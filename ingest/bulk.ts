import fs from 'node:fs';
import path from 'node:path';
import { ImportFiles } from '../graph/bulk/importFiles';
import { checkBulkTarget, importAndOpen, type BulkLoadTimes } from '../graph/bulk/firstLoad';
import { flagNearDuplicates } from './nearDuplicates';
import { runIngest, type IngestOptions, type IngestReport } from './run';
import { searchTextOf } from './write/searchText';

/**
 * `npm run ingest -- --bulk`: a first load of a large corpus into the empty local database.
 * Extraction as usual; the rows go to CSV import files instead of transactions; neo4j-admin
 * builds the store from them while Neo4j is stopped; Neo4j starts again with its schema. The
 * graph is the one the transactional ingest of the same files would write.
 */

export interface BulkReport extends IngestReport {
  bulk: BulkLoadTimes & {
    /** Starting the local Neo4j to see that it is empty, and stopping it. */
    checkSeconds: number;
    /** Extraction and the import files. */
    extractSeconds: number;
    counts: Record<string, number>;
  };
}

export type BulkOptions = Omit<IngestOptions, 'graph' | 'reset' | 'includeAnalystData' | 'importFiles' | 'shard' | 'force'> & {
  env?: NodeJS.ProcessEnv;
  log?: (line: string) => void;
};

export async function runBulkIngest(opts: BulkOptions): Promise<BulkReport> {
  const started = performance.now();
  const log = opts.log ?? console.error;
  const target = await checkBulkTarget(opts.env ?? process.env, log);
  const checked = performance.now();
  const dir = fs.mkdtempSync(path.join(target.home, 'bulk-import-'));
  try {
    const files = new ImportFiles(dir, searchTextOf);
    const report = await runIngest({ ...opts, importFiles: files });
    const set = files.finish();
    const extractSeconds = (performance.now() - checked) / 1000;
    log(`Import files written (${Object.entries(set.counts).map(([k, v]) => `${k} ${v}`).join(', ')}); neo4j-admin database import…`);
    const { opened, times } = await importAndOpen(target, set, log);
    try {
      const paths = new Map(set.documents.map((d) => [d.id, d.path]));
      const flagged = await flagNearDuplicates(opened.graph, set.documents.map((d) => d.id));
      report.nearDuplicates = flagged.map((n) => ({ ...n, path: paths.get(n.documentId) }));
    } finally {
      await opened.close();
    }
    report.seconds = (performance.now() - started) / 1000;
    return { ...report, bulk: { ...times, checkSeconds: (checked - started) / 1000, extractSeconds, counts: set.counts } };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
