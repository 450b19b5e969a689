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

describe('GET /api/paths on a small graph', () => {
  it('walks firm → project ← state with evidence, sources and plain sentences', async () => {
    const res = await request(app).get('/api/paths').query({ from: fx.ids.trading, to: fx.ids.zembla, lang: 'en' });
    expect(res.status).toBe(200);
    expect(res.body.paths).toHaveLength(1);
    const [path] = res.body.paths;
    expect(path.length).toBe(2);
    expect(path.nodes.map((n: { id: string }) => n.id)).toEqual([fx.ids.trading, fx.ids.aurora, fx.ids.zembla]);
    expect(path.hops.map((h: { explanation: string }) => h.explanation)).toEqual([
      'Kitamura Trading holds 10% of Aurora LNG 7 (2023)',
      'Zembla sanctions Aurora LNG 7 (2023-11)',
    ]);
    const [stake, sanction] = path.hops;
    expect(stake.relation).toMatchObject({ id: fx.rels.stake, type: 'HOLDS_STAKE_IN', properties: { share: 0.1 }, date: '2023', annotationCount: 1, evidenceCount: 1, review: null, inferred: false });
    expect(stake.from).toBe(fx.ids.trading);
    expect(sanction.from).toBe(fx.ids.aurora);
    expect(sanction.to).toBe(fx.ids.zembla);
    const ev = sanction.evidence[0];
    expect(ev.documentId).toBe(fx.ids.doc);
    expect(ev.documentTitle).toBe('Fixture paper on Aurora LNG 7');
    expect(fx.text.slice(ev.start, ev.end)).toBe(ev.sentence);
    expect(ev.sources).toEqual([expect.objectContaining({ title: 'Sanctions on Aurora LNG 7', url: 'https://example.org/aurora', publisher: 'Zembla Treasury' })]);
    expect(res.body.elements.nodes).toHaveLength(3);
    expect(res.body.elements.edges.map((e: { data: { label: string } }) => e.data.label).sort()).toEqual(['HOLDS_STAKE_IN', 'SANCTIONS']);
  });

  it('explains hops in Chinese when asked', async () => {
    const res = await request(app).get('/api/paths').query({ from: fx.ids.trading, to: fx.ids.zembla, lang: 'zh' });
    expect(res.body.paths[0].hops.map((h: { explanation: string }) => h.explanation)).toEqual([
      '北村貿易持有極光液化天然氣7號 10%股權（2023）',
      '贊布拉制裁極光液化天然氣7號（2023-11）',
    ]);
  });

  it('takes the inferred RELATED_TO shortcut only when inferred=true', async () => {
    const res = await request(app).get('/api/paths').query({ from: fx.ids.trading, to: fx.ids.zembla, inferred: 'true' });
    expect(res.body.paths[0].length).toBe(1);
    expect(res.body.paths[0].hops[0].relation).toMatchObject({ type: 'RELATED_TO', inferred: true });
  });

  it('never walks an edge whose newest review rejects it, unless reviewed=all', async () => {
    const hidden = await request(app).get('/api/paths').query({ from: fx.ids.norland, to: fx.ids.trading });
    expect(hidden.status).toBe(200);
    expect(hidden.body.paths).toEqual([]);
    const shown = await request(app).get('/api/paths').query({ from: fx.ids.norland, to: fx.ids.trading, reviewed: 'all' });
    expect(shown.body.paths[0].hops[0].relation).toMatchObject({ id: fx.rels.rejected, review: 'rejected' });
  });

  it('finds the k shortest and all shortest paths, and follows direction=out', async () => {
    const k = await request(app).get('/api/paths').query({ from: fx.ids.shipping, to: fx.ids.zembla, mode: 'k', k: 3, inferred: 'true', rank: 'length' });
    expect(k.status).toBe(200);
    expect(k.body.paths.map((p: { length: number }) => p.length)).toEqual([2, 3]);
    // Ranked by what they tell (the default), the dated sanctions path beats the co-occurrence shortcut.
    const ranked = await request(app).get('/api/paths').query({ from: fx.ids.shipping, to: fx.ids.zembla, mode: 'k', k: 3, inferred: 'true' });
    expect(ranked.body.paths.map((p: { length: number }) => p.length)).toEqual([3, 2]);
    expect(ranked.body.paths[1].caveats).toContain('generic link: RELATED_TO');
    const all = await request(app).get('/api/paths').query({ from: fx.ids.shipping, to: fx.ids.zembla, mode: 'all-shortest' });
    expect(all.body.paths.map((p: { length: number }) => p.length)).toEqual([3]);
    const out = await request(app).get('/api/paths').query({ from: fx.ids.trading, to: fx.ids.zembla, direction: 'out' });
    expect(out.body.paths).toEqual([]);
    const outOk = await request(app).get('/api/paths').query({ from: fx.ids.shipping, to: fx.ids.aurora, direction: 'out' });
    expect(outOk.body.paths[0].length).toBe(2);
  });

  it('keeps to the relationship types and hop limit asked for', async () => {
    const onlyStakes = await request(app).get('/api/paths').query({ from: fx.ids.trading, to: fx.ids.zembla, rels: 'HOLDS_STAKE_IN' });
    expect(onlyStakes.body.paths).toEqual([]);
    const oneHop = await request(app).get('/api/paths').query({ from: fx.ids.trading, to: fx.ids.zembla, maxHops: 1 });
    expect(oneHop.body.paths).toEqual([]);
  });

  it('answers 404 naming the unknown end', async () => {
    const res = await request(app).get('/api/paths').query({ from: fx.ids.trading, to: `${fx.prefix}-nobody` });
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('not_found');
    expect(res.body.error.message).toContain('(to)');
  });
});

describe('GET /api/relations/:id', () => {
  it('gives the edge, both ends and its evidence with sources', async () => {
    const res = await request(app).get(`/api/relations/${fx.rels.sanction}`);
    expect(res.status).toBe(200);
    expect(res.body.relation).toMatchObject({ id: fx.rels.sanction, type: 'SANCTIONS', source: fx.ids.zembla, target: fx.ids.aurora, date: '2023-11', confidence: 0.85, origin: 'extracted' });
    expect(res.body.subject.nameEn).toBe('Zembla');
    expect(res.body.object.nameEn).toBe('Aurora LNG 7');
    expect(res.body.evidence).toHaveLength(1);
    expect(res.body.evidence[0].sectionPath).toEqual(['前言']);
    expect(res.body.evidence[0].sources[0].date).toBe('2023-11-02');
    // The inspector says how the edge was read: the rule and the words of the sentence that fired it.
    expect(res.body.reading).toContain('zh.sanctions.list');
    expect(res.body.reading).toContain('“將 … 納入制裁”');
  });

  it('answers 404 for an unknown relation', async () => {
    const res = await request(app).get(`/api/relations/${fx.prefix}-none`);
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('not_found');
  });
});
