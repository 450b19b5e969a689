/**
 * Latency of the explore API over HTTP: search, neighbourhood (depth 2) and shortest path,
 * p50/p95 over repeated requests against a running server with the sample graph.
 *
 *   EXPLORE_API=http://127.0.0.1:3000 npx tsx bench/explore-latency.ts [--runs 60] [--json out.json]
 */
import fs from 'node:fs';

const base = (process.env.EXPLORE_API ?? 'http://127.0.0.1:3000').replace(/\/$/, '');
const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1] ?? 0) || 60;
const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : undefined;

/** Queries an analyst types, in the corpus's scripts; the first result of each is an actor to explore. */
const searches = ['三井物產', '三井物产', 'Mitsui', 'mitsui', '美國', 'United States', '北極', 'arctic lng', '俄羅斯', 'Russia', '日本', 'Japan', 'Novatek', '庫頁島', 'LNG', '哈薩克'];
const pairs: [string, string][] = [
  ['Mitsui', 'United States'],
  ['Japan', 'Russia'],
  ['Novatek', 'Japan'],
  ['Arctic LNG 2', 'China'],
  ['Kazakhstan', 'Japan'],
];

async function get(path: string): Promise<{ ms: number; body: unknown }> {
  const t = process.hrtime.bigint();
  const res = await fetch(`${base}${path}`);
  const body: unknown = await res.json();
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (!res.ok) throw new Error(`${path} answered ${res.status}: ${JSON.stringify(body)}`);
  return { ms, body };
}

async function firstId(q: string): Promise<string | undefined> {
  const { body } = await get(`/api/search?q=${encodeURIComponent(q)}&limit=1`);
  return (body as { results: { id: string }[] }).results[0]?.id;
}

function percentile(sorted: number[], p: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

async function measure(name: string, paths: string[]): Promise<Record<string, number | string>> {
  for (const p of paths) await get(p); // warm the query plans
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push((await get(paths[i % paths.length])).ms);
  times.sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 10) / 10;
  return { name, runs, p50: round(percentile(times, 50)), p95: round(percentile(times, 95)), max: round(times[times.length - 1]), mean: round(times.reduce((a, b) => a + b, 0) / times.length) };
}

async function main(): Promise<void> {
  const health = await get('/api/health');
  const ids = (await Promise.all(searches.map(firstId))).filter((id): id is string => id !== undefined);
  const pairIds = (await Promise.all(pairs.map(async ([a, b]) => [await firstId(a), await firstId(b)] as const))).filter(
    (p): p is readonly [string, string] => p[0] !== undefined && p[1] !== undefined && p[0] !== p[1],
  );
  if (ids.length === 0 || pairIds.length === 0) throw new Error('The graph holds none of the benchmark actors: ingest the sample corpus first.');

  const results = [
    await measure('search', searches.map((q) => `/api/search?q=${encodeURIComponent(q)}&limit=20`)),
    await measure('neighborhood depth 2', [...new Set(ids)].map((id) => `/api/entities/${encodeURIComponent(id)}/neighborhood?depth=2`)),
    await measure('shortest path', pairIds.map(([a, b]) => `/api/paths?from=${encodeURIComponent(a)}&to=${encodeURIComponent(b)}&mode=shortest&maxHops=4`)),
  ];
  const counts = (health.body as { counts?: unknown }).counts;
  console.log(`Explore API latency at ${base} (graph: ${JSON.stringify(counts)}), ms:`);
  console.table(results);
  if (jsonOut) fs.writeFileSync(jsonOut, JSON.stringify({ base, counts, at: new Date().toISOString(), results }, null, 2));
}

main().catch((err: unknown) => {
  console.error(`Error: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
