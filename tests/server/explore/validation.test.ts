import request from 'supertest';
import { createApp } from '../../../server/app';
import { Graph } from '../../../graph/connection';
import { testGraph } from '../../helpers/graph';

/** Every bad input answers 400 invalid_request naming the field — never a 500. */
const graph = testGraph();
const app = createApp({ graph });
afterAll(() => graph.close());

const cases: [string, Record<string, string>, string][] = [
  // search
  ['/api/search', {}, 'q'],
  ['/api/search', { q: '   ' }, 'q'],
  ['/api/search', { q: 'x'.repeat(201) }, 'q'],
  ['/api/search', { q: 'a', types: 'Firm,Planet' }, 'types'],
  ['/api/search', { q: 'a', limit: '0' }, 'limit'],
  ['/api/search', { q: 'a', limit: '101' }, 'limit'],
  ['/api/search', { q: 'a', limit: 'ten' }, 'limit'],
  ['/api/search', { q: 'a', limit: '2.5' }, 'limit'],
  // neighbourhood
  ['/api/entities/some-id/neighborhood', { depth: '0' }, 'depth'],
  ['/api/entities/some-id/neighborhood', { depth: '4' }, 'depth'],
  ['/api/entities/some-id/neighborhood', { types: 'Firms' }, 'types'],
  ['/api/entities/some-id/neighborhood', { rels: 'OWNS' }, 'rels'],
  ['/api/entities/some-id/neighborhood', { from: '20x' }, 'from'],
  ['/api/entities/some-id/neighborhood', { to: '99999' }, 'to'],
  ['/api/entities/some-id/neighborhood', { from: '2023', to: '2020' }, 'to'],
  ['/api/entities/some-id/neighborhood', { minConfidence: '1.5' }, 'minConfidence'],
  ['/api/entities/some-id/neighborhood', { minConfidence: 'high' }, 'minConfidence'],
  ['/api/entities/some-id/neighborhood', { inferred: 'maybe' }, 'inferred'],
  ['/api/entities/some-id/neighborhood', { reviewed: 'none' }, 'reviewed'],
  ['/api/entities/some-id/neighborhood', { limit: '5000' }, 'limit'],
  ['/api/entities/bad%20id/neighborhood', {}, 'id'],
  // paths
  ['/api/paths', { to: 'b' }, 'from'],
  ['/api/paths', { from: 'a' }, 'to'],
  ['/api/paths', { from: 'a', to: 'a' }, 'to'],
  ['/api/paths', { from: 'a b', to: 'b' }, 'from'],
  ['/api/paths', { from: 'a', to: 'b', maxHops: '7' }, 'maxHops'],
  ['/api/paths', { from: 'a', to: 'b', maxHops: '0' }, 'maxHops'],
  ['/api/paths', { from: 'a', to: 'b', rels: 'SANCTIONS,LIKES' }, 'rels'],
  ['/api/paths', { from: 'a', to: 'b', direction: 'in' }, 'direction'],
  ['/api/paths', { from: 'a', to: 'b', mode: 'longest' }, 'mode'],
  ['/api/paths', { from: 'a', to: 'b', mode: 'k', k: '11' }, 'k'],
  ['/api/paths', { from: 'a', to: 'b', limit: '51' }, 'limit'],
  ['/api/paths', { from: 'a', to: 'b', lang: 'fr' }, 'lang'],
  // entities, relations, documents
  ['/api/entities/bad%27id', {}, 'id'],
  ['/api/relations/%3Cscript%3E', {}, 'id'],
  ['/api/documents/..%2F..%2Fetc', {}, 'id'],
  // export
  ['/api/export', { format: 'xlsx' }, 'format'],
  ['/api/export', { ids: 'a,b c' }, 'ids'],
];

describe('validation errors', () => {
  it.each(cases)('GET %s %j → 400 naming %s', async (path, query, field) => {
    const res = await request(app).get(path).query(query);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid_request');
    expect(res.body.error.message).toContain(`"${field}"`);
  });

  it('refuses a parameter given twice, naming it', async () => {
    const res = await request(app).get('/api/search?q=a&q=b');
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('"q"');
  });

  it('ignores unknown parameters and treats empty ones as absent', async () => {
    const res = await request(app).get('/api/search').query({ q: 'zz-nothing-like-this', colour: 'blue', limit: '' });
    expect(res.status).toBe(200);
    expect(res.body.results).toEqual([]);
  });

  it('answers unknown ids with 404 not_found', async () => {
    for (const path of ['/api/entities/no-such-entity', '/api/entities/no-such-entity/neighborhood', '/api/relations/no-such-rel', '/api/documents/no-such-doc']) {
      const res = await request(app).get(path);
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe('not_found');
    }
    const paths = await request(app).get('/api/paths').query({ from: 'no-such-a', to: 'no-such-b' });
    expect(paths.status).toBe(404);
    expect(paths.body.error.message).toContain('(from)');
  });
});

describe('when Neo4j is unreachable', () => {
  it('answers 503 graph_unavailable, not 500', async () => {
    const dead = new Graph({ uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 'x' });
    try {
      const deadApp = createApp({ graph: dead });
      for (const path of ['/api/search?q=mitsui', '/api/paths?from=a&to=b']) {
        const res = await request(deadApp).get(path);
        expect(res.status).toBe(503);
        expect(res.body.error.code).toBe('graph_unavailable');
      }
    } finally {
      await dead.close();
    }
  });
});
