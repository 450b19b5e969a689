import type { BenchArgs } from './args';
import { startBenchNeo4j } from './lib/benchNeo4j';
import { startApi } from './lib/apiServer';
import { saveSection, table } from './lib/results';
import { formatSpread } from './lib/stats';
import { queryKinds, type EntityPool } from './querySet';
import { measureQuery, type QueryFigures } from './queryRun';
import { countSynthetic, syntheticEntity, writeEntities, writeRelations } from '../graph/bench/syntheticGraph';
import { clearSynthetic } from '../graph/bench/clear';
import { sampleEntityPool } from '../graph/bench/pools';
import { startSampleNeo4j } from './lib/sampleGraph';
import { Random } from './synthetic/random';

const targets: Record<string, number> = { 'shortest path': 50, 'neighborhood d2': 30 };

function syntheticPool(entities: number): EntityPool {
  const random = new Random(99);
  const ids: string[] = [];
  const names: string[] = [];
  for (let i = 0; i < 500; i++) {
    const e = syntheticEntity(random.int(entities));
    ids.push(e.id);
    names.push(random.chance(0.5) ? e.name : e.nameEn);
  }
  return { ids, names };
}

function rows(figures: QueryFigures[]): (string | number)[][] {
  return figures.map((f) => {
    const target = f.concurrency === 1 ? targets[f.query] : undefined;
    const verdict = target === undefined ? '' : f.latency.p95 <= target ? ` ✅ ≤ ${target}` : ` ❌ > ${target}`;
    return [f.query, f.concurrency, f.latency.requests, f.latency.p50.toFixed(1), `${f.latency.p95.toFixed(1)}${verdict}`, f.latency.p99.toFixed(1),
      formatSpread(f.p95Rounds, 1), f.throughput.toFixed(1), `${f.medianResultSize} (max ${f.maxResultSize})`,
      Object.entries(f.statuses).map(([k, v]) => `${k}: ${v}`).join(', ')];
  });
}

const header = ['query', 'c', 'requests', 'p50 ms', 'p95 ms', 'p99 ms', 'p95 per round', 'req/s', 'result size (median)', 'answers'];

async function measureAll(base: string, pool: EntityPool, quick: boolean, log: (s: string) => void): Promise<QueryFigures[]> {
  const out: QueryFigures[] = [];
  for (const kind of queryKinds) {
    for (const concurrency of [1, 32]) {
      const rounds = concurrency === 1 ? 3 : 1;
      const requests = concurrency === 1 ? (quick ? 30 : 100) : quick ? 96 : 640;
      // Each round also stops after a fixed time, so a slow query cannot hold the whole run.
      const f = await measureQuery(base, kind, pool, concurrency, rounds, requests, quick ? 10_000 : 20_000);
      log(`  ${kind.name} c=${concurrency}: p50 ${f.latency.p50.toFixed(1)} p95 ${f.latency.p95.toFixed(1)} p99 ${f.latency.p99.toFixed(1)} ms, size ${f.medianResultSize}, ${JSON.stringify(f.statuses)}`);
      out.push(f);
    }
  }
  return out;
}

/** `bench queries`: the 100k/1M synthetic graph and the sample graph, through the HTTP API. */
export async function benchQueries(args: BenchArgs): Promise<void> {
  const started = performance.now();
  const entities = args.quick ? 10_000 : 100_000;
  const relations = args.quick ? 100_000 : 1_000_000;
  const neo = await startBenchNeo4j();
  try {
    const present = await countSynthetic(neo.graph);
    let loadSeconds: number | undefined;
    if (present.entities !== entities || present.relations !== relations) {
      console.log(`  writing the synthetic graph: ${entities} entities, ${relations} relationships…`);
      await clearSynthetic(neo.graph);
      const t = performance.now();
      await writeEntities(neo.graph, entities);
      await writeRelations(neo.graph, entities, relations, new Random(7));
      loadSeconds = (performance.now() - t) / 1000;
      console.log(`  written in ${loadSeconds.toFixed(0)} s`);
    }
    const api = await startApi(neo.graph);
    try {
      console.log('  synthetic graph:');
      const synthetic = await measureAll(api.base, syntheticPool(entities), args.quick, console.log);
      await api.close();
      await neo.close();
      const sampleNeo = await startSampleNeo4j();
      const sampleApi = await startApi(sampleNeo.graph);
      const pool = await sampleEntityPool(sampleNeo.graph);
      console.log(`  sample graph (${pool.ids.length} connected entities):`);
      let sample: QueryFigures[] = [];
      try {
        sample = pool.ids.length >= 2 ? await measureAll(sampleApi.base, pool, args.quick, console.log) : [];
      } finally {
        await sampleApi.close();
        await sampleNeo.close();
      }
      const markdown = [
        `Through the HTTP API (createApp on a loopback port, own closed-loop client with keep-alive), random`,
        `endpoints from a seeded generator. c=1: 3 rounds; c=32: one round; each round ends after 100 (c=1) or
640 (c=32) requests or 20 s, whichever comes first. Targets at c=1 on the large graph:`,
        'shortest path p95 ≤ 50 ms, depth-2 neighbourhood p95 ≤ 30 ms.',
        '',
        `### Synthetic graph: ${entities.toLocaleString('en')} entities, ${relations.toLocaleString('en')} relationships`,
        loadSeconds === undefined ? '(reused from an earlier run)' : `Written with batched UNWIND in ${loadSeconds.toFixed(0)} s.`,
        '',
        table(header, rows(synthetic)),
        '',
        `### Sample graph (the four sample papers; ${pool.ids.length} connected entities as endpoints)`,
        '',
        sample.length ? table(header, rows(sample)) : 'The sample graph has no relations yet (ingest pipeline not present).',
        '',
        'Query shapes: ' + queryKinds.map((k) => `${k.name} = \`${k.what}\``).join('; ') + '.',
      ].join('\n');
      saveSection({ name: 'queries', title: 'Queries', seconds: (performance.now() - started) / 1000, markdown, data: { entities, relations, loadSeconds, synthetic, sample } });
    } finally {
      await api.close();
    }
  } finally {
    await neo.close();
  }
}
