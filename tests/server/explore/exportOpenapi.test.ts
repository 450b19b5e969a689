import request from 'supertest';
import { createApp } from '../../../server/app';
import { csvField, escapeXml } from '../../../graph/explore/exportFormats';
import { testGraph } from '../../helpers/graph';
import { writeFixture, type Fixture } from './fixture';

const graph = testGraph();
const app = createApp({ graph });
let fx: Fixture;

beforeAll(async () => {
  fx = await writeFixture(graph);
  // A name made to break CSV and XML, and to run as a spreadsheet formula.
  await graph.writeRows('MATCH (n:Entity {id: $id}) SET n.name = $name', { id: fx.ids.norland, name: '=HYPERLINK("x"),<b>&\'\n' });
});
afterAll(async () => {
  await fx?.remove();
  await graph.close();
});

describe('GET /api/export', () => {
  const selection = () => [fx.ids.trading, fx.ids.aurora, fx.ids.zembla, fx.ids.norland].join(',');

  it('gives a selection as JSON nodes and edges, as an attachment', async () => {
    const res = await request(app).get('/api/export').query({ format: 'json', ids: selection() });
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="graph-selection\.json"/);
    const body = JSON.parse(res.text);
    expect(body.nodes.map((n: { id: string }) => n.id).sort()).toEqual(selection().split(',').sort());
    expect(body.edges.map((e: { id: string }) => e.id).sort()).toEqual([fx.rels.related, fx.rels.rejected, fx.rels.sanction, fx.rels.stake].sort());
    expect(body.edges.find((e: { id: string }) => e.id === fx.rels.rejected).review).toBe('rejected');
  });

  it('gives GraphML with every value escaped', async () => {
    const res = await request(app).get('/api/export').query({ format: 'graphml', ids: selection() });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/graphml/);
    expect(res.text).toContain(`<node id="${fx.ids.norland}">`);
    expect(res.text).toContain('=HYPERLINK(&quot;x&quot;),&lt;b&gt;&amp;&apos;');
    expect(res.text).not.toContain('<b>');
    expect(res.text).toContain(`source="${fx.ids.trading}" target="${fx.ids.aurora}"`);
  });

  it('gives CSV edges with names, RFC 4180 quoting and formulas neutralised', async () => {
    const res = await request(app).get('/api/export').query({ format: 'csv', ids: selection() });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    const lines = res.text.split('\r\n');
    expect(lines[0]).toBe('id,type,source,sourceName,target,targetName,date,share,amount,resource,role,topic,about,confidence,method,origin,inferred,review,evidenceCount');
    expect(res.text).toContain(`${fx.rels.stake},HOLDS_STAKE_IN,${fx.ids.trading},北村貿易,${fx.ids.aurora},極光液化天然氣7號,2023,0.1`);
    expect(res.text).toContain(`,"'=HYPERLINK(""x""),<b>&'\n",`);
  });

  it('exports the whole graph when no ids are given', async () => {
    const res = await request(app).get('/api/export').query({ format: 'json' });
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toContain('graph-all.json');
    expect(JSON.parse(res.text).nodes.map((n: { id: string }) => n.id)).toContain(fx.ids.shipping);
  });
});

describe('export formatting', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['=1+1', "'=1+1"],
    ['+49 30', "'+49 30"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    [null, ''],
  ])('csvField(%j) = %s', (input, expected) => {
    expect(csvField(input)).toBe(expected);
  });

  it('escapes XML specials and drops characters XML cannot hold', () => {
    expect(escapeXml('a<b>&"\'\u0001c')).toBe('a&lt;b&gt;&amp;&quot;&apos;c');
  });
});

describe('GET /api/openapi.json', () => {
  it('describes every explore route as OpenAPI 3.1', async () => {
    const res = await request(app).get('/api/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe('3.1.0');
    for (const path of ['/api/search', '/api/entities/{id}', '/api/entities/{id}/neighborhood', '/api/paths', '/api/relations/{id}', '/api/documents', '/api/documents/{id}', '/api/schema', '/api/stats', '/api/export']) {
      expect(res.body.paths[path].get.responses['200']).toBeDefined();
    }
    const names = res.body.paths['/api/paths'].get.parameters.map((p: { name: string }) => p.name);
    expect(names).toEqual(expect.arrayContaining(['from', 'to', 'maxHops', 'rels', 'direction', 'mode', 'k', 'limit', 'lang']));
    expect(res.body.components.schemas.Relation.properties.review).toBeDefined();
  });
});
