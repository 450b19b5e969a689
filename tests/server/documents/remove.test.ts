import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import type { Express } from 'express';
import { createApp } from '../../../server/app';
import type { Graph } from '../../../graph/connection';
import { documentId } from '../../../ingest/meta';
import { runIngest } from '../../../ingest/run';
import { removeDocument } from '../../../graph/library';
import { testGraph } from '../../helpers/graph';
import { createUsers, fixturePrefix, removeUsers } from '../../graph/analyst/fixtures';
import { login, type LoggedIn } from '../analyst/session';

// Removing a document: its evidence goes, and the edges and entities no other document
// supports; what another document supports stays; every annotation, review and analyst edge
// stays (counted before and after), and a note on an edge that went is listed as no longer
// supported by any document.

jest.setTimeout(300_000);

let graph: Graph;
let app: Express;
let dir: string;
let analyst: LoggedIn;
let viewer: LoggedIn;
const prefix = fixturePrefix('rm');
const users = [`${prefix}-analyst`, `${prefix}-viewer`];
const tag = crypto.randomBytes(4).toString('hex').replace(/\d/g, 'x');
const word = `Harrier${tag}`;
const falcon = `Falcon${tag} Trading Corporation`;
const harrierFirm = `${word} Basin Gas Corporation`;
const project = `${word} LNG`;
let docA: string;
let docB: string;
let docC: string | undefined;
const made: { analystEdge?: string } = {};

const ids = async (name: string) =>
  (await graph.readRows<{ id: string }>('MATCH (e:Entity) WHERE e.name = $name RETURN e.id AS id', { name })).map((r) => r.id);

async function edge(type: string, subject: string, object: string): Promise<{ id: string; evidence: number } | undefined> {
  const [row] = await graph.readRows<{ id: string; evidence: number }>(
    `MATCH (s:Entity {name: $subject})-[r]->(o:Entity {name: $object}) WHERE type(r) = $type RETURN r.id AS id, r.evidenceCount AS evidence`,
    { type, subject, object },
  );
  return row;
}

async function analystCounts(): Promise<{ annotations: number; revisions: number; reviews: number; analystEdges: number }> {
  const [row] = await graph.readRows<{ annotations: number; revisions: number; reviews: number; analystEdges: number }>(
    `RETURN COUNT { MATCH (a:Annotation {author: $who}) WHERE NOT coalesce(a.deleted, false) } AS annotations,
            COUNT { MATCH (r:AnnotationRevision {editor: $who}) } AS revisions,
            COUNT { MATCH (r:Review {author: $who}) } AS reviews,
            COUNT { MATCH ()-[r:COOPERATES_WITH]->() WHERE r.origin = 'analyst' AND r.author = $who } AS analystEdges`,
    { who: users[0] },
  );
  return row;
}

beforeAll(async () => {
  graph = testGraph();
  app = createApp({ graph });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'graph-test-remove-'));
  const a = path.join(dir, `${word}-report.en.txt`);
  const b = path.join(dir, `${word}-follow-up.en.txt`);
  fs.writeFileSync(a, [
    `${word} energy report`,
    '',
    `In March 2024, ${harrierFirm} signed a supply agreement with Petronas for LNG deliveries to Japan.`,
    `Mitsui holds a 20% stake in the ${project} project.`,
    `Japan imposed sanctions on ${falcon} in 2025.`,
    '',
  ].join('\n'));
  fs.writeFileSync(b, `${word} follow-up\n\nMitsui holds a 20% stake in the ${project} project.\n`);
  await runIngest({ inputs: [a, b], graph });
  docA = documentId(a);
  docB = documentId(b);
  await createUsers(graph, [{ name: users[0], role: 'analyst' }, { name: users[1], role: 'viewer' }]);
  analyst = await login(app, users[0]);
  viewer = await login(app, users[1]);
});

afterAll(async () => {
  for (const id of [docA, docB, docC]) if (id) await removeDocument(graph, id);
  await graph.writeRows(
    `MATCH (n) WHERE (n:Annotation AND n.author = $who) OR (n:AnnotationRevision AND n.editor = $who) OR (n:Review AND n.author = $who) OR (n:AuditEvent AND n.actor = $who)
     DETACH DELETE n`,
    { who: users[0] },
  );
  if (made.analystEdge) await graph.writeRows('MATCH ()-[r:COOPERATES_WITH {id: $id}]->() DELETE r', { id: made.analystEdge });
  await graph.writeRows(`MATCH (e:Entity) WHERE e.name IN $names AND NOT (e)--() DELETE e`, { names: [falcon, harrierFirm, project] });
  await removeUsers(graph, users);
  await graph.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

test('removing a document keeps every analyst record and drops only what no other document supports', async () => {
  const sanction = await edge('SANCTIONS', 'Japan', falcon) ?? await edge('SANCTIONS', '日本', falcon);
  const stake = await edge('HOLDS_STAKE_IN', '三井物產', project) ?? await edge('HOLDS_STAKE_IN', 'Mitsui & Co.', project);
  expect(sanction).toBeDefined();
  expect(stake?.evidence).toBe(2);
  const [falconId] = await ids(falcon);
  const [projectId] = await ids(project);
  expect(await ids(harrierFirm)).toHaveLength(1);

  const write = (method: 'post', url: string, body: object) => analyst.agent[method](url).set('X-CSRF-Token', analyst.csrf).send(body);
  expect((await write('post', `/api/relations/${sanction!.id}/annotations`, { text: 'Check the gazette.', stance: 'supports' })).status).toBe(201);
  expect((await write('post', `/api/relations/${stake!.id}/annotations`, { text: 'Stake confirmed in the filing.', stance: 'supports' })).status).toBe(201);
  expect((await write('post', `/api/entities/${falconId}/annotations`, { text: 'Shell company?', stance: 'note' })).status).toBe(201);
  expect((await write('post', `/api/relations/${sanction!.id}/review`, { state: 'confirmed', comment: 'Seen in the gazette.' })).status).toBe(201);
  const cooperation = await write('post', '/api/relations', { type: 'COOPERATES_WITH', source: falconId, target: projectId, justification: 'Joint bid, 2025.' });
  expect(cooperation.status).toBe(201);
  made.analystEdge = cooperation.body.relation.id;
  const before = await analystCounts();
  expect(before).toMatchObject({ annotations: 3, reviews: 1, analystEdges: 1 });

  // A viewer may not remove; an unknown document is 404.
  expect((await viewer.agent.delete(`/api/documents/${docA}`).set('X-CSRF-Token', viewer.csrf)).status).toBe(403);
  expect((await analyst.agent.delete(`/api/documents/${prefix}-none`).set('X-CSRF-Token', analyst.csrf)).status).toBe(404);

  const res = await analyst.agent.delete(`/api/documents/${docA}`).set('X-CSRF-Token', analyst.csrf);
  expect(res.status).toBe(200);
  expect(res.body.removed.id).toBe(docA);
  expect(res.body.removed.evidence).toBeGreaterThanOrEqual(4);
  expect(res.body.removed.relations).toBeGreaterThanOrEqual(1);
  expect(res.body.removed.entities).toBeGreaterThanOrEqual(1);

  // Every annotation, revision, review and analyst edge is still there.
  expect(await analystCounts()).toEqual(before);
  expect((await request(app).get(`/api/documents/${docA}`)).status).toBe(404);
  // The edge only A stated is gone; the one B states too stays, with B's evidence alone.
  expect(await edge('SANCTIONS', 'Japan', falcon) ?? await edge('SANCTIONS', '日本', falcon)).toBeUndefined();
  const [stakeAfter] = await graph.readRows<{ n: number }>('MATCH ()-[r:HOLDS_STAKE_IN {id: $id}]->() RETURN r.evidenceCount AS n', { id: stake!.id });
  expect(stakeAfter.n).toBe(1);
  // An entity nothing else holds is gone; one an analyst annotated and joined by an edge stays.
  expect(await ids(harrierFirm)).toEqual([]);
  expect(await ids(falcon)).toEqual([falconId]);

  // The note on the edge that went is listed as no longer supported by any document.
  const unsupported = await request(app).get('/api/annotations/unsupported');
  expect(unsupported.status).toBe(200);
  const mine = unsupported.body.annotations.filter((a: { author: string }) => a.author === users[0]);
  expect(mine).toEqual([
    expect.objectContaining({ targetId: sanction!.id, text: 'Check the gazette.', note: 'no longer supported by any document', formerTarget: expect.stringContaining('SANCTIONS') }),
  ]);
  // Still reachable where it always was.
  const notes = await request(app).get(`/api/relations/${sanction!.id}/annotations`);
  expect(notes.body.annotations.map((a: { text: string }) => a.text)).toEqual(['Check the gazette.']);
});

test('the library lists the remaining document with its counts and no absolute path', async () => {
  const res = await request(app).get('/api/documents').query({ q: word, sort: 'title', order: 'asc' });
  expect(res.status).toBe(200);
  expect(res.body.documents.map((d: { id: string }) => d.id)).toEqual([docB]);
  const [b] = res.body.documents;
  expect(b).toMatchObject({ lang: 'en', fileName: `${word}-follow-up.en.txt`, format: 'text', relations: 1 });
  expect(b.entities).toBeGreaterThanOrEqual(2);
  expect(JSON.stringify(res.body)).not.toContain(dir);
  expect((await request(app).get('/api/documents').query({ lang: 'ja', q: word })).body.documents).toEqual([]);
  expect((await request(app).get('/api/documents').query({ from: 'soon' })).status).toBe(400);
  expect((await request(app).get('/api/documents').query({ sort: 'colour' })).status).toBe(400);
});

test('a document that names no entity is listed with none and its removal counts none', async () => {
  const c = path.join(dir, `${word}-weather.en.txt`);
  fs.writeFileSync(c, `${word} weather diary\n\nIt rained all afternoon and the wind was cold.\n`);
  await runIngest({ inputs: [c], graph });
  docC = documentId(c);
  const listed = await request(app).get('/api/documents').query({ q: `${word}-weather` });
  expect(listed.body.documents).toEqual([expect.objectContaining({ id: docC, entities: 0, relations: 0 })]);

  const res = await analyst.agent.delete(`/api/documents/${docC}`).set('X-CSRF-Token', analyst.csrf);
  expect(res.status).toBe(200);
  expect(res.body.removed).toMatchObject({ id: docC, evidence: 0, relations: 0, entities: 0 });
  expect((await request(app).get(`/api/documents/${docC}`)).status).toBe(404);
});
