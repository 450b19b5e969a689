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
let alice: LoggedIn;
let bob: LoggedIn;
let admin: LoggedIn;
const prefix = fixturePrefix('erm');
const names = { alice: `${prefix}-alice`, bob: `${prefix}-bob`, admin: `${prefix}-admin` };

beforeAll(async () => {
  graph = testGraph();
  app = createApp({ graph });
  f = await createFixture(graph, prefix);
  await createUsers(graph, [
    { name: names.alice, role: 'analyst' },
    { name: names.bob, role: 'analyst' },
    { name: names.admin, role: 'admin' },
  ]);
  alice = await login(app, names.alice);
  bob = await login(app, names.bob);
  admin = await login(app, names.admin);
});

afterAll(async () => {
  await removeUsers(graph, Object.values(names));
  await removeFixture(graph, prefix);
  await graph.close();
});

describe('analyst-made edges', () => {
  test('an analyst asserts an edge: origin analyst, confidence 1, stable id; only its author retracts it, and it is kept', async () => {
    const made = await alice.agent
      .post('/api/relations')
      .set('X-CSRF-Token', alice.csrf)
      .send({ type: 'SANCTIONS', source: f.state, target: f.firm, justification: 'Treasury designation of 2024', sourceUrl: 'https://example.org/designation' });
    expect(made.status).toBe(201);
    const relation = made.body.relation;
    expect(relation).toMatchObject({ type: 'SANCTIONS', source: f.state, target: f.firm, origin: 'analyst', method: 'analyst', confidence: 1, author: names.alice });
    expect(relation.id).toMatch(/^[A-Za-z0-9._:-]+$/);

    const stored = await graph.readRows('MATCH (:Entity {id: $s})-[r:SANCTIONS {id: $id}]->(:Entity {id: $o}) RETURN r.origin AS origin', {
      s: f.state,
      o: f.firm,
      id: relation.id,
    });
    expect(stored).toEqual([{ origin: 'analyst' }]);

    const edgesAround = async () =>
      (await request(app).get(`/api/entities/${f.state}/neighborhood?depth=1`)).body.elements.edges.map((e: { data: { id: string } }) => e.data.id);
    expect(await edgesAround()).toContain(relation.id);

    expect((await bob.agent.delete(`/api/relations/${relation.id}`).set('X-CSRF-Token', bob.csrf)).status).toBe(403);
    const retracted = await alice.agent.delete(`/api/relations/${relation.id}`).set('X-CSRF-Token', alice.csrf);
    expect(retracted.status).toBe(200);
    const kept = await graph.readRows('MATCH ()-[r:SANCTIONS {id: $id}]->() RETURN r.retractedBy AS by, r.retractedAt IS NOT NULL AS retracted', { id: relation.id });
    expect(kept).toEqual([{ by: names.alice, retracted: true }]);
    // Hidden by default, as a rejected edge is: the newest review rejects it.
    const reviews = await request(app).get(`/api/relations/${relation.id}/reviews`);
    expect(reviews.body.reviews[0]).toMatchObject({ state: 'rejected', author: names.alice });
    expect(await edgesAround()).not.toContain(relation.id);
    expect((await alice.agent.delete(`/api/relations/${relation.id}`).set('X-CSRF-Token', alice.csrf)).status).toBe(409);
  });

  test('an extracted edge cannot be retracted (it is rejected by review instead)', async () => {
    const res = await alice.agent.delete(`/api/relations/${f.stakeRel}`).set('X-CSRF-Token', alice.csrf);
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('not_analyst_edge');
  });

  test('bad edges get a 400 naming the field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ type: 'LOVES', source: f.state, target: f.firm, justification: 'x' }, '"type"'],
      [{ type: 'SANCTIONS', source: `${prefix}-nobody`, target: f.firm, justification: 'x' }, '"source"'],
      [{ type: 'SANCTIONS', source: f.state, target: f.firm }, '"justification"'],
      [{ type: 'SANCTIONS', source: f.state, target: f.firm, justification: 'x', sourceUrl: 'javascript:alert(1)' }, '"sourceUrl"'],
      [{ type: 'SANCTIONS', source: 'bad id!', target: f.firm, justification: 'x' }, '"source"'],
    ];
    for (const [body, field] of cases) {
      const res = await alice.agent.post('/api/relations').set('X-CSRF-Token', alice.csrf).send(body);
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('invalid_request');
      expect(res.body.error.message).toContain(field);
    }
  });
});

describe('reviews', () => {
  test('confirm then reject: the newest review is the state, every review is kept', async () => {
    const confirm = await alice.agent.post(`/api/relations/${f.sanctionRel}/review`).set('X-CSRF-Token', alice.csrf).send({ state: 'confirmed' });
    expect(confirm.status).toBe(201);
    const reject = await bob.agent
      .post(`/api/relations/${f.sanctionRel}/review`)
      .set('X-CSRF-Token', bob.csrf)
      .send({ state: 'rejected', comment: 'The sentence is about a different project.' });
    expect(reject.status).toBe(201);
    const reviews = await request(app).get(`/api/relations/${f.sanctionRel}/reviews`);
    expect(reviews.body.reviews.map((r: { state: string; author: string }) => [r.state, r.author])).toEqual([
      ['rejected', names.bob],
      ['confirmed', names.alice],
    ]);
    const edge = await graph.readRows('MATCH ()-[r:SANCTIONS {id: $id}]->() RETURN r.id AS id', { id: f.sanctionRel });
    expect(edge).toHaveLength(1);
  });

  test('a retracted edge takes no review: a confirmation gets 409 and the edge stays retracted, even in a race', async () => {
    const made = await alice.agent.post('/api/relations').set('X-CSRF-Token', alice.csrf)
      .send({ type: 'COOPERATES_WITH', source: f.firm, target: f.state, justification: 'joint venture announced' });
    expect(made.status).toBe(201);
    const id = made.body.relation.id as string;
    const [retract, confirm] = await Promise.all([
      alice.agent.delete(`/api/relations/${id}`).set('X-CSRF-Token', alice.csrf),
      bob.agent.post(`/api/relations/${id}/review`).set('X-CSRF-Token', bob.csrf).send({ state: 'confirmed' }),
    ]);
    expect(retract.status).toBe(200);
    expect([201, 409]).toContain(confirm.status);
    const again = await bob.agent.post(`/api/relations/${id}/review`).set('X-CSRF-Token', bob.csrf).send({ state: 'confirmed' });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('retracted');
    const reviews = await request(app).get(`/api/relations/${id}/reviews`);
    // The retraction's rejection is the newest verdict, whatever order the race ran in.
    expect(reviews.body.reviews[0]).toMatchObject({ state: 'rejected', author: names.alice });
  });

  test('reviewing an unknown edge is 404; a bad state is 400', async () => {
    expect((await alice.agent.post(`/api/relations/${prefix}-none/review`).set('X-CSRF-Token', alice.csrf).send({ state: 'confirmed' })).status).toBe(404);
    const bad = await alice.agent.post(`/api/relations/${f.stakeRel}/review`).set('X-CSRF-Token', alice.csrf).send({ state: 'maybe' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('"state"');
  });
});

describe('merges', () => {
  test('merge moves edges, evidence ids, mentions and aliases, leaves a redirect; unmerge restores all', async () => {
    const dup = `${prefix}-firm-dup`;
    const doc = `${prefix}-doc`;
    await graph.writeRows(
      `MATCH (p:Entity {id: $project}), (k:Entity {id: $firm})
       CREATE (d:Entity:Firm {id: $dup, type: 'Firm', name: '三井物產', nameEn: 'Mitsui dup', aliases: ['三井'], searchText: '三井物產 | 三井物产', mentions: 4})
       CREATE (d)-[:INVESTS_IN {id: $dup + '-invests', amount: '1bn', confidence: 0.7, method: 'trigger', origin: 'extracted', inferred: false, evidenceCount: 1}]->(p)
       CREATE (d)-[:COOPERATES_WITH {id: $dup + '-coop', confidence: 0.6, method: 'trigger', origin: 'extracted', inferred: false, evidenceCount: 0}]->(k)
       CREATE (doc:Document {id: $doc, title: 'merge test'})
       CREATE (doc)-[:MENTIONS {count: 4}]->(d)
       CREATE (doc)-[:MENTIONS {count: 2}]->(k)`,
      { project: f.project, firm: f.firm, dup, doc },
    );
    const annotated = await alice.agent
      .post(`/api/relations/${dup}-invests/annotations`)
      .set('X-CSRF-Token', alice.csrf)
      .send({ text: 'follows the merged edge', stance: 'supports' });
    expect(annotated.status).toBe(201);

    const onEntity = await alice.agent.post(`/api/entities/${dup}/annotations`).set('X-CSRF-Token', alice.csrf).send({ text: 'same firm as the other one' });
    expect(onEntity.status).toBe(201);
    const merged = await alice.agent.post('/api/entities/merge').set('X-CSRF-Token', alice.csrf).send({ keepId: f.firm, mergeId: dup });
    expect(merged.status).toBe(201);
    expect(merged.body.merge).toMatchObject({ keepId: f.firm, mergedId: dup, movedEdges: 2 });

    const [after] = await graph.readRows<{ aliases: string[]; mentions: number; gone: boolean; invests: string[]; docCount: number; redirect: string[] }>(
      `MATCH (k:Entity {id: $firm})
       RETURN k.aliases AS aliases, k.mentions AS mentions,
              NOT EXISTS { MATCH (:Entity {id: $dup}) } AS gone,
              COLLECT { MATCH (k)-[r:INVESTS_IN]->() RETURN r.id } AS invests,
              COLLECT { MATCH (:Document {id: $doc})-[m:MENTIONS]->(k) RETURN m.count }[0] AS docCount,
              COLLECT { MATCH (x:EntityRedirect {fromId: $dup}) RETURN x.toId } AS redirect`,
      { firm: f.firm, dup, doc },
    );
    expect(after.gone).toBe(true);
    expect(after.aliases).toEqual(expect.arrayContaining([`${prefix} Co.`, '三井', '三井物產']));
    expect(after.mentions).toBe(7);
    expect(after.invests).toEqual([`${dup}-invests`]);
    expect(after.docCount).toBe(6);
    expect(after.redirect).toEqual([f.firm]);
    // The annotation points at the edge id, which the move kept.
    const notes = await request(app).get(`/api/relations/${dup}-invests/annotations`);
    expect(notes.body.annotations).toHaveLength(1);

    // The note on the merged-away entity now shows on the kept one.
    expect((await request(app).get(`/api/entities/${f.firm}/annotations`)).body.annotations.map((a: { text: string }) => a.text)).toEqual(['same firm as the other one']);
    const undone = await alice.agent.post(`/api/entities/${dup}/unmerge`).set('X-CSRF-Token', alice.csrf);
    expect(undone.status).toBe(200);
    const [restored] = await graph.readRows<Record<string, unknown>>(
      `MATCH (d:Entity:Firm {id: $dup}), (k:Entity {id: $firm})
       RETURN d.name AS name, d.mentions AS mentions, k.aliases AS keepAliases, k.mentions AS keepMentions,
              COLLECT { MATCH (d)-[r:INVESTS_IN]->() RETURN r.id } AS invests,
              COLLECT { MATCH (d)-[r:COOPERATES_WITH]->(k) RETURN r.id } AS coop,
              COLLECT { MATCH (:Document {id: $doc})-[m:MENTIONS]->(d) RETURN m.count }[0] AS dupDoc,
              COLLECT { MATCH (:Document {id: $doc})-[m:MENTIONS]->(k) RETURN m.count }[0] AS keepDoc,
              COUNT { MATCH (x:EntityRedirect {fromId: $dup}) } AS redirects`,
      { firm: f.firm, dup, doc },
    );
    expect(restored).toEqual({
      name: '三井物產',
      mentions: 4,
      keepAliases: [`${prefix} Co.`],
      // Recomputed from the MENTIONS edges as they are now (the fixture's own total of 3 had none).
      keepMentions: 2,
      invests: [`${dup}-invests`],
      coop: [`${dup}-coop`],
      dupDoc: 4,
      keepDoc: 2,
      redirects: 0,
    });
    expect((await request(app).get(`/api/entities/${dup}/annotations`)).body.annotations).toHaveLength(1);
    expect((await request(app).get(`/api/entities/${f.firm}/annotations`)).body.annotations).toHaveLength(0);
    await graph.writeRows('MATCH (d:Document {id: $doc}) DETACH DELETE d', { doc });
  });

  test('two merges of one entity at once: one wins, the other finds it gone; unmerge then leaves nothing behind', async () => {
    const dup = `${prefix}-race-dup`;
    const other = `${prefix}-race-other`;
    await graph.writeRows(
      `CREATE (:Entity:Firm {id: $dup, type: 'Firm', name: 'Race Dup', aliases: ['Race Dup', 'RD'], searchText: 'race dup | rd', mentions: 0})
       CREATE (:Entity:Firm {id: $other, type: 'Firm', name: 'Race Other', aliases: ['Race Other'], searchText: 'race other', mentions: 0})`,
      { dup, other },
    );
    const [a, b] = await Promise.all([
      bob.agent.post('/api/entities/merge').set('X-CSRF-Token', bob.csrf).send({ keepId: f.firm, mergeId: dup }),
      bob.agent.post('/api/entities/merge').set('X-CSRF-Token', bob.csrf).send({ keepId: other, mergeId: dup }),
    ]);
    expect([a.status, b.status].sort()).toEqual([201, 404]);
    const winner = a.status === 201 ? f.firm : other;
    const loser = winner === f.firm ? other : f.firm;
    const state = () => graph.readRows<{ id: string; aliases: string[]; redirects: number; merges: number }>(
      `MATCH (e:Entity) WHERE e.id IN [$winner, $loser]
       RETURN e.id AS id, e.aliases AS aliases,
              COUNT { MATCH (x:EntityRedirect {fromId: $dup}) } AS redirects,
              COUNT { MATCH (g:Merge {mergedId: $dup}) WHERE g.undoneAt IS NULL } AS merges ORDER BY id`,
      { winner, loser, dup },
    );
    const merged = await state();
    expect(merged.find((r) => r.id === loser)!.aliases).not.toContain('RD');
    expect(merged.find((r) => r.id === winner)!.aliases).toContain('RD');
    expect(merged[0]).toMatchObject({ redirects: 1, merges: 1 });
    const undone = await bob.agent.post(`/api/entities/${dup}/unmerge`).set('X-CSRF-Token', bob.csrf);
    expect(undone.status).toBe(200);
    const after = await state();
    for (const row of after) expect(row.aliases).not.toContain('RD');
    expect(after[0]).toMatchObject({ redirects: 0, merges: 0 });
    await graph.writeRows('MATCH (e:Entity) WHERE e.id IN [$dup, $other] DETACH DELETE e', { dup, other });
  });

  test('unmerge recomputes from the graph as it is now: names and mentions added since the merge stay', async () => {
    const dup = `${prefix}-later-dup`;
    const doc = `${prefix}-later-doc`;
    const later = `${prefix}-later-doc2`;
    await graph.writeRows(
      `MATCH (k:Entity {id: $firm})
       CREATE (d:Entity:Firm {id: $dup, type: 'Firm', name: 'Later Dup', aliases: ['Later Dup'], searchText: 'later dup', mentions: 2})
       CREATE (doc:Document {id: $doc, title: 'before the merge'})
       CREATE (doc)-[:MENTIONS {count: 2}]->(d)`,
      { firm: f.firm, dup, doc },
    );
    expect((await bob.agent.post('/api/entities/merge').set('X-CSRF-Token', bob.csrf).send({ keepId: f.firm, mergeId: dup })).status).toBe(201);
    // A document ingested after the merge adds a name and mentions to the kept entity.
    await graph.writeRows(
      `MATCH (k:Entity {id: $firm})
       CREATE (d2:Document {id: $later, title: 'after the merge'})-[:MENTIONS {count: 5}]->(k)
       SET k.aliases = k.aliases + 'Newly Named', k.searchText = k.searchText + ' | newly named'`,
      { firm: f.firm, later },
    );
    expect((await bob.agent.post(`/api/entities/${dup}/unmerge`).set('X-CSRF-Token', bob.csrf)).status).toBe(200);
    const [row] = await graph.readRows<{ aliases: string[]; searchText: string; mentions: number; dupMentions: number }>(
      `MATCH (k:Entity {id: $firm}), (d:Entity {id: $dup})
       RETURN k.aliases AS aliases, k.searchText AS searchText, k.mentions AS mentions, d.mentions AS dupMentions`,
      { firm: f.firm, dup },
    );
    expect(row.aliases).toContain('Newly Named');
    expect(row.aliases).not.toContain('Later Dup');
    expect(row.searchText).toContain('newly named');
    expect(row.searchText).not.toContain('later dup');
    expect(row.mentions).toBe(5);
    expect(row.dupMentions).toBe(2);
    await graph.writeRows('MATCH (n) WHERE n.id IN [$dup, $doc, $later] DETACH DELETE n', { dup, doc, later });
  });

  test('merging an entity with itself is 400; an unknown id is 404; nothing to unmerge is 404', async () => {
    expect((await alice.agent.post('/api/entities/merge').set('X-CSRF-Token', alice.csrf).send({ keepId: f.firm, mergeId: f.firm })).status).toBe(400);
    expect((await alice.agent.post('/api/entities/merge').set('X-CSRF-Token', alice.csrf).send({ keepId: f.firm, mergeId: `${prefix}-x` })).status).toBe(404);
    expect((await alice.agent.post(`/api/entities/${prefix}-x/unmerge`).set('X-CSRF-Token', alice.csrf)).status).toBe(404);
  });
});

describe('audit', () => {
  test('every write leaves an audit event, filterable by actor and action, paginated; analysts and anonymous are refused', async () => {
    const all = await admin.agent.get(`/api/audit?actor=${names.alice}&limit=100`);
    expect(all.status).toBe(200);
    const actions = new Set((all.body.events as { action: string }[]).map((e) => e.action));
    for (const a of ['auth.login', 'relation.create', 'relation.retract', 'relation.confirm', 'annotation.create', 'entity.merge', 'entity.unmerge']) {
      expect(actions).toContain(a);
    }
    const merges = await admin.agent.get(`/api/audit?actor=${names.alice}&action=entity.merge`);
    expect(merges.body.events).toHaveLength(1);
    expect(merges.body.total).toBe(1);
    const page1 = await admin.agent.get(`/api/audit?actor=${names.alice}&limit=2&offset=0`);
    const page2 = await admin.agent.get(`/api/audit?actor=${names.alice}&limit=2&offset=2`);
    expect(page1.body.events).toHaveLength(2);
    expect(page2.body.events[0].id).not.toBe(page1.body.events[1].id);
    expect(page1.body.total).toBe(all.body.total);
    expect((await request(app).get('/api/audit')).status).toBe(401);
    expect((await alice.agent.get('/api/audit')).status).toBe(403);
    expect((await admin.agent.get('/api/audit?limit=0')).status).toBe(400);
  });
});
