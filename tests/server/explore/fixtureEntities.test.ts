import request from 'supertest';
import { createApp } from '../../../server/app';
import { testGraph } from '../../helpers/graph';
import { writeFixture, type Fixture } from './fixture';

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

const ids = (results: { id: string }[]) => results.map((r) => r.id);

describe('GET /api/search on a small graph', () => {
  it.each(['北村貿易', '北村贸易', 'Kitamura', 'kitamura', 'KITAMURA TRADING', 'kitamura tr'])('puts Kitamura Trading first for %s', async (q) => {
    const res = await request(app).get('/api/search').query({ q });
    expect(res.status).toBe(200);
    expect(res.body.results[0]).toMatchObject({ id: fx.ids.trading, type: 'Firm', name: '北村貿易', nameEn: 'Kitamura Trading', mentions: 5 });
    expect(res.body.results[0].degree).toBe(4);
    expect(typeof res.body.results[0].score).toBe('number');
  });

  it('finds by prefix while typing, and both Kitamura firms', async () => {
    const res = await request(app).get('/api/search').query({ q: 'kitam' });
    expect(ids(res.body.results)).toEqual(expect.arrayContaining([fx.ids.trading, fx.ids.shipping]));
  });

  it('falls back to a substring match when the index has nothing (one CJK character)', async () => {
    const res = await request(app).get('/api/search').query({ q: '贊' });
    expect(ids(res.body.results)).toContain(fx.ids.zembla);
  });

  it('keeps to the types asked for', async () => {
    const res = await request(app).get('/api/search').query({ q: 'Kitamura', types: 'State,Project' });
    expect(ids(res.body.results)).not.toContain(fx.ids.trading);
  });

  it.each(['Kitamura (Trading', 'AND OR NOT', '"', 'a:b/c\\d', '*', '~?^[]{}!&&||', 'Zembla - +'])('takes Lucene syntax literally: %s', async (q) => {
    const res = await request(app).get('/api/search').query({ q });
    expect(res.status).toBe(200);
    expect(Array.isArray(res.body.results)).toBe(true);
  });

  it('honours limit', async () => {
    const res = await request(app).get('/api/search').query({ q: 'kitamura', limit: 1 });
    expect(res.body.results).toHaveLength(1);
  });
});

describe('GET /api/entities/:id', () => {
  it('gives the summary, degree by type and the documents that mention it', async () => {
    const res = await request(app).get(`/api/entities/${fx.ids.trading}`);
    expect(res.status).toBe(200);
    expect(res.body.entity).toMatchObject({ id: fx.ids.trading, aliases: expect.arrayContaining(['Kitamura']), degree: 4 });
    expect(res.body.degreeByType).toEqual({ HOLDS_STAKE_IN: 1, RELATED_TO: 1, SANCTIONS: 1, PART_OF: 1 });
    expect(res.body.documents).toEqual([{ id: fx.ids.doc, title: 'Fixture paper on Aurora LNG 7', mentions: 2 }]);
  });

  it('answers 404 for an unknown entity', async () => {
    const res = await request(app).get(`/api/entities/${fx.prefix}-none`);
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('not_found');
  });
});

describe('GET /api/entities/:id/neighborhood', () => {
  type El = { nodes: { data: { id: string; label: string; type: string } }[]; edges: { data: { id: string; label: string; source: string } }[] };
  const nodeIds = (el: El) => el.nodes.map((n) => n.data.id).sort();
  const edgeIds = (el: El) => el.edges.map((e) => e.data.id).sort();

  it('gives the center and its neighbours as Cytoscape elements, without inferred or rejected edges', async () => {
    const res = await request(app).get(`/api/entities/${fx.ids.trading}/neighborhood`);
    expect(res.status).toBe(200);
    expect(res.body.truncated).toBe(false);
    expect(nodeIds(res.body.elements)).toEqual([fx.ids.aurora, fx.ids.shipping, fx.ids.trading].sort());
    expect(edgeIds(res.body.elements)).toEqual([fx.rels.partOf, fx.rels.stake].sort());
    const center = res.body.elements.nodes.find((n: { data: { id: string } }) => n.data.id === fx.ids.trading);
    expect(center.data).toMatchObject({ label: '北村貿易', type: 'Firm', nameEn: 'Kitamura Trading' });
    const stake = res.body.elements.edges.find((e: { data: { id: string } }) => e.data.id === fx.rels.stake);
    expect(stake.data).toMatchObject({ label: 'HOLDS_STAKE_IN', source: fx.ids.trading, target: fx.ids.aurora, properties: { share: 0.1 } });
  });

  it('goes deeper with depth, and shows inferred and rejected edges when asked', async () => {
    const deep = await request(app).get(`/api/entities/${fx.ids.trading}/neighborhood`).query({ depth: 2 });
    expect(nodeIds(deep.body.elements)).toContain(fx.ids.zembla);
    const all = await request(app).get(`/api/entities/${fx.ids.trading}/neighborhood`).query({ inferred: 'true', reviewed: 'all' });
    expect(edgeIds(all.body.elements)).toEqual([fx.rels.partOf, fx.rels.related, fx.rels.rejected, fx.rels.sanction, fx.rels.stake].sort());
  });

  it('filters by relationship type, entity type, years and confidence', async () => {
    const rels = await request(app).get(`/api/entities/${fx.ids.trading}/neighborhood`).query({ rels: 'PART_OF' });
    expect(nodeIds(rels.body.elements)).toEqual([fx.ids.shipping, fx.ids.trading].sort());
    const named = await request(app).get(`/api/entities/${fx.ids.trading}/neighborhood`).query({ rels: 'RELATED_TO' });
    expect(edgeIds(named.body.elements)).toEqual([fx.rels.related]);
    const types = await request(app).get(`/api/entities/${fx.ids.trading}/neighborhood`).query({ types: 'Project' });
    expect(nodeIds(types.body.elements)).toEqual([fx.ids.aurora, fx.ids.trading].sort());
    const years = await request(app).get(`/api/entities/${fx.ids.aurora}/neighborhood`).query({ from: 2024 });
    expect(edgeIds(years.body.elements)).toEqual([]);
    const undated = await request(app).get(`/api/entities/${fx.ids.trading}/neighborhood`).query({ from: 2024 });
    expect(edgeIds(undated.body.elements)).toEqual([fx.rels.partOf]);
    const conf = await request(app).get(`/api/entities/${fx.ids.aurora}/neighborhood`).query({ minConfidence: 0.88 });
    expect(edgeIds(conf.body.elements)).toEqual([fx.rels.stake]);
  });

  it('stops at limit nodes and says so', async () => {
    const res = await request(app).get(`/api/entities/${fx.ids.trading}/neighborhood`).query({ limit: 2 });
    expect(res.body.elements.nodes).toHaveLength(2);
    expect(res.body.truncated).toBe(true);
  });

  it('answers 404 for an unknown center', async () => {
    const res = await request(app).get(`/api/entities/${fx.prefix}-none/neighborhood`);
    expect(res.status).toBe(404);
  });
});

describe('GET /api/documents', () => {
  it('lists the document and opens it with mention and evidence spans', async () => {
    const list = await request(app).get('/api/documents');
    expect(list.body.documents).toContainEqual(
      expect.objectContaining({ id: fx.ids.doc, title: 'Fixture paper on Aurora LNG 7', lang: 'zh-Hant', chars: fx.text.length, fileName: 'fixture.txt', addedAt: '2026-01-01T00:00:00.000Z', entities: 3, relations: 2 }),
    );
    const res = await request(app).get(`/api/documents/${fx.ids.doc}`);
    expect(res.status).toBe(200);
    expect(res.body.document.text).toBe(fx.text);
    expect(res.body.mentions[0]).toMatchObject({ entityId: fx.ids.trading, type: 'Firm' });
    const m = res.body.mentions[0];
    expect(fx.text.slice(m.start, m.end)).toBe('北村貿易');
    expect(res.body.evidence.map((e: { type: string }) => e.type)).toEqual(['HOLDS_STAKE_IN', 'SANCTIONS']);
    const ev = res.body.evidence[1];
    expect(fx.text.slice(ev.start, ev.end)).toMatch(/^2023年11月，贊布拉/);
  });

  it('answers 404 for an unknown document', async () => {
    const res = await request(app).get(`/api/documents/${fx.prefix}-none`);
    expect(res.status).toBe(404);
  });
});
