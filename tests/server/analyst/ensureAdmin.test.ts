import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { createApp } from '../../../server/app';
import { ensureAdmin } from '../../../server/auth/ensureAdmin';
import type { Graph } from '../../../graph/connection';
import { countAdmins, findUser, removeUser } from '../../../graph/analyst/users';
import { testGraph } from '../../helpers/graph';

let graph: Graph;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'analyst-admin-'));
const file = path.join(dir, 'secrets', 'admin-password');

beforeAll(() => {
  graph = testGraph();
});

afterAll(async () => {
  await removeUser(graph, 'admin', 'test');
  fs.rmSync(dir, { recursive: true, force: true });
  await graph.close();
});

test('the first start creates an admin, prints the password once and keeps it in an owner-only file', async () => {
  expect(await countAdmins(graph)).toBe(0);
  const printed: string[] = [];
  await ensureAdmin(graph, (line) => printed.push(line), file);
  const password = fs.readFileSync(file, 'utf8').trim();
  expect(password.length).toBeGreaterThanOrEqual(16);
  expect(fs.statSync(file).mode & 0o077).toBe(0);
  expect(printed).toHaveLength(1);
  expect(printed[0]).toContain(password);
  expect((await findUser(graph, 'admin'))?.role).toBe('admin');

  const login = await request(createApp({ graph })).post('/api/auth/login').send({ username: 'admin', password });
  expect(login.status).toBe(200);
  expect(login.body.user).toEqual({ username: 'admin', role: 'admin' });

  // Later starts leave the account and the file alone and print nothing.
  await ensureAdmin(graph, (line) => printed.push(line), file);
  expect(printed).toHaveLength(1);
  expect(fs.readFileSync(file, 'utf8').trim()).toBe(password);
});
