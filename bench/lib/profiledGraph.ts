import type { ManagedTransaction } from 'neo4j-driver';
import type { Graph } from '../../graph/connection';

/** What the database did for one query of an answer: PROFILE's figures and the plan's costliest steps. */
export interface QueryProfile {
  dbHits: number;
  /** Rows the plan's operators produced, summed (the work, not the answer size). */
  rows: number;
  /** Records returned to Node. */
  records: number;
  /** Server time until the last record was streamed. */
  dbMs: number;
  /** The operators with the most db hits, "Operator (hits/rows)". */
  top: string[];
}

interface PlanNode {
  operatorType: string;
  dbHits: number;
  rows: number;
  children: PlanNode[];
}

function walk(plan: PlanNode, visit: (n: PlanNode) => void): void {
  visit(plan);
  for (const child of plan.children) walk(child, visit);
}

/**
 * The graph, with every query an explore function runs prefixed by PROFILE: the product's own
 * query text and parameters, measured without a line changed in graph/explore.
 */
export function profiledGraph(graph: Graph): { graph: Graph; take(): QueryProfile[] } {
  let profiles: QueryProfile[] = [];
  const wrap = (tx: ManagedTransaction): ManagedTransaction =>
    ({
      run: async (cypher: string, params?: Record<string, unknown>) => {
        const result = await tx.run(`PROFILE ${cypher}`, params);
        const plan = result.summary.profile as unknown as PlanNode | false;
        let dbHits = 0;
        let rows = 0;
        const ops: PlanNode[] = [];
        if (plan) walk(plan, (n) => {
          dbHits += n.dbHits;
          rows += n.rows;
          ops.push(n);
        });
        const top = ops.sort((a, b) => b.dbHits - a.dbHits).slice(0, 3).filter((n) => n.dbHits > 0).map((n) => `${n.operatorType.replace(/@neo4j$/, '')} (${n.dbHits}/${n.rows})`);
        const dbMs = Number(result.summary.resultAvailableAfter) + Number(result.summary.resultConsumedAfter);
        profiles.push({ dbHits, rows, records: result.records.length, dbMs, top });
        return result;
      },
    }) as unknown as ManagedTransaction;
  const proxy = Object.create(graph) as Graph;
  proxy.read = <T>(work: (tx: ManagedTransaction) => Promise<T>, timeoutMs?: number) => graph.read((tx) => work(wrap(tx)), timeoutMs);
  return {
    graph: proxy,
    take() {
      const out = profiles;
      profiles = [];
      return out;
    },
  };
}
