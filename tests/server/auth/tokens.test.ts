import request from 'supertest';
import type { Express } from 'express';
import { createApp } from '../../../server/app';
import type { Graph } from '../../../graph/connection';
import { createApiToken, tokenTerms, type TokenTerms } from '../../../graph/analyst/tokens';
import { hashSecret, randomSecret } from '../../../server/auth/secrets';
import { testGraph } from '../../helpers/graph';
import { createFixture, createUsers, fixturePrefix, removeFixture, removeUsers, type Fixture } from '../../graph/analyst/fixtures';

let graph: Graph;
let app: Express;
let f: Fixture;
const prefix = fixturePrefix('tok');
const analyst = `${prefix}-analyst`;

beforeAll(async () => {
  graph = testGraph();
  app = createApp({ graph });
  f = await createFixture(graph, prefix);
  await createUsers(graph, [{ name: analyst, role: 'analyst' }]);
});

afterAll(async () => {
  await graph.writeRows('MATCH (t:ApiToken {username: $analyst}) DELETE t', { analyst });
  await removeUsers(graph, [analyst]);
  await removeFixture(graph, prefix);
  await graph.close();
});

async function token(terms: TokenTerms): Promise<string> {
  const secret = randomSecret();
  await createApiToken(graph, analyst, hashSecret(secret), 'test', 'test', terms);
  return secret;
}

const note = { text: 'Seen in the 2024 filing.', stance: 'supports' };
const annotate = (secret: string) => request(app).post(`/api/relations/${f.stakeRel}/annotations`).set('Authorization', `Bearer ${secret}`).send(note);
const read = (secret: string) => request(app).get(`/api/relations/${f.stakeRel}/annotations`).set('Authorization', `Bearer ${secret}`);

describe('API tokens have a scope and an expiry', () => {
  test('a read token reads and is refused every write (403), even for an analyst', async () => {
    const secret = await token(tokenTerms('read'));
    expect((await read(secret)).status).toBe(200);
    const refused = await annotate(secret);
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('token_scope');
    expect((await read(secret)).body.annotations).toHaveLength(0);
  });

  test('a write token writes', async () => {
    const made = await annotate(await token(tokenTerms('write')));
    expect(made.status).toBe(201);
  });

  test('an expired token is 401 with the reason, for reads and writes', async () => {
    const secret = await token(tokenTerms('write', 1, Date.now() - 2 * 86_400_000));
    for (const res of [await read(secret), await annotate(secret)]) {
      expect(res.status).toBe(401);
      expect(res.body.error.code).toBe('token_expired');
      expect(res.body.error.message).toMatch(/expired at \d{4}-/);
    }
  });

  test('a token made before scopes and expiry existed writes until 90 days after it was made', async () => {
    const fresh = randomSecret();
    const old = randomSecret();
    const legacy = `MATCH (u:User {username: $analyst}) CREATE (t:ApiToken {id: $id, hash: $hash, username: $analyst, name: 'legacy', createdAt: $at})`;
    await graph.writeRows(legacy, { analyst, id: `${prefix}-t1`, hash: hashSecret(fresh), at: new Date().toISOString() });
    await graph.writeRows(legacy, { analyst, id: `${prefix}-t2`, hash: hashSecret(old), at: new Date(Date.now() - 91 * 86_400_000).toISOString() });
    expect((await annotate(fresh)).status).toBe(201);
    expect((await annotate(old)).status).toBe(401);
  });
});
