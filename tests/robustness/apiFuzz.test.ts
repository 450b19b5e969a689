import type { Graph } from '../../graph/connection';
import { testGraph } from '../helpers/graph';
import { ensureSampleCorpus } from '../helpers/corpus';
import { startApi, type RunningApi } from '../../bench/lib/apiServer';
import { fuzzApi } from '../../bench/fuzz/apiFuzz';
import { knownIds } from './knownIds';

/** A short run of the API fuzzer (bench/fuzz): hostile input gets 2xx or 4xx, never 5xx. */
describe('API fuzz', () => {
  let graph: Graph;
  let api: RunningApi;

  beforeAll(async () => {
    graph = testGraph();
    await ensureSampleCorpus(graph);
    api = await startApi(graph);
    // The first test file of a run pays for ingesting the sample corpus.
  }, 300_000);

  afterAll(async () => {
    await api?.close();
    await graph.close();
  });

  it('answers 400 generated hostile requests with 2xx or 4xx and stays up', async () => {
    const ids = await knownIds(api.base);
    const report = await fuzzApi(api.base, 400, ids, 777);
    expect(report.failures).toEqual([]);
    expect(report.serverUpAfter).toBe(true);
    const total = Object.values(report.byStatus).reduce((a, b) => a + b, 0);
    expect(total).toBe(400);
    // Both kinds of answer occur: the fuzzer reaches real routes, not only the 404 fallback.
    const ok = Object.entries(report.byStatus).filter(([s]) => Number(s) < 300).reduce((a, [, n]) => a + n, 0);
    const rejected = Object.entries(report.byStatus).filter(([s]) => Number(s) >= 400 && Number(s) < 500).reduce((a, [, n]) => a + n, 0);
    expect(ok).toBeGreaterThan(0);
    expect(rejected).toBeGreaterThan(0);
  }, 120_000);
});
