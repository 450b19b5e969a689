/**
 * Extraction over the real documents (data/corpus and tests/fixtures/dev/docs) in a fresh
 * process: loading, the first pass over documents this process has never seen, then warm passes.
 * Timed by wall clock and by this process's CPU time (the machine is shared: CPU seconds say
 * what one core does whatever else runs). Prints one RESULT line (JSON).
 * Usage: tsx bench/extractRealChild.ts <warm passes>
 */
import path from 'node:path';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import { prepareDocument } from '../ingest/pipeline';
import type { IngestDocument } from '../ingest/model';
import { realTextFiles } from './realText';

interface Pass {
  bytes: number;
  wallMs: number;
  cpuMs: number;
  /** CPU time of raw jieba segmentation of the same text in the same pass: a yardstick the machine's load moves alike. */
  jiebaCpuMs: number;
  byLang: Record<string, { bytes: number; cpuMs: number }>;
}

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

const jieba = Jieba.withDict(dict);

function pass(docs: IngestDocument[], extract: (d: IngestDocument) => void): Pass {
  const p: Pass = { bytes: 0, wallMs: 0, cpuMs: 0, jiebaCpuMs: 0, byLang: {} };
  for (const doc of docs) {
    const bytes = Buffer.byteLength(doc.raw);
    const w = performance.now();
    const c = cpuMs();
    extract(doc);
    const spent = cpuMs() - c;
    p.wallMs += performance.now() - w;
    p.cpuMs += spent;
    p.bytes += bytes;
    const j = cpuMs();
    jieba.cut(doc.raw, true);
    p.jiebaCpuMs += cpuMs() - j;
    const lang = (p.byLang[doc.lang] ??= { bytes: 0, cpuMs: 0 });
    lang.bytes += bytes;
    lang.cpuMs += spent;
  }
  return p;
}

async function main(): Promise<void> {
  const warmPasses = Number(process.argv[2] ?? 5);
  const files = realTextFiles();
  const docs: IngestDocument[] = [];
  for (const f of files) docs.push(await prepareDocument(f));
  // Module loading happened above (the pipeline imports extraction); what loads on first use is timed here.
  let w = performance.now();
  let c = cpuMs();
  const { loadExtractor, preloadExtraction } = await import('../ingest/extraction');
  preloadExtraction();
  const loading = { wallMs: performance.now() - w, cpuMs: cpuMs() - c };
  const extractor = loadExtractor();
  const first = pass(docs, (d) => extractor.extractGraph(d));
  const warm: Pass[] = [];
  for (let i = 0; i < warmPasses; i++) warm.push(pass(docs, (d) => extractor.extractGraph(d)));
  const perDocument = docs.map((d) => ({ file: path.basename(d.path), lang: d.lang, entities: d.entities.length, relations: d.relations.length }));
  w = performance.now();
  c = cpuMs();
  console.log(`RESULT ${JSON.stringify({ documents: docs.length, loading, first, warm, perDocument })}`);
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(`Error: ${err instanceof Error ? err.stack : String(err)}`);
    process.exit(1);
  },
);
