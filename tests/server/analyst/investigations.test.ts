import request from 'supertest';
import type { Express } from 'express';
import { createApp } from '../../../server/app';
import type { Graph } from '../../../graph/connection';
import type { InvestigationCanvas } from '../../../contract/investigations';
import { testGraph } from '../../helpers/graph';
import { createUsers, fixturePrefix, removeUsers } from '../../graph/analyst/fixtures';
import { login, type LoggedIn } from './session';

// Saved investigations over the API: who may list, read, change, share and delete them
// (401 without an account, 403 without access, 404 for an unknown id), versions that refuse a
// stale save, links that open one read-only, and an audit event for every change.

let graph: Graph;
let app: Express;
const prefix = fixturePrefix('inv');
const names = { alice: `${prefix}-alice`, bob: `${prefix}-bob`, carol: `${prefix}-carol`, vera: `${prefix}-vera` };
const as: Record<keyof typeof names, LoggedIn> = {} as never;

const canvas: InvestigationCanvas = {
  nodes: [
    { id: 'ent_a', x: 10.5, y: -20 },
    { id: 'ent_b', x: 200, y: 40.25 },
  ],
  expanded: ['ent_a'],
  hidden: [],
  pinned: ['ent_b'],
  pinnedPaths: [{ from: 'ent_a', to: 'ent_b', nodes: ['ent_a', 'ent_b'], edges: ['rel_ab'] }],
  selected: 'ent_a',
  filters: { types: ['Firm'], rels: [], from: 2019, to: null, minConfidence: 0.5, inferred: false },
  lang: 'en',
  layout: 'fcose',
  viewport: { zoom: 1.25, pan: { x: 3, y: 4 } },
};

beforeAll(async () => {
  graph = testGraph();
  app = createApp({ graph });
  await createUsers(graph, [
    { name: names.alice, role: 'analyst' },
    { name: names.bob, role: 'analyst' },
    { name: names.carol, role: 'analyst' },
    { name: names.vera, role: 'viewer' },
  ]);
  for (const key of Object.keys(names) as (keyof typeof names)[]) as[key] = await login(app, names[key]);
});

afterAll(async () => {
  await graph.writeRows('MATCH (i:Investigation) WHERE i.owner STARTS WITH $prefix DETACH DELETE i', { prefix });
  await graph.writeRows('MATCH (e:AuditEvent) WHERE e.actor STARTS WITH $prefix DELETE e', { prefix });
  await removeUsers(graph, Object.values(names));
  await graph.close();
});

const send = (who: LoggedIn, method: 'post' | 'patch' | 'put' | 'delete', path: string, body?: object) =>
  who.agent[method](`/api${path}`).set('X-CSRF-Token', who.csrf).send(body);

async function create(name = 'Arctic LNG 2 financing'): Promise<string> {
  const made = await send(as.alice, 'post', '/investigations', { name, notes: 'Who pays <b>for</b> it?', canvas });
  expect(made.status).toBe(201);
  return made.body.investigation.id as string;
}

test('the owner saves a canvas and reads it back exactly, with its version and access', async () => {
  const id = await create();
  const read = await as.alice.agent.get(`/api/investigations/${id}`);
  expect(read.status).toBe(200);
  expect(read.body.investigation).toMatchObject({ id, name: 'Arctic LNG 2 financing', owner: names.alice, notes: 'Who pays <b>for</b> it?', version: 1, access: 'owner', shares: [], linkKey: null });
  expect(read.body.investigation.canvas).toEqual(canvas);
  const list = await as.alice.agent.get('/api/investigations');
  expect(list.body.investigations).toContainEqual(expect.objectContaining({ id, name: 'Arctic LNG 2 financing', access: 'owner', nodeCount: 2, version: 1 }));
});

test('401 without an account, 403 for a viewer saving, 404 for an unknown id', async () => {
  const id = await create();
  expect((await request(app).get('/api/investigations')).status).toBe(401);
  expect((await request(app).get(`/api/investigations/${id}`)).status).toBe(401);
  expect((await request(app).post('/api/investigations').send({ name: 'x', canvas })).status).toBe(401);
  expect((await request(app).patch(`/api/investigations/${id}`).send({ version: 1, name: 'x' })).status).toBe(401);
  expect((await send(as.vera, 'post', '/investigations', { name: 'x', canvas })).status).toBe(403);
  const unknown = await as.alice.agent.get('/api/investigations/inv_nothing_here');
  expect(unknown.status).toBe(404);
  expect(unknown.body.error.message).toContain('inv_nothing_here');
  expect((await send(as.alice, 'patch', '/investigations/inv_nothing_here', { version: 1, name: 'x' })).status).toBe(404);
  expect((await send(as.alice, 'delete', '/investigations/inv_nothing_here')).status).toBe(404);
  expect((await send(as.alice, 'put', `/investigations/inv_nothing_here/shares/${names.bob}`, { access: 'read' })).status).toBe(404);
});

test('an account it is not shared with is refused (403) every way, and does not see it listed', async () => {
  const id = await create();
  const read = await as.bob.agent.get(`/api/investigations/${id}`);
  expect(read.status).toBe(403);
  expect(read.body.error.code).toBe('forbidden');
  expect((await send(as.bob, 'patch', `/investigations/${id}`, { version: 1, name: 'mine now' })).status).toBe(403);
  expect((await send(as.bob, 'delete', `/investigations/${id}`)).status).toBe(403);
  expect((await send(as.bob, 'put', `/investigations/${id}/shares/${names.bob}`, { access: 'edit' })).status).toBe(403);
  expect((await send(as.bob, 'post', `/investigations/${id}/link`)).status).toBe(403);
  const list = await as.bob.agent.get('/api/investigations');
  expect(list.body.investigations.map((i: { id: string }) => i.id)).not.toContain(id);
  expect((await as.alice.agent.get(`/api/investigations/${id}`)).body.investigation.name).toBe('Arctic LNG 2 financing');
});

test('shared to read: opens and is listed, but cannot be changed; shared to edit: saves, and a stale save is 409', async () => {
  const id = await create();
  const toCarol = await send(as.alice, 'put', `/investigations/${id}/shares/${names.carol}`, { access: 'read' });
  expect(toCarol.status).toBe(200);
  expect(toCarol.body.shares).toEqual([{ username: names.carol, access: 'read' }]);
  const carolRead = await as.carol.agent.get(`/api/investigations/${id}`);
  expect(carolRead.status).toBe(200);
  expect(carolRead.body.investigation).toMatchObject({ access: 'read', linkKey: null });
  expect(carolRead.body.investigation.canvas).toEqual(canvas);
  expect((await as.carol.agent.get('/api/investigations')).body.investigations).toContainEqual(expect.objectContaining({ id, access: 'read', owner: names.alice }));
  expect((await send(as.carol, 'patch', `/investigations/${id}`, { version: 1, notes: 'no' })).status).toBe(403);

  expect((await send(as.alice, 'put', `/investigations/${id}/shares/${names.bob}`, { access: 'edit' })).status).toBe(200);
  const moved = { ...canvas, nodes: [{ id: 'ent_a', x: 0, y: 0 }] };
  const bobSave = await send(as.bob, 'patch', `/investigations/${id}`, { version: 1, canvas: moved });
  expect(bobSave.status).toBe(200);
  expect(bobSave.body.investigation).toMatchObject({ version: 2, updatedBy: names.bob, access: 'edit', name: 'Arctic LNG 2 financing' });
  const stale = await send(as.alice, 'patch', `/investigations/${id}`, { version: 1, name: 'renamed' });
  expect(stale.status).toBe(409);
  expect(stale.body.error.message).toContain('version 2');
  expect((await as.alice.agent.get(`/api/investigations/${id}`)).body.investigation.canvas).toEqual(moved);

  expect((await send(as.alice, 'delete', `/investigations/${id}/shares/${names.carol}`)).status).toBe(200);
  expect((await as.carol.agent.get(`/api/investigations/${id}`)).status).toBe(403);
  expect((await send(as.alice, 'put', `/investigations/${id}/shares/${prefix}-nobody`, { access: 'read' })).status).toBe(404);
  expect((await send(as.alice, 'put', `/investigations/${id}/shares/${names.alice}`, { access: 'read' })).status).toBe(400);
});

test('a link opens it read-only to any account holding its key, until revoked; the owner alone sees the key', async () => {
  const id = await create();
  const linked = await send(as.alice, 'post', `/investigations/${id}/link`);
  expect(linked.status).toBe(200);
  const key = linked.body.linkKey as string;
  expect(key).toMatch(/^[A-Za-z0-9_-]{16,}$/);
  expect((await as.vera.agent.get(`/api/investigations/${id}`)).status).toBe(403);
  const byLink = await as.vera.agent.get(`/api/investigations/${id}?key=${key}`);
  expect(byLink.status).toBe(200);
  expect(byLink.body.investigation).toMatchObject({ access: 'read', linkKey: null });
  expect((await request(app).get(`/api/investigations/${id}?key=${key}`)).status).toBe(401);
  expect((await as.vera.agent.get(`/api/investigations/${id}?key=${'x'.repeat(key.length)}`)).status).toBe(403);
  expect((await as.vera.agent.get(`/api/investigations/${id}?key=short`)).status).toBe(400);
  expect((await send(as.alice, 'delete', `/investigations/${id}/link`)).body.linkKey).toBeNull();
  expect((await as.vera.agent.get(`/api/investigations/${id}?key=${key}`)).status).toBe(403);
});

test('bad input is a 400 naming the field, and nothing is saved', async () => {
  const before = (await as.alice.agent.get('/api/investigations')).body.investigations.length;
  const noName = await send(as.alice, 'post', '/investigations', { name: '  ', canvas });
  expect(noName.status).toBe(400);
  expect(noName.body.error.message).toContain('"name"');
  const badNode = await send(as.alice, 'post', '/investigations', { name: 'x', canvas: { ...canvas, nodes: [{ id: 'a b', x: 1, y: 2 }] } });
  expect(badNode.status).toBe(400);
  expect(badNode.body.error.message).toContain('"canvas.nodes.0.id"');
  const badType = await send(as.alice, 'post', '/investigations', { name: 'x', canvas: { ...canvas, filters: { ...canvas.filters, types: ['Wizard'] } } });
  expect(badType.status).toBe(400);
  expect(badType.body.error.message).toContain('"canvas.filters.types.0"');
  expect((await send(as.alice, 'post', '/investigations', { name: 'x', canvas: { ...canvas, nodes: [{ id: 'a', x: 'left', y: 2 }] } })).status).toBe(400);
  expect((await as.alice.agent.get('/api/investigations')).body.investigations.length).toBe(before);
});

test('every change is in the audit log: create, update, share, link, unlink, unshare, delete', async () => {
  const id = await create('Audited');
  await send(as.alice, 'patch', `/investigations/${id}`, { version: 1, notes: 'more' });
  await send(as.alice, 'put', `/investigations/${id}/shares/${names.bob}`, { access: 'read' });
  await send(as.alice, 'post', `/investigations/${id}/link`);
  await send(as.alice, 'delete', `/investigations/${id}/link`);
  await send(as.alice, 'delete', `/investigations/${id}/shares/${names.bob}`);
  expect((await send(as.alice, 'delete', `/investigations/${id}`)).status).toBe(200);
  expect((await as.alice.agent.get(`/api/investigations/${id}`)).status).toBe(404);
  const events = await graph.readRows<{ action: string; actor: string }>(
    'MATCH (e:AuditEvent {targetId: $id}) RETURN e.action AS action, e.actor AS actor ORDER BY e.at, e.id',
    { id },
  );
  expect(events.map((e) => e.action).sort()).toEqual(
    ['investigation.create', 'investigation.update', 'investigation.share', 'investigation.link', 'investigation.unlink', 'investigation.unshare', 'investigation.delete'].sort(),
  );
  expect(new Set(events.map((e) => e.actor))).toEqual(new Set([names.alice]));
});
