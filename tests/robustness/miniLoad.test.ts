import type { Graph } from '../../graph/connection';
import { removeUser } from '../../graph/analyst/users';
import { testGraph } from '../helpers/graph';
import { startApi, type RunningApi } from '../../bench/lib/apiServer';
import { benchAnalystToken } from '../../bench/lib/analyst';
import { countAnnotations, runMixedLoad } from '../../bench/lib/mixedRun';
import { syntheticEntity, writeEntities, writeRelations } from '../../graph/bench/syntheticGraph';
import { Random } from '../../bench/synthetic/random';
import { clearSynthetic } from '../../graph/bench/clear';

/**
 * A 10-second version of the load run (bench/load.ts) on a small graph of its own: 16 clients
 * mixing searches, paths, neighbourhoods and annotation writes; no 5xx, no annotation lost.
 */
const prefix = `robust${process.pid}:`;
const username = `robust-analyst-${process.pid}`;
const entities = 100;
const relations = 400;

describe('mini load with annotation writes', () => {
  let graph: Graph;
  let api: RunningApi;

  beforeAll(async () => {
    graph = testGraph();
    const quiet = () => undefined;
    await writeEntities(graph, entities, 5000, quiet, prefix);
    await writeRelations(graph, entities, relations, new Random(11), 10_000, quiet, prefix);
    api = await startApi(graph);
  }, 120_000);

  afterAll(async () => {
    await api?.close();
    await clearSynthetic(graph, prefix);
    await removeUser(graph, username, 'test');
    await graph.close();
  }, 120_000);

  it('answers 16 clients for 10 s without a 5xx and keeps every acknowledged annotation', async () => {
    const ids = Array.from({ length: 40 }, (_, i) => syntheticEntity((i * 7) % entities, prefix));
    const targets = {
      entityIds: ids.map((e) => e.id),
      names: ids.map((e) => e.name),
      relationIds: Array.from({ length: 20 }, (_, i) => `${prefix}r${i * 17}`),
      token: await benchAnalystToken(graph, username),
      runTag: `robust-${Date.now()}`,
    };
    const { outcomes, figures } = await runMixedLoad(api.base, targets, 16, 10_000);
    const annotations = await countAnnotations(api.base, outcomes);

    expect(figures.serverErrors).toBe(0);
    expect(figures.noAnswer).toBe(0);
    expect(figures.byLabel.search?.requests).toBeGreaterThan(0);
    expect(figures.byLabel.paths?.requests).toBeGreaterThan(0);
    expect(figures.byLabel.annotate?.statuses[201]).toBeGreaterThan(0);
    expect(annotations.acknowledged).toBe(figures.byLabel.annotate.statuses[201]);
    expect(annotations.lost).toEqual([]);
  }, 60_000);
});
