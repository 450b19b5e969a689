import request from 'supertest';
import { createApp } from '../../../server/app';
import { testGraph } from '../../helpers/graph';
import { writeFixture, type Fixture } from './fixture';

// Asking about a hub before drawing it: neighbour counts per type, and capped neighbourhoods
// in the order the analyst picks.

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

describe('GET /api/entities/{id}/neighbor-counts', () => {
  it('counts the neighbours an expansion would draw, per relationship type and entity type', async () => {
    const res = await request(app).get(`/api/entities/${fx.ids.trading}/neighbor-counts`);
    expect(res.status).toBe(200);
    // The co-occurrence link and the rejected sanction are not walked by default.
    expect(res.body).toEqual({ total: 2, byRelationship: { HOLDS_STAKE_IN: 1, PART_OF: 1 }, byEntityType: { Project: 1, Firm: 1 } });
    const all = await request(app).get(`/api/entities/${fx.ids.trading}/neighbor-counts`).query({ inferred: 'true', reviewed: 'all' });
    expect(all.body.total).toBe(4);
    expect(all.body.byEntityType).toEqual({ Project: 1, Firm: 1, State: 2 });
    const firms = await request(app).get(`/api/entities/${fx.ids.trading}/neighbor-counts`).query({ types: 'Firm' });
    expect(firms.body).toEqual({ total: 1, byRelationship: { PART_OF: 1 }, byEntityType: { Firm: 1 } });
  });

  it('answers 404 for an unknown entity and 400 for an unknown type', async () => {
    expect((await request(app).get(`/api/entities/${fx.prefix}-nobody/neighbor-counts`)).status).toBe(404);
    const bad = await request(app).get(`/api/entities/${fx.ids.trading}/neighbor-counts`).query({ rels: 'LIKES' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/unknown relationship type "LIKES"/);
  });
});

describe('GET /api/entities/{id}/neighborhood with a limit and an order', () => {
  const first = async (order: string) => {
    const res = await request(app).get(`/api/entities/${fx.ids.zembla}/neighborhood`).query({ inferred: 'true', limit: '2', order });
    expect(res.status).toBe(200);
    expect(res.body.truncated).toBe(true);
    return res.body.elements.nodes.map((n: { data: { id: string } }) => n.data.id).filter((id: string) => id !== fx.ids.zembla);
  };

  it('keeps the most mentioned, the most connected or the one with the newest edge', async () => {
    expect(await first('mentions')).toEqual([fx.ids.trading]);
    expect(await first('degree')).toEqual([fx.ids.trading]);
    expect(await first('recent')).toEqual([fx.ids.aurora]);
    const bad = await request(app).get(`/api/entities/${fx.ids.zembla}/neighborhood`).query({ order: 'random' });
    expect(bad.status).toBe(400);
  });
});
