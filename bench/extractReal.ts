import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { projectRoot, waitForChild } from './lib/child';
import { table } from './lib/results';
import { formatSpread, spread } from './lib/stats';

interface Pass {
  bytes: number;
  wallMs: number;
  cpuMs: number;
  jiebaCpuMs: number;
  byLang: Record<string, { bytes: number; cpuMs: number }>;
}

export interface RealTextExtraction {
  documents: number;
  loading: { wallMs: number; cpuMs: number };
  first: Pass;
  warm: Pass[];
  perDocument: { file: string; lang: string; entities: number; relations: number }[];
}

const mbps = (bytes: number, ms: number): number => bytes / 1e6 / (ms / 1000);

/** Extraction over the real documents in a fresh process (bench/extractRealChild.ts). */
export async function measureRealText(warmPasses: number): Promise<RealTextExtraction> {
  const child = spawn(path.join(projectRoot, 'node_modules', '.bin', 'tsx'), [path.join(projectRoot, 'bench', 'extractRealChild.ts'), String(warmPasses)], { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  const run = await waitForChild(child);
  const line = run.stdout.split('\n').find((l) => l.startsWith('RESULT '));
  if (run.code !== 0 || !line) throw new Error(`real-text extraction failed (exit ${run.code}): ${run.stderr.slice(-500)}`);
  const result = JSON.parse(line.slice(7)) as RealTextExtraction;
  const warm = result.warm.map((p) => mbps(p.bytes, p.cpuMs));
  console.log(`  real text: first pass ${mbps(result.first.bytes, result.first.cpuMs).toFixed(2)} MB/s, warm ${warm.map((x) => x.toFixed(2)).join(' ')} MB/s (per CPU second)`);
  return result;
}

export function realTextMarkdown(r: RealTextExtraction): string {
  const warmCpu = spread(r.warm.map((p) => mbps(p.bytes, p.cpuMs)));
  const warmWall = spread(r.warm.map((p) => mbps(p.bytes, p.wallMs)));
  const firstCpu = mbps(r.first.bytes, r.first.cpuMs);
  const mark = (x: number) => (x >= 1 ? '✅ ≥ 1' : '❌ < 1');
  const langs = Object.keys(r.first.byLang).sort();
  return [
    `Real text: the ${r.documents} real documents (data/corpus papers and tests/fixtures/dev/docs, ${(r.first.bytes / 1e6).toFixed(2)} MB) in a fresh`,
    'process: loading (lexicon, segmenter with the lexicon\'s words, Japanese dictionary, compiled rules: once per process',
    `or worker), the first pass over documents the process has never seen, then ${r.warm.length} warm passes. Per CPU second of the`,
    'process (the machine is shared; wall-clock figures beside them). Target ≥ 1 MB/s per core.',
    `Load average when written (1 min, ${os.cpus().length} cores): ${os.loadavg()[0].toFixed(1)}.`,
    '',
    table(
      ['measure', 'value'],
      [
        ['loading, once per process', `${(r.loading.wallMs / 1000).toFixed(1)} s wall, ${(r.loading.cpuMs / 1000).toFixed(1)} s CPU`],
        ['first pass MB/s per CPU second', `${firstCpu.toFixed(2)} ${mark(firstCpu)} (wall ${mbps(r.first.bytes, r.first.wallMs).toFixed(2)})`],
        ['warm MB/s per CPU second', `${formatSpread(warmCpu)} ${mark(warmCpu.median)}`],
        ['warm MB/s wall clock', formatSpread(warmWall)],
        ['warm: raw jieba segmentation of the same text, MB/s per CPU second', formatSpread(spread(r.warm.map((p) => mbps(p.bytes, p.jiebaCpuMs))))],
        ['ratio extraction / jieba (warm; steadier than either under load)', formatSpread(spread(r.warm.map((p) => p.jiebaCpuMs / p.cpuMs)), 3)],
      ],
    ),
    '',
    table(
      ['language', 'bytes', 'first pass MB/s (CPU)', 'warm MB/s (CPU, median)'],
      langs.map((l) => [l, r.first.byLang[l].bytes, mbps(r.first.byLang[l].bytes, r.first.byLang[l].cpuMs).toFixed(2), spread(r.warm.map((p) => mbps(p.byLang[l].bytes, p.byLang[l].cpuMs))).median.toFixed(2)]),
    ),
  ].join('\n');
}
