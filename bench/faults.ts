import type { BenchArgs } from './args';
import { startSampleNeo4j } from './lib/sampleGraph';
import { startApi } from './lib/apiServer';
import { send, type Outcome } from './lib/httpLoad';
import { countAnnotations, runMixedLoad, summarizeMixed } from './lib/mixedRun';
import { saveSection } from './lib/results';
import { loadTargets, mixedTable } from './load';
import { benchIngestKill } from './ingestKill';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface NeoOutage {
  stopAt: number;
  stoppedAt: number;
  startAt: number;
  upAt: number;
  /** First 2xx read after Neo4j answered again. */
  firstSuccessAfterUp?: number;
  downAnswers: Record<number, number>;
  downMessages: string[];
  non503ServerErrors: number;
  afterWindow: { requests: number; ok: number; serverErrors: number; errorCodes: Record<string, number> };
  noAnswer: { count: number; errors: string[] };
  annotations: { acknowledged: number; found: number; lost: string[] };
}

/** Neo4j stopped under load and started again; the same API process must answer 503, then recover. */
export async function neo4jOutage(quick: boolean): Promise<{ outage: NeoOutage; table: string }> {
  const neo = await startSampleNeo4j();
  try {
    const targets = await loadTargets(neo.graph, `fault-${Date.now()}`);
    const api = await startApi(neo.graph);
    try {
      let done = false;
      const timeline = { stopAt: 0, stoppedAt: 0, startAt: 0, upAt: 0 };
      const load = runMixedLoad(api.base, targets, quick ? 16 : 64, 10 * 60_000, 6161, () => done);
      await sleep(quick ? 5_000 : 10_000);
      timeline.stopAt = Date.now();
      console.log('  stopping Neo4j under load…');
      await neo.stopServer();
      timeline.stoppedAt = Date.now();
      // Longer than the driver's retry window (10 s), so requests are seen failing, not just waiting.
      await sleep(quick ? 20_000 : 30_000);
      timeline.startAt = Date.now();
      console.log('  starting Neo4j again…');
      await neo.startServer();
      timeline.upAt = Date.now();
      // Long enough to see recovery: a restarted Neo4j on a busy two-core machine takes 20–30 s
      // to plan the explore queries for the first time, and the API holds requests meanwhile.
      await sleep(quick ? 40_000 : 60_000);
      done = true;
      const { outcomes } = await load;
      // Classified by when a request started and ended: wholly inside the outage, or begun after it.
      const startOf = (o: Outcome) => (o.at ?? 0) - o.ms;
      const down = outcomes.filter((o) => startOf(o) >= timeline.stoppedAt && (o.at ?? 0) <= timeline.upAt);
      const downAnswers: Record<number, number> = {};
      for (const o of down) downAnswers[o.status] = (downAnswers[o.status] ?? 0) + 1;
      const downMessages = [...new Set(down.filter((o) => o.status === 503).map((o) => (o.json as { error?: { message?: string } })?.error?.message ?? ''))];
      const after = outcomes.filter((o) => startOf(o) > timeline.upAt + 5_000);
      const firstOk = outcomes
        .filter((o) => startOf(o) >= timeline.upAt && o.status >= 200 && o.status < 300)
        .sort((a, b) => (a.at ?? 0) - (b.at ?? 0))[0];
      const annotations = await countAnnotations(api.base, outcomes);
      const health = await send(api.base, { label: 'health', path: '/api/health' }, undefined, true);
      console.log(`  health after recovery: ${health.status}`);
      const outage: NeoOutage = {
        ...timeline,
        firstSuccessAfterUp: firstOk?.at,
        downAnswers,
        downMessages,
        non503ServerErrors: outcomes.filter((o) => o.status >= 500 && o.status !== 503).length,
        afterWindow: { requests: after.length, ok: after.filter((o) => o.status < 400 && o.status > 0).length, serverErrors: after.filter((o) => o.status >= 500).length, errorCodes: errorCodes(after) },
        noAnswer: { count: outcomes.filter((o) => o.status === 0).length, errors: [...new Set(outcomes.filter((o) => o.status === 0).map((o) => o.error ?? '?'))] },
        annotations,
      };
      return { outage, table: mixedTable(summarizeMixed(outcomes, (Date.now() - timeline.stopAt) / 1000)) };
    } finally {
      await api.close();
    }
  } finally {
    await neo.close();
  }
}

/** Error answers by status and API error code ("503 query_timeout"), or the client's error when none came. */
function errorCodes(outcomes: Outcome[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const o of outcomes.filter((x) => x.status >= 400 || x.status === 0)) {
    const code = o.status === 0 ? `no answer (${o.error ?? '?'})` : `${o.status} ${(o.json as { error?: { code?: string } })?.error?.code ?? ''}`.trim();
    counts[code] = (counts[code] ?? 0) + 1;
  }
  return counts;
}

/** `bench faults`: Neo4j outage under load, then ingest killed with SIGKILL and run again. */
export async function benchFaults(args: BenchArgs): Promise<void> {
  const started = performance.now();
  const { outage, table } = await neo4jOutage(args.quick);
  const recoverySeconds = outage.firstSuccessAfterUp ? (outage.firstSuccessAfterUp - outage.upAt) / 1000 : undefined;
  const down503 = outage.downAnswers[503] ?? 0;
  const outagePass = outage.non503ServerErrors === 0 && down503 > 0 && recoverySeconds !== undefined && outage.afterWindow.serverErrors === 0 && outage.annotations.lost.length === 0 && outage.noAnswer.count === 0;
  console.log(`  outage: ${JSON.stringify(outage.downAnswers)} while down; recovered ${recoverySeconds ?? 'never'} s after Neo4j was up`);
  const kill = await benchIngestKill(args);
  const markdown = [
    '### Neo4j stopped under load',
    '',
    `**${outagePass ? 'PASS' : 'FAIL'}**. Neo4j stopped (SIGTERM) ${((outage.stoppedAt - outage.stopAt) / 1000).toFixed(1)} s after the stop began, down`,
    `${((outage.upAt - outage.stoppedAt) / 1000).toFixed(0)} s until it answered again; the API process was never restarted.`,
    `- Answers to requests sent and answered while it was down: ${Object.entries(outage.downAnswers).map(([s, n]) => `${s === '0' ? 'no answer' : s}: ${n}`).join(', ') || 'none'}`,
    `- Message: ${outage.downMessages.map((m) => `"${m}"`).join('; ') || '(none)'}`,
    `- 5xx other than 503 over the whole run: ${outage.non503ServerErrors}`,
    `- First successful answer to a request sent after Neo4j was back: ${recoverySeconds?.toFixed(1) ?? 'never'} s after it answered again; requests sent from 5 s after: ${outage.afterWindow.ok}/${outage.afterWindow.requests} answered < 400, ${outage.afterWindow.serverErrors} 5xx${Object.keys(outage.afterWindow.errorCodes).length ? ` (${Object.entries(outage.afterWindow.errorCodes).map(([c, n]) => `${c}: ${n}`).join(', ')})` : ''}`,
    `- Requests without any answer: ${outage.noAnswer.count}${outage.noAnswer.errors.length ? ` (${outage.noAnswer.errors.join('; ')})` : ''}`,
    '- The API closes its graph gate on the first "unreachable" error: requests then get 503 with Retry-After: 2 at once (the load clients wait as it asks), a probe checks Neo4j every second, and when it answers the query plans are warmed while requests are held, which then go through 4 at a time for 20 s.',
    `- Annotations: ${outage.annotations.acknowledged} acknowledged, ${outage.annotations.found} found afterwards, ${outage.annotations.lost.length} lost`,
    '',
    table,
    '',
    '### Ingest killed with SIGKILL, then run again',
    '',
    kill.markdown,
  ].join('\n');
  saveSection({ name: 'faults', title: 'Faults', seconds: (performance.now() - started) / 1000, markdown, data: { outage, kill: kill.data } });
}
