import type { BenchArgs } from './args';
import { startApi } from './lib/apiServer';
import { loadSections, saveSection, table } from './lib/results';
import { queryKinds, type EntityPool, type QueryKind } from './querySet';
import { measureQuery, type QueryFigures } from './queryRun';
import { measureBounds, type QueryBounds } from './queryBounds';
import { hubShares, syntheticEntity, syntheticHubIds } from '../graph/bench/syntheticGraph';
import { sampleEntityPool } from '../graph/bench/pools';
import { startSampleNeo4j } from './lib/sampleGraph';
import { openSyntheticGraph, syntheticSizes, type SyntheticSize } from './synthetic/bulkGraph';
import { Random } from './synthetic/random';

/** Targets at concurrency 1 (p95 ms); at 32 every query's p95 must stay within 10× its c=1 figure. */
const targets: Record<string, number> = { 'neighborhood d2': 30, 'hub first answer': 100, 'shortest path': 20 };
const concurrencyFactor = 10;

/** Ordinary entities to ask about (the hubs are asked about by their own query kinds). */
function syntheticPool(entities: number): EntityPool {
  const random = new Random(99);
  const hubNumbers = new Set(hubShares.map((h) => h.n));
  const ids: string[] = [];
  const names: string[] = [];
  while (ids.length < 500) {
    const n = random.int(entities);
    if (hubNumbers.has(n)) continue;
    const e = syntheticEntity(n);
    ids.push(e.id);
    names.push(random.chance(0.5) ? e.name : e.nameEn);
  }
  return { ids, names, hubs: syntheticHubIds() };
}

async function measureAll(base: string, kinds: QueryKind[], pool: EntityPool, quick: boolean, log: (s: string) => void): Promise<QueryFigures[]> {
  const out: QueryFigures[] = [];
  for (const kind of kinds) {
    for (const concurrency of [1, 32]) {
      const rounds = concurrency === 1 ? 3 : 1;
      const requests = concurrency === 1 ? (quick ? 30 : 100) : quick ? 96 : 640;
      // Each round also stops after a fixed time, so a slow query cannot hold the whole run.
      const f = await measureQuery(base, kind, pool, concurrency, rounds, requests, quick ? 10_000 : 20_000);
      log(`  ${kind.name} c=${concurrency}: p50 ${f.latency.p50.toFixed(1)} p95 ${f.latency.p95.toFixed(1)} p99 ${f.latency.p99.toFixed(1)} ms, size ${f.medianResultSize}, ${f.medianBytes} B, ${JSON.stringify(f.statuses)}`);
      out.push(f);
    }
  }
  return out;
}

interface SizeRun {
  size: SyntheticSize;
  /** Set when the figures come from an earlier run (this one measured other sizes). */
  measuredAt?: string;
  built?: { csvSeconds: number; importSeconds: number; indexSeconds: number };
  figures: QueryFigures[];
  bounds: QueryBounds[];
}

async function runSize(size: SyntheticSize, quick: boolean): Promise<SizeRun> {
  console.log(`  synthetic graph, ${size.label}:`);
  const { neo, built } = await openSyntheticGraph(size);
  try {
    const pool = syntheticPool(size.entities);
    const api = await startApi(neo.graph);
    let figures: QueryFigures[];
    try {
      figures = await measureAll(api.base, queryKinds, pool, quick, console.log);
    } finally {
      await api.close();
    }
    console.log('  what bounds each query (PROFILE, one at a time)…');
    const bounds = await measureBounds(neo.graph, queryKinds, pool, quick ? 5 : 20);
    return { size, built, figures, bounds };
  } finally {
    await neo.close();
  }
}

const graphName = (run: SizeRun) => (run.size.relations ? `${(run.size.relations / 1_000_000).toLocaleString('en')} M rels` : run.size.label);
const find = (run: SizeRun | undefined, query: string, c: number) => run?.figures.find((f) => f.query === query && f.concurrency === c);
const ms = (n: number | undefined) => (n === undefined || Number.isNaN(n) ? '–' : n.toFixed(1));

function verdict(f: QueryFigures | undefined, c1: QueryFigures | undefined): string {
  if (!f) return '';
  if (f.concurrency === 1) {
    const target = targets[f.query];
    if (target === undefined) return '';
    return f.latency.p95 <= target ? `✅ ≤ ${target}` : `❌ > ${target}`;
  }
  if (!c1) return '';
  const ratio = f.latency.p95 / c1.latency.p95;
  return `${ratio.toFixed(1)}× ${ratio <= concurrencyFactor ? '✅' : '❌'}`;
}

/** One row per query and concurrency, the sizes side by side, the growth factor of p95 between them. */
function sideBySide(runs: SizeRun[]): string {
  const header = ['query', 'c'];
  for (const run of runs) header.push(`${graphName(run)}: p50 / p95 / p99 ms`, 'vs target or c=1');
  if (runs.length === 2) header.push('p95 growth');
  header.push('result size (median)', 'answer bytes (median)', 'answers');
  const rows: string[][] = [];
  for (const kind of queryKinds) {
    if (!runs.some((r) => find(r, kind.name, 1))) continue;
    for (const c of [1, 32]) {
      const row = [kind.name, String(c)];
      for (const run of runs) {
        const f = find(run, kind.name, c);
        row.push(f ? `${ms(f.latency.p50)} / ${ms(f.latency.p95)} / ${ms(f.latency.p99)}` : '–', verdict(f, find(run, kind.name, 1)));
      }
      if (runs.length === 2) {
        const [a, b] = runs.map((r) => find(r, kind.name, c)?.latency.p95);
        row.push(a && b ? `${(b / a).toFixed(2)}×` : '–');
      }
      const last = runs.map((r) => find(r, kind.name, c));
      row.push(last.map((f) => (f ? `${f.medianResultSize} (max ${f.maxResultSize})` : '–')).join(' · '));
      row.push(last.map((f) => (f ? String(f.medianBytes) : '–')).join(' · '));
      row.push(last.map((f) => (f ? Object.entries(f.statuses).map(([k, v]) => `${k}: ${v}`).join(', ') : '–')).join(' · '));
      rows.push(row);
    }
  }
  return table(header, rows);
}

function boundsTable(runs: SizeRun[]): string {
  const header = ['query', 'graph', 'db hits median (p95)', 'plan rows', 'db ms', 'Node + HTTP ms', 'answer bytes', 'costliest operators (db hits/rows)'];
  const rows: string[][] = [];
  for (const kind of queryKinds) {
    for (const run of runs) {
      const b = run.bounds.find((x) => x.query === kind.name);
      if (!b) continue;
      rows.push([kind.name, graphName(run), `${b.dbHits.median.toLocaleString('en')} (${b.dbHits.p95.toLocaleString('en')})`, b.planRows.toLocaleString('en'),
        ms(b.dbMs), ms(b.nodeMs), b.jsonBytes.toLocaleString('en'), b.top.join(', ')]);
    }
  }
  return table(header, rows);
}

interface SavedQueries {
  sizes?: { entities: number; relations: number; built?: SizeRun['built']; figures: QueryFigures[]; bounds?: QueryBounds[]; measuredAt?: string }[];
  sample?: QueryFigures[];
  sampleAt?: string;
}

/** The figures of the last run, so a run of one size keeps the other side by side (stamped with its date). */
function savedQueries(): { data: SavedQueries; at: string } | undefined {
  const saved = loadSections().find((s) => s.name === 'queries');
  return saved ? { data: saved.data as SavedQueries, at: saved.finishedAt } : undefined;
}

/** The sample graph's queries (no hubs there), through the API on its own bench Neo4j. */
async function measureSample(quick: boolean): Promise<{ sample: QueryFigures[]; pool: EntityPool }> {
  const sampleNeo = await startSampleNeo4j();
  try {
    const pool = await sampleEntityPool(sampleNeo.graph);
    console.log(`  sample graph (${pool.ids.length} connected entities):`);
    const sampleApi = await startApi(sampleNeo.graph);
    try {
      const kinds = queryKinds.filter((k) => !k.hubsOnly);
      return { sample: pool.ids.length >= 2 ? await measureAll(sampleApi.base, kinds, pool, quick, console.log) : [], pool };
    } finally {
      await sampleApi.close();
    }
  } finally {
    await sampleNeo.close();
  }
}

/** `bench queries`: the synthetic graph at 1 M and 10 M relationships (with hubs) and the sample graph, through the HTTP API. */
export async function benchQueries(args: BenchArgs): Promise<void> {
  const started = performance.now();
  const sizes = args.quick ? [syntheticSizes.quick] : args.sizes.map((s) => syntheticSizes[s]);
  const runs: SizeRun[] = [];
  for (const size of sizes) runs.push(await runSize(size, args.quick));
  const previous = args.quick ? undefined : savedQueries();
  for (const name of ['1m', '10m'] as const) {
    const size = syntheticSizes[name];
    if (args.quick || runs.some((r) => r.size.relations === size.relations)) continue;
    const kept = previous?.data.sizes?.find((s) => s.relations === size.relations && s.bounds);
    if (kept) runs.push({ size, built: kept.built, figures: kept.figures, bounds: kept.bounds ?? [], measuredAt: kept.measuredAt ?? previous?.at });
  }
  runs.sort((a, b) => a.size.relations - b.size.relations);

  // The sample graph is measured with the 1 M graph (a run of the 10 M graph alone keeps it).
  let sample: QueryFigures[] = [];
  let samplePool: EntityPool = { ids: [], names: [] };
  let sampleAt: string | undefined;
  const keepSample = !args.quick && !sizes.includes(syntheticSizes['1m']) && previous?.data.sample?.length;
  if (keepSample) {
    sample = previous.data.sample ?? [];
    sampleAt = previous.data.sampleAt ?? previous.at;
  } else {
    ({ sample, pool: samplePool } = await measureSample(args.quick));
  }
  const sampleRun: SizeRun = { size: { ...syntheticSizes.quick, label: 'sample', relations: 0 }, figures: sample, bounds: [] };
  const hubDegrees = runs.map((r) => `${r.size.relations.toLocaleString('en')}: ${hubShares.map((h) => (h.share * r.size.relations).toLocaleString('en')).join(', ')}`).join('; ');
  const builds = runs.map((r) => `${r.size.label}${r.measuredAt ? ` (measured ${r.measuredAt.slice(0, 16)} UTC, an earlier run of this bench)` : ''}: ${r.built ? `built now — CSV ${r.built.csvSeconds.toFixed(0)} s, neo4j-admin import ${r.built.importSeconds.toFixed(0)} s, indexes ${r.built.indexSeconds.toFixed(0)} s` : 'kept from an earlier run'}`).join('; ');
  const markdown = [
    'Through the HTTP API (createApp on a loopback port, own closed-loop client with keep-alive), random',
    'endpoints from a seeded generator. c=1: 3 rounds of 100 requests; c=32: one round of 640; each round also ends after 20 s.',
    `Targets (p95 at c=1): depth-2 neighbourhood of an ordinary entity ≤ 30 ms, the hub safeguard's first answer ≤ 100 ms,`,
    `shortest path ≤ 20 ms; at c=32 every query's p95 ≤ ${concurrencyFactor}× its c=1 figure (the column after each size says the ratio).`,
    '',
    `Synthetic graphs (bench/synthetic/bulkGraph.ts, written as CSV and imported with neo4j-admin): ${runs.map((r) => r.size.label).join(' and ')}.`,
    `Hubs: four entities (two states, a resource, a firm) are the object of 4 %, 2 %, 1 % and 1 % of all relationships — links at ${hubDegrees};`,
    'the first 1 % of entities take 20 % of the rest (a few hundred links each). Ordinary queries draw from 500 non-hub entities;',
    'one path end in ten is a hub; the hub queries ask about the four hubs. ' + builds + '.',
    '',
    sideBySide(runs),
    '',
    '### What bounds each figure',
    '',
    'Each query asked 20 times one at a time with every database query under PROFILE (bench/lib/profiledGraph.ts wraps the',
    'product\'s own queries): db hits and operator rows summed over the answer\'s queries, time in the database (server-side',
    '`resultAvailableAfter + resultConsumedAfter`), the rest of the HTTP answer (Node: validation, records to JSON, socket)',
    'and the answer\'s size. PROFILE itself adds time, so these explain the timed figures above rather than repeat them.',
    '',
    boundsTable(runs),
    '',
    `### Sample graph (the four sample papers${sampleAt ? `; measured ${sampleAt.slice(0, 16)} UTC` : `; ${samplePool.ids.length} connected entities as endpoints`})`,
    '',
    sample.length ? sideBySide([sampleRun]) : 'The sample graph has no relations yet (ingest pipeline not present).',
    '',
    'Query shapes: ' + queryKinds.map((k) => `${k.name} = \`${k.what}\``).join('; ') + '.',
  ].join('\n');
  saveSection({
    name: 'queries',
    title: 'Queries',
    seconds: (performance.now() - started) / 1000,
    markdown,
    data: { sizes: runs.map((r) => ({ entities: r.size.entities, relations: r.size.relations, built: r.built, figures: r.figures, bounds: r.bounds, measuredAt: r.measuredAt })), sample, sampleAt } satisfies SavedQueries,
  });
}
