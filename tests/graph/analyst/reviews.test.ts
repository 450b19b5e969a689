import type { Graph } from '../../../graph/connection';
import { listReviews, reviewRelation } from '../../../graph/analyst/reviews';
import { getNeighborhood } from '../../../graph/explore/neighborhood';
import { warmExploreQueries } from '../../../graph/explore/warmup';
import { applySchema } from '../../../graph/schema';
import { reviewListMax } from '../../../contract/limits';
import { testGraph } from '../../helpers/graph';
import { createFixture, fixturePrefix, removeFixture, type Fixture } from './fixtures';

// A review's verdict lives on the edge it judges, so traversals read it there instead of
// scanning every review ever made; the list of an edge's reviews is bounded; a store whose
// reviews predate this gets the verdicts put on its edges once, at schema time.

jest.setTimeout(600_000);

let graph: Graph;
let f: Fixture;
const prefix = fixturePrefix('rev');
const author = `${prefix}-alice`;

beforeAll(async () => {
  graph = testGraph();
  f = await createFixture(graph, prefix);
  // As `npm start` does: the traversals' plans are made before the first timed ask.
  await warmExploreQueries(graph);
});

afterAll(async () => {
  await removeFixture(graph, prefix);
  await graph.close();
});

const around = async (includeRejected: boolean) => {
  const found = await getNeighborhood(graph, f.state, { depth: 1, limit: 50, inferred: false, includeRejected });
  return found!.elements.edges.map((e) => [e.data.id, e.data.review]);
};

test('a rejection hides the edge from traversals and a later confirmation brings it back; the verdict is on the edge', async () => {
  expect(await around(false)).toEqual([[f.sanctionRel, null]]);

  await reviewRelation(graph, f.sanctionRel, 'rejected', 'wrong year', author);
  const [stored] = await graph.readRows<{ review: string }>('MATCH ()-[r:SANCTIONS {id: $id}]->() RETURN r.review AS review', { id: f.sanctionRel });
  expect(stored.review).toBe('rejected');
  expect(await around(false)).toEqual([]);
  expect(await around(true)).toEqual([[f.sanctionRel, 'rejected']]);

  await reviewRelation(graph, f.sanctionRel, 'confirmed', null, author);
  expect(await around(false)).toEqual([[f.sanctionRel, 'confirmed']]);
});

test('traversals do not read Review nodes: thousands of reviews of other edges change nothing', async () => {
  // Written straight into the store (no edge carries their verdict): only a traversal that
  // scanned the Review nodes would see them.
  await graph.writeRows(
    `UNWIND range(1, 5000) AS i
     CREATE (:Review {id: $prefix + '-bulk-' + i, relId: CASE WHEN i = 1 THEN $rel ELSE $prefix + '-gone-' + i END, state: 'rejected', author: $author, at: '2999-01-01T00:00:00Z'})`,
    { prefix, rel: f.sanctionRel, author },
  );
  expect(await around(false)).toEqual([[f.sanctionRel, 'confirmed']]);
});

test('an edge reviewed many times lists only its newest reviews; every review is kept', async () => {
  for (let i = 0; i < reviewListMax + 5; i++) {
    await graph.writeRows(
      `CREATE (:Review {id: $id, relId: $rel, state: 'confirmed', author: $author, comment: null, at: $at})`,
      { id: `${prefix}-many-${i}`, rel: f.stakeRel, author, at: new Date(Date.UTC(2020, 0, 1, 0, 0, i)).toISOString() },
    );
  }
  const listed = await listReviews(graph, f.stakeRel);
  expect(listed).toHaveLength(reviewListMax);
  expect(listed[0].id).toBe(`${prefix}-many-${reviewListMax + 4}`);
  const [kept] = await graph.readRows<{ n: number }>('MATCH (v:Review {relId: $rel}) RETURN count(v) AS n', { rel: f.stakeRel });
  expect(kept.n).toBe(reviewListMax + 5);
});

test('a store whose edges lack their verdict gets it once, when the schema is applied', async () => {
  await graph.writeRows('MATCH ()-[r:HOLDS_STAKE_IN {id: $id}]->() SET r.review = null', { id: f.stakeRel });
  await graph.writeRows("MATCH (m:Migration {id: 'review-state-on-edge'}) DELETE m");
  await applySchema(graph);
  const [row] = await graph.readRows<{ review: string | null; steps: number }>(
    `MATCH ()-[r:HOLDS_STAKE_IN {id: $id}]->() RETURN r.review AS review, COUNT { (m:Migration {id: 'review-state-on-edge'}) } AS steps`,
    { id: f.stakeRel },
  );
  expect(row).toEqual({ review: 'confirmed', steps: 1 });
  // The bulk reviews of the test above name the fixture's sanction edge with the newest date.
  const [sanction] = await graph.readRows<{ review: string | null }>('MATCH ()-[r:SANCTIONS {id: $id}]->() RETURN r.review AS review', { id: f.sanctionRel });
  expect(sanction.review).toBe('rejected');
});
