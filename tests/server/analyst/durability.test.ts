import request from 'supertest';
import type { Express } from 'express';
import { createApp } from '../../../server/app';
import type { Graph } from '../../../graph/connection';
import { sampleCorpusDir } from '../../../ingest/corpus';
import { runIngest } from '../../../ingest/run';
import { testGraph } from '../../helpers/graph';
import { ensureSampleCorpus } from '../../helpers/corpus';
import { createFixture, createUsers, fixturePrefix, removeFixture, removeUsers, type Fixture } from '../../graph/analyst/fixtures';
import { login, type LoggedIn } from './session';

// Nothing an analyst writes is lost to a re-ingest of the corpus or to `--reset`: annotations
// (with their history), reviews, analyst-made edges and merges are all still there, counted.

let graph: Graph;
let app: Express;
let f: Fixture;
let alice: LoggedIn;
const prefix = fixturePrefix('dur');
const author = `${prefix}-alice`;
let extracted: { id: string; type: string; source: string; target: string }[];
let analystEdge: string;
let mergeId: string;

jest.setTimeout(900_000);

interface Counts {
  annotations: number;
  revisions: number;
  reviews: number;
  analystEdges: number;
  redirects: number;
  merges: number;
  audit: number;
}

async function countAnalystData(): Promise<Counts> {
  const [row] = await graph.readRows<Counts>(
    `RETURN COUNT { MATCH (a:Annotation {author: $author}) WHERE NOT a.deleted } AS annotations,
            COUNT { MATCH (r:AnnotationRevision {editor: $author}) } AS revisions,
            COUNT { MATCH (r:Review {author: $author}) } AS reviews,
            COUNT { MATCH ()-[r]->() WHERE r.origin = 'analyst' AND r.author = $author } AS analystEdges,
            COUNT { MATCH (x:EntityRedirect {mergeId: $mergeId}) } AS redirects,
            COUNT { MATCH (m:Merge {id: $mergeId}) WHERE m.undoneAt IS NULL } AS merges,
            COUNT { MATCH (e:AuditEvent {actor: $author}) } AS audit`,
    { author, mergeId },
  );
  return row;
}

beforeAll(async () => {
  graph = testGraph();
  app = createApp({ graph });
  await ensureSampleCorpus(graph);
  f = await createFixture(graph, prefix);
  await createUsers(graph, [{ name: author, role: 'analyst' }]);
  alice = await login(app, author);
  extracted = await graph.readRows(
    `MATCH (s:Entity)-[r]->(o:Entity) WHERE r.origin = 'extracted' AND NOT coalesce(r.inferred, false) AND r.evidenceCount > 0
     RETURN r.id AS id, type(r) AS type, s.id AS source, o.id AS target ORDER BY r.id LIMIT 2`,
  );
  expect(extracted).toHaveLength(2);

  const post = (path: string, body: object) => alice.agent.post(path).set('X-CSRF-Token', alice.csrf).send(body);
  const note = await post(`/api/relations/${extracted[0].id}/annotations`, { text: 'Checked against the filing.', stance: 'supports', tags: ['filing'] });
  expect(note.status).toBe(201);
  const edit = await alice.agent
    .patch(`/api/annotations/${note.body.annotation.id}`)
    .set('X-CSRF-Token', alice.csrf)
    .send({ version: 1, text: 'Checked against the 2023 filing.' });
  expect(edit.status).toBe(200);
  expect((await post(`/api/entities/${extracted[0].source}/annotations`, { text: 'Watch this actor.', stance: 'note' })).status).toBe(201);
  expect((await post(`/api/relations/${extracted[1].id}/review`, { state: 'rejected', comment: 'Misread sentence.' })).status).toBe(201);
  const edge = await post('/api/relations', { type: 'COOPERATES_WITH', source: extracted[0].source, target: extracted[1].target, justification: 'Joint statement, 2024.' });
  expect(edge.status).toBe(201);
  analystEdge = edge.body.relation.id;
  // A merge of two fixture entities: the redirect and the snapshot must outlive the ingest.
  await graph.writeRows(`CREATE (:Entity:Firm {id: $id, type: 'Firm', name: $id, aliases: [], mentions: 1})`, { id: `${prefix}-firm-copy` });
  const merged = await post('/api/entities/merge', { keepId: f.firm, mergeId: `${prefix}-firm-copy` });
  expect(merged.status).toBe(201);
  mergeId = merged.body.merge.mergeId;
});

afterAll(async () => {
  await graph.writeRows(
    `MATCH (n) WHERE (n:Annotation AND n.author = $author) OR (n:AnnotationRevision AND n.editor = $author) OR (n:Review AND n.author = $author)
     DETACH DELETE n`,
    { author },
  );
  await graph.writeRows('MATCH ()-[r:COOPERATES_WITH {id: $id}]->() DELETE r', { id: analystEdge });
  await graph.writeRows('MATCH (n) WHERE (n:EntityRedirect OR n:Merge) AND (n.mergeId = $mergeId OR n.id = $mergeId) DETACH DELETE n', { mergeId });
  await removeUsers(graph, [author]);
  await removeFixture(graph, prefix);
  await ensureSampleCorpus(graph);
  await graph.close();
});

const expected: Counts = { annotations: 2, revisions: 3, reviews: 1, analystEdges: 1, redirects: 1, merges: 1, audit: 7 };

async function expectEverythingThere(): Promise<void> {
  expect(await countAnalystData()).toEqual(expected);
  // Through the API too: the note on the edge, the rejection, the analyst's edge.
  const notes = await request(app).get(`/api/relations/${extracted[0].id}/annotations`);
  expect(notes.body.annotations.map((a: { text: string; version: number }) => [a.text, a.version])).toEqual([['Checked against the 2023 filing.', 2]]);
  const reviews = await request(app).get(`/api/relations/${extracted[1].id}/reviews`);
  expect(reviews.body.reviews[0]).toMatchObject({ state: 'rejected', author });
  const [edge] = await graph.readRows<{ n: number }>('MATCH ()-[r:COOPERATES_WITH {id: $id}]->() RETURN count(r) AS n', { id: analystEdge });
  expect(edge.n).toBe(1);
}

test('everything is there before any ingest', async () => {
  await expectEverythingThere();
});

test('a forced re-ingest of the corpus keeps every analyst record, and the annotated edge keeps its id', async () => {
  await runIngest({ inputs: [sampleCorpusDir], graph, force: true });
  await expectEverythingThere();
  const [again] = await graph.readRows<{ n: number }>(`MATCH ()-[r:${extracted[0].type}]->() WHERE r.id = $id RETURN count(r) AS n`, { id: extracted[0].id });
  expect(again.n).toBe(1);
  const relation = await request(app).get(`/api/relations/${extracted[0].id}`);
  expect(relation.body.relation.annotationCount).toBe(1);
});

test('--reset then a fresh ingest keeps every analyst record; the extracted edges come back under the same ids', async () => {
  const report = await runIngest({ inputs: [sampleCorpusDir], graph, reset: true });
  expect(report.reset?.relations).toBeGreaterThan(0);
  await expectEverythingThere();
  const relation = await request(app).get(`/api/relations/${extracted[1].id}`);
  expect(relation.status).toBe(200);
  expect(relation.body.relation.review).toBe('rejected');
  const annotated = await request(app).get(`/api/relations/${extracted[0].id}`);
  expect(annotated.body.relation.annotationCount).toBe(1);
});
