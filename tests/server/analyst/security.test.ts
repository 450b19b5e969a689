import request from 'supertest';
import type { Express } from 'express';
import { createApp } from '../../../server/app';
import type { Graph } from '../../../graph/connection';
import { testGraph } from '../../helpers/graph';
import { createFixture, createUsers, fixturePrefix, removeFixture, removeUsers, type Fixture } from '../../graph/analyst/fixtures';
import { login } from './session';

let graph: Graph;
let app: Express;
let f: Fixture;
const prefix = fixturePrefix('sec');
const viewer = `${prefix}-viewer`;
const alice = `${prefix}-alice`;
const bob = `${prefix}-bob`;
const admin = `${prefix}-admin`;

beforeAll(async () => {
  graph = testGraph();
  app = createApp({ graph });
  f = await createFixture(graph, prefix);
  await createUsers(graph, [
    { name: viewer, role: 'viewer' },
    { name: alice, role: 'analyst' },
    { name: bob, role: 'analyst' },
    { name: admin, role: 'admin' },
  ]);
});

afterAll(async () => {
  await removeUsers(graph, [viewer, alice, bob, admin]);
  await removeFixture(graph, prefix);
  await graph.close();
});

const note = { text: 'Stake confirmed by the 2023 annual report.', stance: 'supports', confidence: 0.8, tags: ['stake'] };

describe('who may write', () => {
  test('a write without login gets 401, and nothing is stored', async () => {
    const res = await request(app).post(`/api/relations/${f.stakeRel}/annotations`).send(note);
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('unauthorized');
    const list = await request(app).get(`/api/relations/${f.stakeRel}/annotations`);
    expect(list.body.annotations).toEqual([]);
  });

  test('a viewer gets 403 on every kind of write', async () => {
    const { agent, csrf } = await login(app, viewer);
    const writes = [
      agent.post(`/api/relations/${f.stakeRel}/annotations`).set('X-CSRF-Token', csrf).send(note),
      agent.post('/api/relations').set('X-CSRF-Token', csrf).send({ type: 'SANCTIONS', source: f.state, target: f.firm, justification: 'x' }),
      agent.post(`/api/relations/${f.stakeRel}/review`).set('X-CSRF-Token', csrf).send({ state: 'rejected' }),
      agent.post('/api/entities/merge').set('X-CSRF-Token', csrf).send({ keepId: f.firm, mergeId: f.project }),
    ];
    for (const res of await Promise.all(writes)) {
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('forbidden');
    }
  });

  test('a cookie-session write without the CSRF token gets 403; with a wrong one too', async () => {
    const { agent, csrf } = await login(app, alice);
    const missing = await agent.post(`/api/relations/${f.stakeRel}/annotations`).send(note);
    expect(missing.status).toBe(403);
    expect(missing.body.error.code).toBe('csrf');
    const wrong = await agent.post(`/api/relations/${f.stakeRel}/annotations`).set('X-CSRF-Token', `${csrf}x`).send(note);
    expect(wrong.status).toBe(403);
    const right = await agent.post(`/api/relations/${f.stakeRel}/annotations`).set('X-CSRF-Token', csrf).send(note);
    expect(right.status).toBe(201);
  });

  test("editing or deleting another analyst's annotation gets 403; an admin may", async () => {
    const a = await login(app, alice);
    const created = await a.agent.post(`/api/relations/${f.sanctionRel}/annotations`).set('X-CSRF-Token', a.csrf).send(note);
    const id = created.body.annotation.id as string;
    const b = await login(app, bob);
    const edit = await b.agent.patch(`/api/annotations/${id}`).set('X-CSRF-Token', b.csrf).send({ version: 1, text: 'mine now' });
    expect(edit.status).toBe(403);
    const del = await b.agent.delete(`/api/annotations/${id}`).set('X-CSRF-Token', b.csrf).send({ version: 1 });
    expect(del.status).toBe(403);
    const boss = await login(app, admin);
    const fixed = await boss.agent.patch(`/api/annotations/${id}`).set('X-CSRF-Token', boss.csrf).send({ version: 1, stance: 'disputes' });
    expect(fixed.status).toBe(200);
    expect(fixed.body.annotation).toMatchObject({ version: 2, stance: 'disputes', author: alice, text: note.text });
  });

  test('a stale version gets 409 and the newer text stays', async () => {
    const a = await login(app, alice);
    const created = await a.agent.post(`/api/relations/${f.stakeRel}/annotations`).set('X-CSRF-Token', a.csrf).send(note);
    const id = created.body.annotation.id as string;
    const first = await a.agent.patch(`/api/annotations/${id}`).set('X-CSRF-Token', a.csrf).send({ version: 1, text: 'first edit' });
    expect(first.status).toBe(200);
    const stale = await a.agent.patch(`/api/annotations/${id}`).set('X-CSRF-Token', a.csrf).send({ version: 1, text: 'stale edit' });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('version_conflict');
    const history = await a.agent.get(`/api/annotations/${id}/history`);
    expect(history.body.revisions.map((r: { text: string }) => r.text)).toEqual([note.text, 'first edit']);
    // Earlier revisions are for accounts: deleted text must not be readable anonymously.
    expect((await request(app).get(`/api/annotations/${id}/history`)).status).toBe(401);
  });

  test('logout ends the session: the old cookie no longer writes', async () => {
    const a = await login(app, alice);
    const out = await a.agent.post('/api/auth/logout').set('X-CSRF-Token', a.csrf);
    expect(out.status).toBe(200);
    const me = await a.agent.get('/api/auth/me');
    expect(me.body.user).toBeNull();
    const res = await a.agent.post(`/api/relations/${f.stakeRel}/annotations`).set('X-CSRF-Token', a.csrf).send(note);
    expect(res.status).toBe(401);
  });
});

describe('login', () => {
  test('a wrong password gets 401 with no cookie; /me tells who is logged in', async () => {
    const res = await request(app).post('/api/auth/login').send({ username: alice, password: 'wrong' });
    expect(res.status).toBe(401);
    expect(res.headers['set-cookie']).toBeUndefined();
    const a = await login(app, alice);
    const me = await a.agent.get('/api/auth/me');
    expect(me.body).toEqual({ user: { username: alice, role: 'analyst' }, csrfToken: a.csrf });
  });

  test('the session cookie is HTTP-only and SameSite=Strict', async () => {
    const res = await request(app).post('/api/auth/login').send({ username: alice, password: 'correct horse battery staple' });
    const cookie = (res.headers['set-cookie'] as unknown as string[])[0];
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
  });

  test('a missing field gets a 400 naming it', async () => {
    const res = await request(app).post('/api/auth/login').send({ username: alice });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('"password"');
  });

  test('repeated failed logins for one user get 429, even with the right password then', async () => {
    const target = `${prefix}-bob`;
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      statuses.push((await request(app).post('/api/auth/login').send({ username: target, password: `guess${i}` })).status);
    }
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses[10]).toBe(429);
    const right = await request(app).post('/api/auth/login').send({ username: target, password: 'correct horse battery staple' });
    expect(right.status).toBe(429);
    expect(right.body.error.code).toBe('rate_limited');
    // Another user from the same address is not locked out.
    expect((await request(app).post('/api/auth/login').send({ username: alice, password: 'correct horse battery staple' })).status).toBe(200);
  });
});

describe('login limits across usernames and proxies', () => {
  test('one address spraying a password over many usernames gets 429 before it has tried them all', async () => {
    process.env.LOGIN_ADDRESS_RATE_LIMIT = '5';
    const guarded = createApp({ graph });
    delete process.env.LOGIN_ADDRESS_RATE_LIMIT;
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await request(guarded).post('/api/auth/login').send({ username: `${prefix}-nobody${i}`, password: 'Summer2026!!' })).status);
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5)).toEqual([429, 429]);
  });

  test('behind a proxy only TRUST_PROXY makes the forwarded address count', async () => {
    process.env.LOGIN_ADDRESS_RATE_LIMIT = '2';
    const direct = createApp({ graph });
    process.env.TRUST_PROXY = '1';
    const proxied = createApp({ graph });
    delete process.env.TRUST_PROXY;
    delete process.env.LOGIN_ADDRESS_RATE_LIMIT;
    const attempt = (app: Express, forwarded: string) => request(app).post('/api/auth/login').set('X-Forwarded-For', forwarded).send({ username: `${prefix}-nobody`, password: 'wrong password here' });
    // Without TRUST_PROXY a forged X-Forwarded-For changes nothing: the connection's address counts.
    const forged = [await attempt(direct, '203.0.113.1'), await attempt(direct, '203.0.113.2'), await attempt(direct, '203.0.113.3')];
    expect(forged.map((r) => r.status)).toEqual([401, 401, 429]);
    // With it, each forwarded client has its own count.
    const clients = [await attempt(proxied, '203.0.113.1'), await attempt(proxied, '203.0.113.2'), await attempt(proxied, '203.0.113.3')];
    expect(clients.map((r) => r.status)).toEqual([401, 401, 401]);
  });
});

describe('headers', () => {
  test('a non-Bearer Authorization header reads as anonymous; a malformed or unknown Bearer token is 401', async () => {
    expect((await request(app).get(`/api/relations/${f.stakeRel}/annotations`).set('Authorization', 'Basic dXNlcjpwYXNz')).status).toBe(200);
    expect((await request(app).get(`/api/relations/${f.stakeRel}/annotations`).set('Authorization', 'Bearer short')).status).toBe(401);
    expect((await request(app).get(`/api/relations/${f.stakeRel}/annotations`).set('Authorization', `Bearer ${'x'.repeat(40)}`)).status).toBe(401);
  });

  test('over plain HTTP the page is not told to upgrade to https; behind an HTTPS proxy it is, and the cookie is Secure', async () => {
    const plain = await request(app).get('/api/health');
    expect(plain.headers['content-security-policy']).toBeDefined();
    expect(plain.headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
    process.env.TRUST_PROXY = '1';
    const proxied = createApp({ graph });
    delete process.env.TRUST_PROXY;
    const https = await request(proxied).get('/api/health').set('X-Forwarded-Proto', 'https');
    expect(https.headers['content-security-policy']).toContain('upgrade-insecure-requests');
    const loggedIn = await request(proxied).post('/api/auth/login').set('X-Forwarded-Proto', 'https').send({ username: alice, password: 'correct horse battery staple' });
    expect(loggedIn.status).toBe(200);
    expect(String(loggedIn.headers['set-cookie'])).toMatch(/Secure/);
    // A forged X-Forwarded-Proto without TRUST_PROXY is not believed.
    const forged = await request(app).get('/api/health').set('X-Forwarded-Proto', 'https');
    expect(forged.headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
  });
});

describe('reads', () => {
  test('AUTH_REQUIRED_FOR_READS=true closes reads to anonymous callers but not to a login', async () => {
    process.env.AUTH_REQUIRED_FOR_READS = 'true';
    const closed = createApp({ graph });
    delete process.env.AUTH_REQUIRED_FOR_READS;
    const anon = await request(closed).get(`/api/relations/${f.stakeRel}/annotations`);
    expect(anon.status).toBe(401);
    expect((await request(closed).get('/api/auth/me')).status).toBe(200);
    const v = await login(closed, viewer);
    expect((await v.agent.get(`/api/relations/${f.stakeRel}/annotations`)).status).toBe(200);
  });

  test('reads are open by default', async () => {
    expect((await request(app).get(`/api/relations/${f.stakeRel}/annotations`)).status).toBe(200);
  });
});
