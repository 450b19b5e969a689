import { spawnSync } from 'node:child_process';
import path from 'node:path';
import request from 'supertest';
import type { Express } from 'express';
import { createApp } from '../../server/app';
import type { Graph } from '../../graph/connection';
import { testGraph } from '../helpers/graph';
import { createFixture, fixturePrefix, removeFixture, type Fixture } from '../graph/analyst/fixtures';

const root = path.resolve(__dirname, '..', '..');
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');

/** `npm run user -- ...` against the test database (NEO4J_URI is set by the jest global setup). */
function user(...args: string[]) {
  const run = spawnSync(tsx, ['bin/user.ts', ...args], { cwd: root, env: process.env, encoding: 'utf8', timeout: 60_000 });
  return { status: run.status, out: run.stdout, err: run.stderr };
}

let graph: Graph;
let app: Express;
let f: Fixture;
const prefix = fixturePrefix('cli');
const name = `${prefix}-script`;
// Each command is a fresh process (tsx start-up), which is slow on a busy machine.
jest.setTimeout(240_000);

beforeAll(async () => {
  graph = testGraph();
  app = createApp({ graph });
  f = await createFixture(graph, prefix);
});

afterAll(async () => {
  user('remove', name);
  await removeFixture(graph, prefix);
  await graph.close();
});

test('add, list, token: a script writes with its API token and no CSRF; remove revokes it', async () => {
  const added = user('add', name, '--role', 'analyst');
  expect(added.status).toBe(0);
  expect(added.out).toMatch(/Password: \S{16,}/);
  expect(user('list').out).toContain(`${name}\tanalyst`);

  const made = user('token', name, '--name', 'nightly', '--scope', 'write');
  expect(made.status).toBe(0);
  const token = /egt_[A-Za-z0-9_-]+/.exec(made.out)![0];
  const write = await request(app)
    .post(`/api/relations/${f.stakeRel}/annotations`)
    .set('Authorization', `Bearer ${token}`)
    .send({ text: 'from a script', stance: 'note' });
  expect(write.status).toBe(201);
  expect(write.body.annotation.author).toBe(name);

  // The token is stored hashed: the database never holds it in the clear.
  const stored = await graph.readRows('MATCH (t:ApiToken {username: $name}) RETURN t.hash AS hash', { name });
  expect(stored).toHaveLength(1);
  expect(JSON.stringify(stored)).not.toContain(token);

  const wrong = await request(app).post(`/api/relations/${f.stakeRel}/annotations`).set('Authorization', 'Bearer egt_notarealtokenatall').send({ text: 'x' });
  expect(wrong.status).toBe(401);

  expect(user('remove', name).status).toBe(0);
  const after = await request(app).post(`/api/relations/${f.stakeRel}/annotations`).set('Authorization', `Bearer ${token}`).send({ text: 'x' });
  expect(after.status).toBe(401);
});

test('bad input exits non-zero with a message and changes nothing', () => {
  const badRole = user('add', `${prefix}-x`, '--role', 'overlord');
  expect(badRole.status).not.toBe(0);
  expect(badRole.err).toContain('Unknown role');
  const missing = user('passwd', `${prefix}-nobody`);
  expect(missing.status).not.toBe(0);
  expect(missing.err).toContain('No user');
  expect(user('list').out).not.toContain(`${prefix}-x`);
});
