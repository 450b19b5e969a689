import fs from 'node:fs';
import path from 'node:path';
import { freePort } from '../graph/neo4j/local';
import { varDir } from '../graph/neo4j/paths';
import { openGraph } from '../graph/runtime';
import { graphCounts, readFinalGraph } from '../graph/bench/floorLoad';
import { spawnTsx, waitForChild } from './lib/child';
import { differentAttributes, graphChecksum, type GraphChecksum } from './lib/graphChecksum';

export interface BulkComparison {
  documents: number;
  /** The whole `--bulk` run: extraction and import files, neo4j-admin import, start and schema. */
  seconds: number;
  checkSeconds: number;
  extractSeconds: number;
  importSeconds: number;
  startSeconds: number;
  counts: Record<string, number>;
  sameCounts: boolean;
  sameChecksum: boolean;
}

/**
 * `npm run ingest -- --bulk` on the same folder the transactional ingest read, into a local
 * Neo4j home of its own (var/bench-bulk-neo4j, emptied first: the import builds a new store),
 * then its graph against the transactional one: counts and content checksum.
 */
export async function bulkLoad(folder: string, documents: number, transactional: { counts: Record<string, number>; checksum: GraphChecksum }): Promise<BulkComparison> {
  const home = path.join(varDir, 'bench-bulk-neo4j');
  fs.rmSync(home, { recursive: true, force: true });
  fs.mkdirSync(home, { recursive: true });
  const env = {
    NEO4J_URI: '',
    NEO4J_HOME_DIR: home,
    NEO4J_BOLT_PORT: String(await freePort()),
    NEO4J_PASSWORD_FILE: path.join(home, 'password'),
    NEO4J_HEAP: process.env.BENCH_NEO4J_HEAP ?? '3g',
    NEO4J_PAGECACHE: process.env.BENCH_NEO4J_PAGECACHE ?? '512m',
  };
  try {
    const child = spawnTsx('bench/ingestBulkChild.ts', [folder], { uri: '', user: '', password: '' }, env);
    const run = await waitForChild(child);
    const line = run.stdout.split('\n').find((l) => l.startsWith('RESULT '));
    if (run.code !== 0 || !line) throw new Error(`bulk load of ${folder} failed (exit ${run.code}): ${run.stderr.slice(-800)}`);
    const result = JSON.parse(line.slice(7)) as { seconds: number; checkSeconds: number; extractSeconds: number; importSeconds: number; startSeconds: number };
    const opened = await openGraph({ env: { ...process.env, ...env }, log: () => undefined });
    try {
      const counts = await graphCounts(opened.graph);
      const checksum = graphChecksum(await readFinalGraph(opened.graph));
      const different = differentAttributes(checksum, transactional.checksum);
      const c: BulkComparison = {
        documents,
        seconds: result.seconds,
        checkSeconds: result.checkSeconds,
        extractSeconds: result.extractSeconds,
        importSeconds: result.importSeconds,
        startSeconds: result.startSeconds,
        counts,
        sameCounts: JSON.stringify(counts) === JSON.stringify(transactional.counts),
        sameChecksum: checksum.content === transactional.checksum.content && different.entities === 0 && different.relations === 0,
      };
      console.log(`  bulk ${documents} docs: ${c.seconds.toFixed(1)} s (import ${c.importSeconds.toFixed(1)} s, start ${c.startSeconds.toFixed(1)} s), same counts ${c.sameCounts}, same checksum ${c.sameChecksum}`);
      return c;
    } finally {
      await opened.close();
    }
  } finally {
    fs.rmSync(home, { recursive: true, force: true });
  }
}
