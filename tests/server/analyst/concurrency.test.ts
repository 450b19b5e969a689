import request from 'supertest';
import type { Express } from 'express';
import { createApp } from '../../../server/app';
import type { Graph } from '../../../graph/connection';
import { testGraph } from '../../helpers/graph';
import { createFixture, createUsers, fixturePrefix, removeFixture, removeUsers, type Fixture } from '../../graph/analyst/fixtures';
import { login, type LoggedIn } from './session';

let graph: Graph;
let app: Express;
let f: Fixture;
const prefix = fixturePrefix('conc');
const names = [0, 1, 2, 3, 4].map((i) => `${prefix}-analyst${i}`);
let sessions: LoggedIn[];

beforeAll(async () => {
  graph = testGraph();
  app = createApp({ graph });
  f = await createFixture(graph, prefix);
  await createUsers(graph, [...names.map((name) => ({ name, role: 'analyst' as const })), { name: `${prefix}-admin`, role: 'admin' }]);
  sessions = await Promise.all(names.map((n) => login(app, n)));
});

afterAll(async () => {
  await removeUsers(graph, [...names, `${prefix}-admin`]);
  await removeFixture(graph, prefix);
  await graph.close();
});

test('50 parallel annotation writes to one edge from 5 analysts: all stored, none lost, versions consistent', async () => {
  const writes = Array.from({ length: 50 }, (_, i) => {
    const s = sessions[i % sessions.length];
    return s.agent
      .post(`/api/relations/${f.stakeRel}/annotations`)
      .set('X-CSRF-Token', s.csrf)
      .send({ text: `note ${i}`, stance: i % 3 === 0 ? 'disputes' : 'supports', tags: [`n${i}`] });
  });
  const results = await Promise.all(writes);
  expect(results.map((r) => r.status)).toEqual(Array(50).fill(201));

  const list = await request(app).get(`/api/relations/${f.stakeRel}/annotations`);
  const texts = (list.body.annotations as { text: string; version: number; author: string }[]).map((a) => a.text).sort();
  expect(texts).toEqual(Array.from({ length: 50 }, (_, i) => `note ${i}`).sort());
  for (const a of list.body.annotations as { version: number; author: string; text: string }[]) {
    expect(a.version).toBe(1);
    expect(a.author).toBe(names[Number(a.text.split(' ')[1]) % names.length]);
  }
  const summary = await request(app).get(`/api/annotations/summary?ids=${f.stakeRel}`);
  expect(summary.body.summaries[f.stakeRel].count).toBe(50);
});

test('10 parallel edits with the same version: exactly one wins, the other nine get 409', async () => {
  const owner = sessions[0];
  const created = await owner.agent
    .post(`/api/relations/${f.sanctionRel}/annotations`)
    .set('X-CSRF-Token', owner.csrf)
    .send({ text: 'original', stance: 'note' });
  const id = created.body.annotation.id as string;
  const admin = await login(app, `${prefix}-admin`);
  // The owner and an admin race each other with the same version.
  const edits = Array.from({ length: 10 }, (_, i) => {
    const s = i % 2 === 0 ? owner : admin;
    return s.agent.patch(`/api/annotations/${id}`).set('X-CSRF-Token', s.csrf).send({ version: 1, text: `edit ${i}` });
  });
  const results = await Promise.all(edits);
  const statuses = results.map((r) => r.status).sort();
  expect(statuses).toEqual([200, ...Array(9).fill(409)]);
  const winner = results.find((r) => r.status === 200)!.body.annotation as { text: string; version: number };
  expect(winner.version).toBe(2);

  expect((await request(app).get(`/api/annotations/${id}/history`)).status).toBe(401);
  const history = await owner.agent.get(`/api/annotations/${id}/history`);
  expect(history.body.revisions.map((r: { version: number; text: string }) => [r.version, r.text])).toEqual([
    [1, 'original'],
    [2, winner.text],
  ]);
  const list = await request(app).get(`/api/relations/${f.sanctionRel}/annotations`);
  expect(list.body.annotations.find((a: { id: string }) => a.id === id)).toMatchObject({ version: 2, text: winner.text });
});

test('sequential edits and a delete keep every revision: who, what, when', async () => {
  const s = sessions[1];
  const created = await s.agent.post(`/api/relations/${f.sanctionRel}/annotations`).set('X-CSRF-Token', s.csrf).send({ text: 'v1' });
  const id = created.body.annotation.id as string;
  for (let v = 1; v <= 4; v++) {
    const res = await s.agent.patch(`/api/annotations/${id}`).set('X-CSRF-Token', s.csrf).send({ version: v, text: `v${v + 1}` });
    expect(res.status).toBe(200);
  }
  const del = await s.agent.delete(`/api/annotations/${id}?version=5`).set('X-CSRF-Token', s.csrf);
  expect(del.status).toBe(200);
  const history = await s.agent.get(`/api/annotations/${id}/history`);
  const revisions = history.body.revisions as { version: number; action: string; editor: string; at: string; text: string }[];
  expect(revisions.map((r) => [r.version, r.action, r.text])).toEqual([
    [1, 'create', 'v1'],
    [2, 'update', 'v2'],
    [3, 'update', 'v3'],
    [4, 'update', 'v4'],
    [5, 'update', 'v5'],
    [6, 'delete', 'v5'],
  ]);
  expect(revisions.every((r) => r.editor === names[1] && !Number.isNaN(Date.parse(r.at)))).toBe(true);
  const list = await request(app).get(`/api/relations/${f.sanctionRel}/annotations`);
  expect(list.body.annotations.some((a: { id: string }) => a.id === id)).toBe(false);
});
