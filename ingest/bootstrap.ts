import type { Graph } from '../graph/connection';
import { countDocuments } from '../graph/documents';
import { sampleCorpusDir } from './corpus';
import { runIngest } from './run';

/**
 * First start: put the sample corpus in so the explorer has something to show — the same
 * pipeline as `npm run ingest`.
 */
export async function ingestSampleCorpusIfEmpty(graph: Graph, log: (line: string) => void = console.log): Promise<void> {
  if ((await countDocuments(graph)) > 0) return;
  const report = await runIngest({ inputs: [sampleCorpusDir], graph });
  const json = report.aggregate.toJson();
  log(
    `Sample corpus: ${json.documents.length} documents, ${json.entities.length} entities, ${json.relations.length} relationships, ` +
      `${json.sources.length} sources in ${report.seconds.toFixed(1)} s.` +
      (report.skipped.length ? ` Skipped: ${report.skipped.map((s) => `${s.path} (${s.reason})`).join('; ')}` : ''),
  );
}
