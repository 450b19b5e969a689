import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Graph } from '../../../graph/connection';
import { freePort, startLocalNeo4j, type LocalNeo4j } from '../../../graph/neo4j/local';
import { applySchema } from '../../../graph/schema';
import { createAnalystRelation } from '../../../graph/analyst/analystRelations';
import { changeAnnotation, createAnnotation, listAnnotations, annotationHistory } from '../../../graph/analyst/annotations';
import { mergeEntities } from '../../../graph/analyst/merges';
import { listReviews, reviewRelation } from '../../../graph/analyst/reviews';
import { createFixture } from './fixtures';

// What analysts write is committed, not cached: stop Neo4j and start it again on the same data
// directory, and every annotation, revision, review, analyst edge and merge is still there.
// This file runs its own Neo4j (the shared test database cannot be restarted under other files).

jest.setTimeout(600_000);

let home: string;
let port: number;
let neo4j: LocalNeo4j | undefined;
let graph: Graph | undefined;

async function start(): Promise<Graph> {
  neo4j = await startLocalNeo4j({ home, boltPort: port, heap: '512m', pageCache: '128m', passwordFile: path.join(home, 'password'), log: () => undefined });
  const g = new Graph({ uri: neo4j.uri, user: neo4j.user, password: neo4j.password });
  await g.verify();
  return g;
}

async function stop(): Promise<void> {
  await graph?.close();
  graph = undefined;
  await neo4j?.stop();
  neo4j = undefined;
}

beforeAll(async () => {
  home = fs.mkdtempSync(path.join(os.tmpdir(), 'analyst-restart-neo4j-'));
  port = await freePort();
});

afterAll(async () => {
  await stop();
  fs.rmSync(home, { recursive: true, force: true });
});

test('annotations, history, reviews, analyst edges and merges survive a Neo4j restart', async () => {
  graph = await start();
  await applySchema(graph);
  const f = await createFixture(graph, 'restart');
  const note = await createAnnotation(graph, { kind: 'relation', id: f.stakeRel }, { text: 'before the restart', stance: 'supports', confidence: 0.7, tags: ['t'] }, 'alice');
  expect(note).toBeDefined();
  const edited = await changeAnnotation(graph, { id: note!.id, version: 1, editor: 'alice', isAdmin: false, action: 'update', content: { text: 'edited before the restart' } });
  expect(edited.ok).toBe(true);
  await reviewRelation(graph, f.sanctionRel, 'rejected', 'wrong project', 'bob');
  const edge = await createAnalystRelation(graph, { type: 'SANCTIONS', source: f.state, target: f.firm, justification: 'designation', sourceUrl: null }, 'alice');
  expect(edge.ok).toBe(true);
  await graph.writeRows("CREATE (:Entity:Firm {id: 'restart-copy', type: 'Firm', name: 'copy', aliases: [], mentions: 1})");
  const merged = await mergeEntities(graph, f.firm, 'restart-copy', 'alice');
  expect(merged.ok).toBe(true);

  await stop();
  graph = await start();

  expect((await listAnnotations(graph, f.stakeRel)).map((a) => [a.text, a.version, a.author])).toEqual([['edited before the restart', 2, 'alice']]);
  expect((await annotationHistory(graph, note!.id))!.map((r) => r.action)).toEqual(['create', 'update']);
  expect((await listReviews(graph, f.sanctionRel)).map((r) => r.state)).toEqual(['rejected']);
  const [counts] = await graph.readRows<{ edges: number; redirects: number; merges: number; audit: number }>(
    `RETURN COUNT { MATCH ()-[r:SANCTIONS]->() WHERE r.origin = 'analyst' } AS edges,
            COUNT { MATCH (:EntityRedirect {fromId: 'restart-copy'}) } AS redirects,
            COUNT { MATCH (:Merge) } AS merges,
            COUNT { MATCH (:AuditEvent) } AS audit`,
  );
  expect(counts).toEqual({ edges: 1, redirects: 1, merges: 1, audit: 5 });
});
