import request from 'supertest';
import type { Express } from 'express';
import { createApp } from '../../../server/app';
import type { Graph } from '../../../graph/connection';
import { testGraph } from '../../helpers/graph';
import { createUsers, fixturePrefix, removeUsers } from '../../graph/analyst/fixtures';
import { login, type LoggedIn } from './session';

// The audit log is the admins': who did what, filtered by user, action and date. Analysts and
// viewers are refused (403), anonymous callers 401.

let graph: Graph;
let app: Express;
const prefix = fixturePrefix('aud');
const names = { admin: `${prefix}-admin`, analyst: `${prefix}-analyst`, viewer: `${prefix}-viewer` };
let admin: LoggedIn;
let analyst: LoggedIn;
let viewer: LoggedIn;
const actor = (n: number) => `${prefix}-actor${n}`;

beforeAll(async () => {
  graph = testGraph();
  app = createApp({ graph });
  await createUsers(graph, [
    { name: names.admin, role: 'admin' },
    { name: names.analyst, role: 'analyst' },
    { name: names.viewer, role: 'viewer' },
  ]);
  admin = await login(app, names.admin);
  analyst = await login(app, names.analyst);
  viewer = await login(app, names.viewer);
  // Events on known days, from two actors.
  await graph.writeRows(
    `UNWIND $events AS e
     CREATE (:AuditEvent {id: e.id, at: e.at, actor: e.actor, action: e.action, targetId: e.target, detail: '{"why":"<b>test</b>"}'})`,
    {
      events: [
        { id: `${prefix}-1`, at: '2025-03-01T09:00:00.000Z', actor: actor(1), action: 'annotation.create', target: `${prefix}-t1` },
        { id: `${prefix}-2`, at: '2025-03-02T23:59:59.500Z', actor: actor(1), action: 'relation.create', target: `${prefix}-t2` },
        { id: `${prefix}-3`, at: '2025-03-03T00:00:00.000Z', actor: actor(2), action: 'annotation.create', target: `${prefix}-t3` },
        { id: `${prefix}-4`, at: '2025-04-10T12:00:00.000Z', actor: actor(2), action: 'entity.merge', target: `${prefix}-t4` },
      ],
    },
  );
});

afterAll(async () => {
  await graph.writeRows('MATCH (e:AuditEvent) WHERE e.actor STARTS WITH $prefix OR e.id STARTS WITH $prefix DELETE e', { prefix });
  await removeUsers(graph, Object.values(names));
  await graph.close();
});

const ids = (body: { events: { id: string }[] }) => body.events.map((e) => e.id).filter((id) => id.startsWith(prefix)).sort();

test('an admin filters by user, action and date (a day counts whole, both ends included)', async () => {
  const byUser = await admin.agent.get(`/api/audit?actor=${actor(1)}`);
  expect(byUser.status).toBe(200);
  expect(ids(byUser.body)).toEqual([`${prefix}-1`, `${prefix}-2`]);
  expect(byUser.body.events[0]).toMatchObject({ actor: actor(1), detail: { why: '<b>test</b>' } });

  const byAction = await admin.agent.get(`/api/audit?action=annotation.create&from=2025-03-01&to=2025-03-31`);
  expect(ids(byAction.body)).toEqual([`${prefix}-1`, `${prefix}-3`]);

  const oneDay = await admin.agent.get(`/api/audit?from=2025-03-02&to=2025-03-02`);
  expect(ids(oneDay.body)).toEqual([`${prefix}-2`]);
  expect(oneDay.body.total).toBeGreaterThanOrEqual(1);

  const instants = await admin.agent.get(`/api/audit?actor=${actor(2)}&from=2025-03-03T00:00:00Z&to=2025-04-10T11:59:59Z`);
  expect(ids(instants.body)).toEqual([`${prefix}-3`]);
  const newestFirst = await admin.agent.get(`/api/audit?actor=${actor(2)}`);
  expect(newestFirst.body.events.map((e: { id: string }) => e.id)).toEqual([`${prefix}-4`, `${prefix}-3`]);
});

test('the facets list every user and action the log holds', async () => {
  const facets = await admin.agent.get('/api/audit/facets');
  expect(facets.status).toBe(200);
  expect(facets.body.actors).toEqual(expect.arrayContaining([actor(1), actor(2)]));
  expect(facets.body.actions).toEqual(expect.arrayContaining(['annotation.create', 'relation.create', 'entity.merge']));
  expect([...facets.body.actors].sort()).toEqual(facets.body.actors);
});

test('analysts and viewers are refused (403), anonymous callers 401, a bad date is 400', async () => {
  for (const path of ['/api/audit', '/api/audit/facets']) {
    expect((await analyst.agent.get(path)).status).toBe(403);
    expect((await viewer.agent.get(path)).status).toBe(403);
    expect((await request(app).get(path)).status).toBe(401);
  }
  const bad = await admin.agent.get('/api/audit?from=yesterday');
  expect(bad.status).toBe(400);
  expect(bad.body.error.message).toContain('"from"');
  expect((await admin.agent.get('/api/audit?to=2025-02-30')).status).toBe(400);
});
