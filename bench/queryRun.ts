import { runLoad, statusClasses } from './lib/httpLoad';
import { latencySummary, median, spread, type LatencySummary, type Spread } from './lib/stats';
import { Random } from './synthetic/random';
import type { EntityPool, QueryKind } from './querySet';

export interface QueryFigures {
  query: string;
  concurrency: number;
  latency: LatencySummary;
  /** p95 of each repeated round: its median and spread. */
  p95Rounds: Spread;
  throughput: number;
  medianResultSize: number;
  maxResultSize: number;
  /** Median answer body, bytes. */
  medianBytes: number;
  statuses: Record<string, number>;
}

/**
 * One query kind at one concurrency: `rounds` rounds of `requests` each, every latency kept.
 * Random endpoints come from a seeded generator so runs are comparable.
 */
export async function measureQuery(base: string, kind: QueryKind, pool: EntityPool, concurrency: number, rounds: number, requests: number, maxMsPerRound: number): Promise<QueryFigures> {
  const random = new Random(1234 + concurrency);
  const all: { ms: number; size: number; status: number; bytes: number }[] = [];
  const p95s: number[] = [];
  let seconds = 0;
  // Unrecorded warm-up: plan caches and page cache.
  await runLoad({ base, concurrency: Math.min(concurrency, 4), requests: 10, next: () => kind.request(random, pool) });
  for (let round = 0; round < rounds; round++) {
    const t = performance.now();
    const outcomes = await runLoad({ base, concurrency, requests, durationMs: maxMsPerRound, keepJson: true, next: () => kind.request(random, pool) });
    seconds += (performance.now() - t) / 1000;
    p95s.push(latencySummary(outcomes.map((o) => o.ms)).p95);
    for (const o of outcomes) all.push({ ms: o.ms, size: o.status === 200 ? kind.size(o.json) : 0, status: o.status, bytes: o.bytes });
  }
  const sizes = all.map((a) => a.size);
  return {
    query: kind.name,
    concurrency,
    latency: latencySummary(all.map((a) => a.ms)),
    p95Rounds: spread(p95s),
    throughput: all.length / seconds,
    medianResultSize: median(sizes),
    maxResultSize: Math.max(...sizes),
    medianBytes: median(all.map((a) => a.bytes)),
    statuses: statusClasses(all.map((a) => ({ label: '', status: a.status, ms: a.ms, bytes: 0 }))),
  };
}
