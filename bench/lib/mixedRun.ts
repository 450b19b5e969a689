import { runLoad, send, type Outcome } from './httpLoad';
import { acknowledgedAnnotations, mixedRequest, type MixTargets } from './mixedLoad';
import { latencySummary, type LatencySummary } from './stats';
import { Random } from '../synthetic/random';

export interface MixedFigures {
  requests: number;
  seconds: number;
  byLabel: Record<string, { requests: number; statuses: Record<number, number>; latency: LatencySummary }>;
  serverErrors: number;
  /** 5xx other than 503 (503 is the honest answer while Neo4j is down). */
  non503ServerErrors: number;
  noAnswer: number;
}

export async function runMixedLoad(base: string, targets: MixTargets, concurrency: number, durationMs: number, seed = 5150, until?: () => boolean): Promise<{ outcomes: Outcome[]; figures: MixedFigures }> {
  const random = new Random(seed);
  const started = performance.now();
  // A generous per-request timeout: a slow answer is measured, not counted as missing. Clients
  // wait as a 503's Retry-After asks, as well-behaved HTTP clients do.
  const outcomes = await runLoad({ base, concurrency, durationMs, keepJson: true, timeoutMs: 120_000, next: (i) => mixedRequest(random, targets, i), until, honourRetryAfter: true });
  const seconds = (performance.now() - started) / 1000;
  return { outcomes, figures: summarizeMixed(outcomes, seconds) };
}

export function summarizeMixed(outcomes: Outcome[], seconds: number): MixedFigures {
  const byLabel: MixedFigures['byLabel'] = {};
  for (const label of [...new Set(outcomes.map((o) => o.label))].sort()) {
    const mine = outcomes.filter((o) => o.label === label);
    const statuses: Record<number, number> = {};
    for (const o of mine) statuses[o.status] = (statuses[o.status] ?? 0) + 1;
    byLabel[label] = { requests: mine.length, statuses, latency: latencySummary(mine.map((o) => o.ms)) };
  }
  return {
    requests: outcomes.length,
    seconds,
    byLabel,
    serverErrors: outcomes.filter((o) => o.status >= 500).length,
    non503ServerErrors: outcomes.filter((o) => o.status >= 500 && o.status !== 503).length,
    noAnswer: outcomes.filter((o) => o.status === 0).length,
  };
}

export interface AnnotationCount {
  acknowledged: number;
  found: number;
  lost: string[];
}

/** Every annotation the server answered 201 for must be listed afterwards on its relation. */
export async function countAnnotations(base: string, outcomes: Outcome[]): Promise<AnnotationCount> {
  const acked = acknowledgedAnnotations(outcomes);
  let acknowledged = 0;
  let found = 0;
  const lost: string[] = [];
  for (const [relId, ids] of acked) {
    acknowledged += ids.length;
    const listed = await send(base, { label: 'list', path: `/api/relations/${encodeURIComponent(relId)}/annotations` }, undefined, true);
    const present = new Set(((listed.json as { annotations?: { id: string }[] } | undefined)?.annotations ?? []).map((a) => a.id));
    for (const id of ids) {
      if (present.has(id)) found++;
      else lost.push(id);
    }
  }
  return { acknowledged, found, lost };
}
