import { monitorEventLoopDelay } from 'node:perf_hooks';
import { runLoad, send, type Outcome } from '../lib/httpLoad';
import { latencySummary } from '../lib/stats';
import type { Check } from './check';

/** /api/health asked four times a second while `load` runs: its latencies. */
async function healthDuring<T>(base: string, load: Promise<T>): Promise<{ result: T; health: Outcome[] }> {
  const health: Outcome[] = [];
  let done = false;
  const sampler = (async () => {
    while (!done) {
      health.push(await send(base, { label: 'health', path: '/api/health' }, undefined, false, 30_000));
      await new Promise((r) => setTimeout(r, 250));
    }
  })();
  const result = await load;
  done = true;
  await sampler;
  return { result, health };
}

/**
 * The crowd of the probe: 64 clients asking for depth-3 neighbourhoods of the most connected
 * entity (and graph exports) as fast as answers come, none of them waiting when told to. Health
 * must keep answering within 500 ms (p99) while the expensive asks are queued or refused.
 */
export async function readLoad(base: string, hubId: string, seconds: number, label: string, latencyTarget = true): Promise<{ checks: Check[]; requests: number; figures: Record<string, unknown> }> {
  const crowd = runLoad({
    base,
    concurrency: 64,
    durationMs: seconds * 1000,
    timeoutMs: 60_000,
    next: (i) => (i % 8 === 7 ? { label: 'export', path: '/api/export?format=graphml' } : { label: 'depth-3', path: `/api/entities/${encodeURIComponent(hubId)}/neighborhood?depth=3&limit=1000` }),
  });
  // The server shares this process with the crowd: how long its event loop stood still tells a
  // slow health answer that waited on this process apart from one that waited on Neo4j.
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  const { result: outcomes, health } = await healthDuring(base, crowd);
  loop.disable();
  const loopP99 = loop.percentile(99) / 1e6;
  const loopMax = loop.max / 1e6;
  const statuses: Record<number, number> = {};
  for (const o of outcomes) statuses[o.status] = (statuses[o.status] ?? 0) + 1;
  const refused = outcomes.filter((o) => o.status === 429);
  const healthLatency = latencySummary(health.map((h) => h.ms));
  const healthOk = health.filter((h) => h.status === 200).length;
  const figures = { requests: outcomes.length, statuses, healthRequests: health.length, healthOk, healthP50: healthLatency.p50, healthP99: healthLatency.p99, healthMax: healthLatency.max, eventLoopDelayP99: loopP99, eventLoopDelayMax: loopMax };
  const area = `read load (${label})`;
  return {
    requests: outcomes.length + health.length,
    figures,
    checks: [
      // The latency target is checked by the full run on a machine described in RESULTS.md; the
      // short subset in CI runs on whatever machine it gets, so there it reports p99 and checks
      // only that health always answered.
      { area, name: latencyTarget ? '/api/health p99 ≤ 500 ms under 64 clients' : '/api/health answers every time under 64 clients (p99 reported)', pass: (!latencyTarget || healthLatency.p99 <= 500) && healthOk === health.length,
        detail: `p50 ${healthLatency.p50.toFixed(0)} ms, p99 ${healthLatency.p99.toFixed(0)} ms, max ${healthLatency.max.toFixed(0)} ms; ${healthOk}/${health.length} answered 200; event loop delay p99 ${loopP99.toFixed(0)} ms, max ${loopMax.toFixed(0)} ms` },
      { area, name: 'full queues answer 429 with Retry-After, never 5xx', pass: refused.every((o) => (o.retryAfter ?? 0) >= 1) && !outcomes.some((o) => o.status >= 500 || o.status === 0),
        detail: `${outcomes.length} requests in ${seconds} s: ${Object.entries(statuses).map(([s, n]) => `${s}: ${n}`).join(', ')}` },
    ],
  };
}
