import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createApp } from '../../server/app';
import { admissionSettings } from '../../server/admission';
import type { Graph } from '../../graph/connection';
import { testGraph } from '../helpers/graph';
import { createFixture, fixturePrefix, removeFixture, type Fixture } from '../graph/analyst/fixtures';

let graph: Graph;
let f: Fixture;
let server: Server;
let base: string;
const prefix = fixturePrefix('adm');

beforeAll(async () => {
  graph = testGraph();
  f = await createFixture(graph, prefix);
  // The product's admission with the smallest pools: one deep neighbourhood at a time, one waiting.
  const settings = admissionSettings({});
  const app = createApp({
    graph,
    admission: { ...settings, pools: { ...settings.pools, neighbourhoods: { capacity: 1, queueMax: 1, maxWaitMs: 20_000 }, export: { capacity: 1, queueMax: 0, maxWaitMs: 1_000 } } },
  });
  server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  server.close();
  await removeFixture(graph, prefix);
  await graph.close();
});

describe('a crowd asking for expensive reads', () => {
  test('a full queue answers 429 with Retry-After at once, while health and cheap reads answer', async () => {
    // Health's first answer reads the counts (cold plans on a busy machine take seconds); later ones don't.
    expect((await fetch(`${base}/api/health`)).status).toBe(200);
    const deep = Array.from({ length: 12 }, () => fetch(`${base}/api/entities/${f.firm}/neighborhood?depth=3`));
    const exports = Array.from({ length: 4 }, () => fetch(`${base}/api/export?format=json&ids=${f.firm}`));
    const health = await fetch(`${base}/api/health`);
    const shallow = await fetch(`${base}/api/entities/${f.firm}/neighborhood?depth=1`);
    const answers = await Promise.all([...deep, ...exports]);
    expect(health.status).toBe(200);
    // A cheap read never meets the pools (on a crowded machine it may still time out: never a 429).
    expect(shallow.status).not.toBe(429);
    const refused = answers.filter((a) => a.status === 429);
    expect(answers.filter((a) => a.status === 200).length).toBeGreaterThanOrEqual(1);
    expect(refused.length).toBeGreaterThanOrEqual(8);
    expect(answers.every((a) => a.status !== 500)).toBe(true);
    for (const a of refused) {
      expect(Number(a.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(((await a.json()) as { error: { code: string } }).error.code).toBe('busy');
    }
  });
});
