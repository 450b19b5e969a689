import type { BenchArgs } from './args';
import type { Graph } from '../graph/connection';
import { startSampleNeo4j } from './lib/sampleGraph';
import { startApi } from './lib/apiServer';
import { benchAnalystToken } from './lib/analyst';
import { countAnnotations, runMixedLoad, type MixedFigures } from './lib/mixedRun';
import type { MixTargets } from './lib/mixedLoad';
import { saveSection, table } from './lib/results';
import { sampleEntityPool } from '../graph/bench/pools';
import { relationIdsForLoad } from '../graph/bench/relationIds';

export async function loadTargets(graph: Graph, runTag: string): Promise<MixTargets> {
  const pool = await sampleEntityPool(graph, 100);
  const relationIds = await relationIdsForLoad(graph, 50);
  if (pool.ids.length < 2 || relationIds.length === 0) throw new Error('The graph has no relations to load-test (run the ingest first).');
  return { entityIds: pool.ids, names: pool.names, relationIds, token: await benchAnalystToken(graph), runTag };
}

export function mixedTable(f: MixedFigures): string {
  return table(
    ['request', 'count', 'p50 ms', 'p95 ms', 'p99 ms', 'answers'],
    Object.entries(f.byLabel).map(([label, s]) => [label, s.requests, s.latency.p50.toFixed(1), s.latency.p95.toFixed(1), s.latency.p99.toFixed(1),
      Object.entries(s.statuses).map(([k, v]) => `${k === '0' ? 'no answer' : k}: ${v}`).join(', ')]),
  );
}

/** `bench load`: 64 clients for 60 s mixing searches, paths, neighbourhoods and annotation writes. */
export async function benchLoad(args: BenchArgs): Promise<void> {
  const started = performance.now();
  const neo = await startSampleNeo4j();
  try {
    const runTag = `load-${Date.now()}`;
    const targets = await loadTargets(neo.graph, runTag);
    const api = await startApi(neo.graph);
    try {
      const durationMs = args.quick ? 10_000 : 60_000;
      console.log(`  64 clients for ${durationMs / 1000} s…`);
      const { outcomes, figures } = await runMixedLoad(api.base, targets, 64, durationMs);
      const annotations = await countAnnotations(api.base, outcomes);
      const pass = figures.serverErrors === 0 && figures.noAnswer === 0 && annotations.lost.length === 0;
      console.log(`  ${figures.requests} requests, ${figures.serverErrors} 5xx, ${annotations.acknowledged} annotations acknowledged, ${annotations.lost.length} lost`);
      const markdown = [
        `64 concurrent clients for ${durationMs / 1000} s against the API on the sample-corpus database, annotation`,
        `writes with an analyst's API token (Bearer), then every acknowledged annotation`,
        'looked up through GET /api/relations/:id/annotations.',
        '',
        `**${pass ? 'PASS' : 'FAIL'}**: ${figures.requests} requests in ${figures.seconds.toFixed(0)} s (${(figures.requests / figures.seconds).toFixed(0)} req/s),`,
        `${figures.serverErrors} answered 5xx, ${figures.noAnswer} unanswered; annotations: ${annotations.acknowledged} acknowledged (201),`,
        `${annotations.found} found afterwards, ${annotations.lost.length} lost.`,
        '',
        mixedTable(figures),
      ].join('\n');
      saveSection({ name: 'load', title: 'Load: 64 clients, mixed reads and annotation writes', seconds: (performance.now() - started) / 1000, markdown, data: { figures, annotations } });
    } finally {
      await api.close();
    }
  } finally {
    await neo.close();
  }
}
