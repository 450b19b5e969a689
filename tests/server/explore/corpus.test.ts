import request from 'supertest';
import { createApp } from '../../../server/app';
import { testGraph } from '../../helpers/graph';
import { ensureSampleCorpus, sampleDocumentIds } from '../../helpers/corpus';

/** The explore API on the sample corpus as the ingest pipeline writes it. */
const graph = testGraph();
const app = createApp({ graph });

beforeAll(async () => {
  await ensureSampleCorpus(graph);
}, 600_000);
afterAll(() => graph.close());

async function idOf(q: string, type: string): Promise<string> {
  const res = await request(app).get('/api/search').query({ q, types: type });
  expect(res.status).toBe(200);
  return res.body.results[0].id;
}

describe('search across scripts on the sample corpus', () => {
  it.each(['三井物產', '三井物产', 'Mitsui', 'mitsui'])('%s finds Mitsui & Co. first', async (q) => {
    const res = await request(app).get('/api/search').query({ q });
    expect(res.status).toBe(200);
    expect(res.body.results[0]).toMatchObject({ type: 'Firm', nameEn: 'Mitsui & Co.' });
    expect(res.body.results[0].aliases).toEqual(expect.arrayContaining(['三井物產', '三井物产']));
  });

  it.each([
    ['美國', 'United States'],
    ['美国', 'United States'],
    ['北極液化天然氣', 'Arctic LNG 2'],
    ['arctic lng', 'Arctic LNG 2'],
  ])('%s finds %s first', async (q, nameEn) => {
    const res = await request(app).get('/api/search').query({ q });
    expect(res.body.results[0].nameEn).toBe(nameEn);
  });
});

describe('the Mitsui → Arctic LNG 2 → United States path on the sample corpus', () => {
  it('explains each hop and shows the sentence that states it', async () => {
    const mitsui = await idOf('Mitsui', 'Firm');
    const us = await idOf('United States', 'State');
    const res = await request(app).get('/api/paths').query({ from: mitsui, to: us, mode: 'all-shortest', maxHops: 3, lang: 'en' });
    expect(res.status).toBe(200);
    type Hop = { explanation: string; relation: { type: string }; evidence: { sentence: string; documentId: string; documentTitle: string; start: number; end: number }[] };
    const viaArctic = res.body.paths.find((p: { nodes: { nameEn: string }[] }) => p.nodes.map((n) => n.nameEn).join(' > ') === 'Mitsui & Co. > Arctic LNG 2 > United States');
    expect(viaArctic).toBeDefined();
    const [stake, sanction] = viaArctic.hops as Hop[];
    expect(stake.relation.type).toBe('HOLDS_STAKE_IN');
    expect(stake.explanation).toMatch(/^Mitsui & Co\. holds 10% of Arctic LNG 2/);
    expect(sanction.relation.type).toBe('SANCTIONS');
    expect(sanction.explanation).toBe('United States sanctions Arctic LNG 2 (2023-11)');
    for (const hop of [stake, sanction]) {
      expect(hop.evidence.length).toBeGreaterThan(0);
      const ev = hop.evidence[0];
      expect(sampleDocumentIds()).toContain(ev.documentId);
      expect(ev.documentTitle).toEqual(expect.any(String));
      // The offsets point at the sentence in the document's text, so the viewer can highlight it
      // (the sentence is stored width-normalised: full-width punctuation may differ).
      const doc = await request(app).get(`/api/documents/${ev.documentId}`);
      expect(doc.body.document.text.slice(ev.start, ev.end).normalize('NFKC')).toBe(ev.sentence.normalize('NFKC'));
    }
    expect(stake.evidence[0].sentence).toMatch(/三井物[產产]/);
    expect(sanction.evidence[0].sentence).toMatch(/制裁/);

    const zh = await request(app).get('/api/paths').query({ from: mitsui, to: us, rels: 'HOLDS_STAKE_IN,SANCTIONS', lang: 'zh' });
    expect(zh.body.paths[0].hops.map((h: Hop) => h.explanation)).toEqual([expect.stringMatching(/^三井物產持有北極液化天然氣2號 10%股權/), '美國制裁北極液化天然氣2號（2023-11）']);
  });
});

describe('entities, neighbourhoods, schema and stats on the sample corpus', () => {
  it('shows Mitsui & Co. with its stake and the documents that mention it', async () => {
    const mitsui = await idOf('三井物產', 'Firm');
    const res = await request(app).get(`/api/entities/${mitsui}`);
    expect(res.status).toBe(200);
    expect(res.body.degreeByType.HOLDS_STAKE_IN).toBeGreaterThanOrEqual(1);
    expect(res.body.documents.length).toBeGreaterThan(0);
    const nb = await request(app).get(`/api/entities/${mitsui}/neighborhood`).query({ depth: 2 });
    expect(nb.status).toBe(200);
    const names = nb.body.elements.nodes.map((n: { data: { nameEn: string | null } }) => n.data.nameEn);
    expect(names).toEqual(expect.arrayContaining(['Mitsui & Co.', 'Arctic LNG 2', 'United States']));
    expect(nb.body.elements.edges.every((e: { data: { type: string } }) => e.data.type !== 'RELATED_TO')).toBe(true);
  });

  it('counts what the graph holds, by ontology type', async () => {
    const schema = await request(app).get('/api/schema');
    expect(schema.status).toBe(200);
    const firm = schema.body.entityTypes.find((t: { name: string }) => t.name === 'Firm');
    expect(firm).toMatchObject({ labelZh: '企業', color: expect.stringMatching(/^#/), shape: 'ellipse' });
    expect(firm.count).toBeGreaterThan(0);
    const related = schema.body.relationshipTypes.find((t: { name: string }) => t.name === 'RELATED_TO');
    expect(related).toMatchObject({ inferred: true, symmetric: true });
    expect(schema.body.years[0]).toBeLessThanOrEqual(schema.body.years[1]);
    const stats = await request(app).get('/api/stats');
    expect(stats.body.documents).toBeGreaterThanOrEqual(4);
    expect(stats.body.entities.byType.Firm).toBe(firm.count);
    expect(stats.body.evidence).toBeGreaterThan(0);
    expect(stats.body.sources).toBeGreaterThan(0);
  });
});
