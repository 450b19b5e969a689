import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BenchArgs } from './args';
import { ingestInChild } from './ingest';
import { startBenchNeo4j } from './lib/benchNeo4j';
import { saveSection, table } from './lib/results';
import { getDocument } from '../graph/explore/documents';
import { documentId } from '../ingest/meta';

/**
 * `bench large`: one text of a million short lines (about 8 MB, written here, never committed)
 * ingested in its own process, without writing and with writes, measuring peak resident memory
 * (target: under 600 MB); then the size of the reader's answer for its first page, against the
 * whole text's JSON the document view used to answer with.
 */

const LINES = 1_000_000;
const WORDS = ['Japan', 'Qatar', 'LNG', 'oil', 'Russia', 'gas', 'India', 'coal', 'Iran'];

export function writeMillionLines(dir: string, lines = LINES): string {
  const file = path.join(dir, 'million-lines.en.txt');
  const out: string[] = [];
  for (let i = 0; i < lines; i++) out.push(`${WORDS[i % WORDS.length]} ${i % 97}`);
  fs.writeFileSync(file, `${out.join('\n')}\n`);
  return file;
}

export async function benchLargeDocument(args: BenchArgs): Promise<void> {
  const started = performance.now();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-large-document-'));
  const file = writeMillionLines(dir, args.quick ? LINES / 10 : LINES);
  const bytes = fs.statSync(file).size;
  const neo = await startBenchNeo4j('bench-large-neo4j', Number(process.env.BENCH_LARGE_NEO4J_PORT ?? 7799));
  try {
    console.log(`  ${(bytes / 2 ** 20).toFixed(1)} MiB, dry run…`);
    const dry = await ingestInChild(neo, dir, true);
    console.log(`  peak ${dry.peakMB?.toFixed(0)} MiB; with writes…`);
    const written = await ingestInChild(neo, dir, false);
    console.log(`  peak ${written.peakMB?.toFixed(0)} MiB; the reader's first page…`);
    const t0 = performance.now();
    const page = await getDocument(neo.graph, documentId(file));
    const pageMs = performance.now() - t0;
    const pageBytes = Buffer.byteLength(JSON.stringify(page));
    const rows = [
      ['ingest, dry run (nothing written)', dry.peakMB?.toFixed(0) ?? '?', dry.seconds.toFixed(0)],
      ['ingest, written to Neo4j', written.peakMB?.toFixed(0) ?? '?', written.seconds.toFixed(0)],
    ];
    const markdown = [
      `One text of ${(args.quick ? LINES / 10 : LINES).toLocaleString('en')} short lines (${(bytes / 2 ** 20).toFixed(1)} MiB), ingested in its own process;`,
      'the ingest reads texts over a million characters in parts (ingest/parts.ts). Target: peak resident memory under 600 MB.',
      '',
      table(['run', 'peak RSS MiB', 'seconds'], rows),
      '',
      `The reader's first page: ${(pageBytes / 2 ** 20).toFixed(2)} MiB of JSON (${page?.document.text.length.toLocaleString('en')} of ${page?.document.chars.toLocaleString('en')} characters, ` +
        `${page?.mentions.length} mentions), read in ${pageMs.toFixed(0)} ms; the rest comes page by page as the reader scrolls.`,
    ].join('\n');
    saveSection({ name: 'large', title: 'A large document', seconds: (performance.now() - started) / 1000, markdown, data: { bytes, dry, written, pageBytes, pageMs } });
  } finally {
    await neo.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
