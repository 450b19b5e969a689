import request from 'supertest';
import { createApp } from '../../../server/app';
import { edgesAmongIdsMax } from '../../../contract/limits';
import { testGraph } from '../../helpers/graph';
import { writeFixture, type Fixture } from './fixture';

// GET /api/edges: the edges a canvas must draw when nodes join it, on the small made-up graph.

const graph = testGraph();
const app = createApp({ graph });
let fx: Fixture;

beforeAll(async () => {
  fx = await writeFixture(graph);
});
afterAll(async () => {
  await fx?.remove();
  await graph.close();
});

const edgeIds = (body: { edges: { data: { id: string } }[] }) => body.edges.map((e) => e.data.id).sort();

describe('GET /api/edges', () => {
  it('gives the edges among the ids and to the others, each once, with the filters of a neighbourhood', async () => {
    const res = await request(app).get('/api/edges').query({ ids: `${fx.ids.trading},${fx.ids.zembla}`, others: `${fx.ids.aurora},${fx.ids.norland}` });
    expect(res.status).toBe(200);
    // The co-occurrence link and the rejected sanction stay out by default.
    expect(edgeIds(res.body)).toEqual([fx.rels.sanction, fx.rels.stake].sort());
    const sanction = res.body.edges.find((e: { data: { id: string } }) => e.data.id === fx.rels.sanction).data;
    expect(sanction).toMatchObject({ source: fx.ids.zembla, target: fx.ids.aurora, type: 'SANCTIONS', label: 'SANCTIONS', date: '2023-11' });
    expect(res.body.truncated).toBe(false);

    const all = await request(app).get('/api/edges').query({ ids: `${fx.ids.trading},${fx.ids.zembla}`, others: fx.ids.norland, inferred: 'true', reviewed: 'all' });
    expect(edgeIds(all.body)).toEqual([fx.rels.rejected, fx.rels.related].sort());
  });

  it('leaves out edges between two of the others (the canvas has them already)', async () => {
    const res = await request(app).get('/api/edges').query({ ids: fx.ids.shipping, others: `${fx.ids.trading},${fx.ids.aurora}` });
    expect(edgeIds(res.body)).toEqual([fx.rels.partOf]);
  });

  it('keeps to the year range and the relationship types asked for', async () => {
    const ids = `${fx.ids.trading},${fx.ids.zembla},${fx.ids.aurora},${fx.ids.norland}`;
    expect(edgeIds((await request(app).get('/api/edges').query({ ids, reviewed: 'all', toYear: '2020' })).body)).toEqual([fx.rels.rejected]);
    expect(edgeIds((await request(app).get('/api/edges').query({ ids, rels: 'SANCTIONS' })).body)).toEqual([fx.rels.sanction]);
  });

  it('refuses an ask without ids, or with more than it takes, with a 400 that says why', async () => {
    const none = await request(app).get('/api/edges');
    expect(none.status).toBe(400);
    expect(none.body.error.message).toMatch(/"ids"/);
    const many = Array.from({ length: edgesAmongIdsMax + 1 }, (_, i) => `e${i}`).join(',');
    const tooMany = await request(app).get('/api/edges').query({ ids: many });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error.message).toMatch(new RegExp(`at most ${edgesAmongIdsMax}`));
    const bad = await request(app).get('/api/edges').query({ ids: 'a b' });
    expect(bad.status).toBe(400);
  });
});
