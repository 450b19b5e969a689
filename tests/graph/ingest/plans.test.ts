import type { ManagedTransaction, Plan } from 'neo4j-driver';
import type { Graph } from '../../../graph/connection';
import { writeRelations } from '../../../graph/ingest/relations';
import { dropDocumentData } from '../../../graph/ingest/writeBatch';
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

test('an edge is looked up by its id through its type index, every type', async () => {
  const [plan] = await plansOf((tx) =>
    writeRelations(tx, [{ id: 'r-plan', type: 'HOLDS_STAKE_IN', subject: 'a', object: 'b', props: { date: null }, confidence: 1, method: 'rule', inferred: false }]),
  );
  const ops = operators(plan);
  expect(ops.filter((op) => /Scan/.test(op))).toEqual([]);
  expect(ops.filter((op) => /RelationshipIndexSeek/.test(op)).length).toBeGreaterThanOrEqual(25);
});

test("a document's old data is found through the document id, never a scan", async () => {
  const [plan] = await plansOf((tx) => dropDocumentData(tx, ['d-plan']));
  const ops = operators(plan);
  expect(ops.filter((op) => /Scan/.test(op))).toEqual([]);
  expect(ops.filter((op) => /NodeUniqueIndexSeek/.test(op))).toHaveLength(3);
});
