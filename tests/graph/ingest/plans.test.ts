import type { ManagedTransaction, Plan } from 'neo4j-driver';
import type { Graph } from '../../../graph/connection';
import { findRelations, writeRelations } from '../../../graph/ingest/relations';
import { dropDocumentData, dropOrphanEntities } from '../../../graph/ingest/writeBatch';
import { testGraph } from '../../helpers/graph';

/**
 * The ingest's lookups by id are index seeks. During a bench ingest the planner once chose, with
 * the statistics of a graph still small, a scan of a whole index per row for these lookups (a
 * corpus then costs the square of its size to write); the statements now carry index hints. This
 * database's statistics give seeks with or without them, so this guards the hinted plans, it does
 * not reproduce that choice. The statements are explained, not run.
 */

let graph: Graph;
beforeAll(() => {
  graph = testGraph();
});
afterAll(() => graph.close());

/** Run the writer's statements through a transaction that only explains them; their plans. */
async function plansOf(work: (tx: ManagedTransaction) => Promise<unknown>): Promise<Plan[]> {
  const plans: Plan[] = [];
  await graph.read(async (tx) => {
    const explaining = {
      run: async (cypher: string, params: Record<string, unknown>) => {
        const result = await tx.run(`EXPLAIN ${cypher}`, params);
        if (result.summary.plan) plans.push(result.summary.plan);
        return result;
      },
    } as unknown as ManagedTransaction;
    await work(explaining);
  });
  return plans;
}

function operators(plan: Plan): string[] {
  return [plan.operatorType, ...plan.children.flatMap(operators)];
}

const edgeRow = { id: 'r-plan', type: 'HOLDS_STAKE_IN', subject: 'a', object: 'b', props: { date: null, share: '20%' }, confidence: 1, method: 'rule', inferred: false };

test('an edge is looked up by its id through its type index, every type, when found and when updated', async () => {
  const [found] = await plansOf((tx) => findRelations(tx, [edgeRow]));
  const [updated] = await plansOf((tx) => writeRelations(tx, [edgeRow], { existing: new Map([['r-plan', ['id', 'date']]]), reviews: new Map() }));
  for (const plan of [found, updated]) {
    const ops = operators(plan);
    expect(ops.filter((op) => /Scan/.test(op))).toEqual([]);
    expect(ops.filter((op) => /RelationshipIndexSeek/.test(op)).length).toBeGreaterThanOrEqual(25);
  }
});

test("a new edge is created without a lookup of edges and with no Eager beyond the floor's own", async () => {
  const [created] = await plansOf((tx) => writeRelations(tx, [edgeRow], { existing: new Map(), reviews: new Map() }));
  const ops = operators(created);
  expect(ops.filter((op) => /Scan|Relationship.*Seek|Expand/.test(op))).toEqual([]);
  expect(ops.filter((op) => /Create/.test(op))).toHaveLength(1);
  // The floor's CREATE then SET of a map has one Eager between them too.
  expect(ops.filter((op) => /^Eager@/.test(op))).toHaveLength(1);
});

test('the orphan check finds merges through their indexes, never a scan of every merge', async () => {
  const [plan] = await plansOf((tx) => dropOrphanEntities(tx, ['e-plan']));
  const ops = operators(plan);
  expect(ops.filter((op) => /Scan/.test(op))).toEqual([]);
});

test("a document's old data is found through the document id, never a scan", async () => {
  const [plan] = await plansOf((tx) => dropDocumentData(tx, ['d-plan']));
  const ops = operators(plan);
  expect(ops.filter((op) => /Scan/.test(op))).toEqual([]);
  expect(ops.filter((op) => /NodeUniqueIndexSeek/.test(op))).toHaveLength(3);
});
