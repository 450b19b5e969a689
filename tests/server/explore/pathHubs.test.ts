import request from 'supertest';
import type { Express } from 'express';
import { createApp } from '../../../server/app';
import type { Graph } from '../../../graph/connection';
import { testGraph } from '../../helpers/graph';
import { ensureSampleCorpus } from '../../helpers/corpus';

// The hub safeguard for paths over the API (sample corpus): Mitsui → United States runs through
// Japan and Russia among others; hubPaths caps the listed paths through hubs, names the hubs
// and counts what it held back.

let graph: Graph;
let app: Express;
const HUB = 40;

type Answer = { paths: { nodes: { id: string; degree: number }[] }[]; hubs: { entity: { id: string; degree: number }; paths: number }[]; heldBack: number };
const throughHub = (p: Answer['paths'][number]) => p.nodes.slice(1, -1).some((n) => n.degree > HUB);

async function paths(query: Record<string, string | number>): Promise<Answer> {
  const res = await request(app).get('/api/paths').query({ from: 'mitsui-and-co', to: 'united-states', maxHops: 3, mode: 'k', k: 10, ...query });
  expect(res.status).toBe(200);
  return res.body as Answer;
}

beforeAll(async () => {
  graph = testGraph();
  await ensureSampleCorpus(graph);
  app = createApp({ graph });
}, 600000);

afterAll(() => graph.close());

test('paths through hubs are named with their counts; without a cap they are listed as ranked', async () => {
  const all = await paths({});
  expect(all.heldBack).toBe(0);
  const hubIds = all.hubs.map((h) => h.entity.id);
  expect(hubIds).toContain('japan');
  for (const hub of all.hubs) expect(hub.entity.degree).toBeGreaterThan(HUB);
  expect(all.paths.filter(throughHub).length).toBeGreaterThan(1);
});

test('a cap lists at most that many paths through hubs, the ranked order kept, and counts the rest', async () => {
  const all = await paths({});
  const capped = await paths({ hubPaths: 1 });
  expect(capped.paths.filter(throughHub)).toHaveLength(1);
  expect(capped.paths[0]).toEqual(all.paths[0]);
  expect(capped.heldBack).toBe(all.paths.filter(throughHub).length - 1);
  const none = await paths({ hubPaths: 0 });
  expect(none.paths.filter(throughHub)).toEqual([]);
  expect(none.hubs.map((h) => h.entity.id)).toEqual(all.hubs.map((h) => h.entity.id));
  // Excluding the hub takes it out of the paths and of the hubs named.
  const withoutJapan = await paths({ hubPaths: 1, exclude: 'japan' });
  expect(withoutJapan.hubs.map((h) => h.entity.id)).not.toContain('japan');
});

test('a bad cap is a clear 400', async () => {
  const res = await request(app).get('/api/paths').query({ from: 'mitsui-and-co', to: 'united-states', hubPaths: -1 });
  expect(res.status).toBe(400);
  expect(res.body.error.message).toMatch(/hubPaths/);
});
