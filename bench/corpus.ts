import path from 'node:path';
import { generateCorpus, type CorpusManifest } from './synthetic/generate';
import { mb, outDir, saveSection, table } from './lib/results';
import { spread, formatSpread } from './lib/stats';

export function corpusDir(documents: number): string {
  return path.join(outDir, `corpus-${documents}`);
}

/** `bench corpus`: generate the synthetic corpus (timed) and record its shape. */
export async function benchCorpus(documents: number): Promise<CorpusManifest> {
  const started = performance.now();
  const seconds: number[] = [];
  let manifest: CorpusManifest | undefined;
  // Generation is cheap next to ingest; three runs give its spread and leave the corpus behind.
  for (let run = 0; run < 3; run++) {
    const t = performance.now();
    manifest = generateCorpus({ documents, dir: corpusDir(documents) });
    seconds.push((performance.now() - t) / 1000);
  }
  const m = manifest!;
  const markdown = [
    `${m.documents} documents, ${mb(m.bytes)} of UTF-8 text (half traditional, half simplified Chinese),`,
    `seed ${m.seed}; cast of ${m.castSize} entities (${m.castFromLexicon} read from data/lexicon) plus two`,
    'invented names per document (e.g. 東嶺能源公司（Dongling Energy）) that no lexicon holds.',
    '',
    table(
      ['documents', 'bytes', 'truth entities (per doc, summed)', 'truth relations (summed)', 'generation s'],
      [[m.documents, m.bytes, m.entities, m.relations, formatSpread(spread(seconds))]],
    ),
  ].join('\n');
  saveSection({ name: 'corpus', title: 'Synthetic corpus', seconds: (performance.now() - started) / 1000, markdown, data: m });
  return m;
}
