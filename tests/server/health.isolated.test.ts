import request from 'supertest';
import { createApp } from '../../server/app';
import { Graph } from '../../graph/connection';
import { testGraph } from '../helpers/graph';

const graph = testGraph();
afterAll(() => graph.close());

describe('GET /api/health', () => {
  it('answers 200 with the Neo4j version, edition, database and counts', async () => {
    const res = await request(createApp({ graph })).get('/api/health');
    expect(res.status).toBe(200);
    expect(res.body.neo4j.version).toMatch(/^5\.26\./);
    expect(res.body.neo4j.edition).toBe('community');
    expect(res.body.database).toBe('neo4j');
    expect(res.body.counts).toEqual({
      documents: expect.any(Number),
      entities: expect.any(Number),
      relationships: expect.any(Number),
    });
  });

  it('answers 503 with the reason when Neo4j is unreachable', async () => {
    const dead = new Graph({ uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 'x' });
    try {
      const res = await request(createApp({ graph: dead })).get('/api/health');
      expect(res.status).toBe(503);
      expect(res.body.error.code).toBe('graph_unavailable');
      expect(res.body.error.message).toMatch(/unreachable/i);
    } finally {
      await dead.close();
    }
  });

  it('answers unknown API routes with a JSON 404', async () => {
    const res = await request(createApp({ graph })).get('/api/nope');
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('not_found');
  });
});
