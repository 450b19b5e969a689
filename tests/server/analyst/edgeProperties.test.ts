import request from 'supertest';
import type { Express } from 'express';
import { createApp } from '../../../server/app';
import type { Graph } from '../../../graph/connection';
import { testGraph } from '../../helpers/graph';
import { createFixture, createUsers, fixturePrefix, removeFixture, removeUsers, type Fixture } from '../../graph/analyst/fixtures';
import { login, type LoggedIn } from './session';

// An analyst's edge carries the properties the ontology gives its type (a stake's share and
// date, a membership's role), checked against data/ontology.json, and reads back with them.

let graph: Graph;
let app: Express;
let f: Fixture;
let alice: LoggedIn;
const prefix = fixturePrefix('eprop');
const analyst = `${prefix}-alice`;

beforeAll(async () => {
  graph = testGraph();
  app = createApp({ graph });
  f = await createFixture(graph, prefix);
  await createUsers(graph, [{ name: analyst, role: 'analyst' }]);
  alice = await login(app, analyst);
});

afterAll(async () => {
  await graph.writeRows('MATCH (e:AuditEvent {actor: $analyst}) DELETE e', { analyst });
  await removeUsers(graph, [analyst]);
  await removeFixture(graph, prefix);
  await graph.close();
});

const assert = (body: object) =>
  alice.agent.post('/api/relations').set('X-CSRF-Token', alice.csrf).send({ source: f.firm, target: f.project, justification: 'Annual report 2024', ...body });

test('a stake with its share, date and status is stored and read back with them', async () => {
  const made = await assert({ type: 'HOLDS_STAKE_IN', properties: { share: 0.1, date: '2024-06', status: 'reported' } });
  expect(made.status).toBe(201);
  expect(made.body.relation).toMatchObject({ properties: { share: 0.1 }, date: '2024-06' });
  const read = await request(app).get(`/api/relations/${made.body.relation.id}`);
  expect(read.body.relation).toMatchObject({ type: 'HOLDS_STAKE_IN', date: '2024-06', properties: { share: 0.1, status: 'reported' }, origin: 'analyst' });
  const [audit] = await graph.readRows<{ detail: string }>('MATCH (e:AuditEvent {targetId: $id}) RETURN e.detail AS detail', { id: made.body.relation.id });
  expect(JSON.parse(audit.detail)).toMatchObject({ share: 0.1, date: '2024-06' });
});

test('a property the type does not take, or a value of the wrong kind, is a 400 naming it; nothing is stored', async () => {
  const before = await graph.readRows<{ n: number }>("MATCH (:Entity {id: $firm})-[r {origin: 'analyst'}]->() RETURN count(r) AS n", { firm: f.firm });
  const wrongName = await assert({ type: 'HOLDS_STAKE_IN', properties: { role: 'president' } });
  expect(wrongName.status).toBe(400);
  expect(wrongName.body.error.message).toBe('Invalid "properties.role": HOLDS_STAKE_IN has no property "role"; it takes share, date, status.');
  const share = await assert({ type: 'HOLDS_STAKE_IN', properties: { share: 10 } });
  expect(share.status).toBe(400);
  expect(share.body.error.message).toContain('"properties.share": expected a fraction from 0 to 1');
  const date = await assert({ type: 'SANCTIONS', properties: { date: 'last spring' } });
  expect(date.status).toBe(400);
  expect(date.body.error.message).toContain('"properties.date"');
  const none = await assert({ type: 'LOCATED_IN', properties: { date: '2020' } });
  expect(none.body.error.message).toContain('it takes none');
  const resource = await assert({ type: 'SUPPLIES', target: f.state, properties: { resource: `${prefix}-no-such-resource` } });
  expect(resource.status).toBe(400);
  expect(resource.body.error.message).toContain('"properties.resource": no entity');
  expect((await assert({ type: 'HOLDS_STAKE_IN', properties: ['share'] })).status).toBe(400);
  const after = await graph.readRows<{ n: number }>("MATCH (:Entity {id: $firm})-[r {origin: 'analyst'}]->() RETURN count(r) AS n", { firm: f.firm });
  expect(after).toEqual(before);
});
