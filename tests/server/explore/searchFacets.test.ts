import request from 'supertest';
import { createApp } from '../../../server/app';
import { testGraph } from '../../helpers/graph';
import { writeFixture, type Fixture } from './fixture';

// Search facets over the small made-up graph: Kitamura Trading is mentioned by the fixture's
// zh-Hant paper, Kitamura Shipping by no document.

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
const kitamura = (query: Record<string, string>) => request(app).get('/api/search').query({ q: `${fx.prefix} kitamura`, ...query });

describe('GET /api/search with facets', () => {
  it('counts the matches by type, document language and document', async () => {
    const res = await request(app).get('/api/search').query({ q: 'Kitamura', facets: 'true' });
    expect(res.status).toBe(200);
    expect(ids(res.body.results)).toEqual(expect.arrayContaining([fx.ids.trading, fx.ids.shipping]));
    const { types, langs, documents } = res.body.facets;
    expect(types.find((t: { value: string }) => t.value === 'Firm').count).toBeGreaterThanOrEqual(2);
    expect(langs).toEqual(expect.arrayContaining([expect.objectContaining({ value: 'zh-Hant', label: 'zh-Hant' })]));
    expect(documents).toEqual(expect.arrayContaining([{ value: fx.ids.doc, label: 'Fixture paper on Aurora LNG 7', count: 1 }]));
  });

  it('narrows to a document or a language, and keeps the other facets counted under that choice', async () => {
    const byDocument = await request(app).get('/api/search').query({ q: 'Kitamura', documents: fx.ids.doc, facets: 'true' });
    expect(ids(byDocument.body.results)).toEqual([fx.ids.trading]);
    expect(byDocument.body.facets.types).toEqual([{ value: 'Firm', label: 'Firm', count: 1 }]);
    // The document facet itself is counted without its own choice: other documents stay offered.
    expect(byDocument.body.facets.documents.map((d: { value: string }) => d.value)).toContain(fx.ids.doc);
    const byLanguage = await request(app).get('/api/search').query({ q: 'Kitamura', langs: 'zh-Hant' });
    expect(ids(byLanguage.body.results)).toContain(fx.ids.trading);
    expect(ids(byLanguage.body.results)).not.toContain(fx.ids.shipping);
    expect(byLanguage.body.facets).toBeUndefined();
    const none = await request(app).get('/api/search').query({ q: 'Kitamura', langs: 'ru', types: 'Firm', facets: 'true' });
    expect(none.body.results).toEqual([]);
    expect(none.body.facets.langs).toEqual(expect.arrayContaining([{ value: 'ru', label: 'ru', count: 0 }]));
  });

  it('refuses malformed facet values with a 400 that says why', async () => {
    const res = await kitamura({ langs: 'zh Hant!' });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toMatch(/langs/);
  });
});
