import type { ManagedTransaction, ProfiledPlan, RecordShape } from 'neo4j-driver';

/**
 * INGEST_TRACE=1 prints each write query's time: the way to see which step is slow. Statements
 * sent together are timed from sending to their answer, so within a group each time includes
 * the statements sent before it: the step's own cost is the difference from the previous line.
 * INGEST_TRACE=profile runs each one under PROFILE and adds its db hits, rows and the costliest
 * operators (index seeks, label scans, Eager), so a plan's regression shows without a console.
 */
export async function traced<R extends RecordShape = RecordShape>(tx: ManagedTransaction, cypher: string, params: Record<string, unknown>) {
  const mode = process.env.INGEST_TRACE;
  if (!mode) return tx.run<R>(cypher, params);
  const t0 = performance.now();
  const result = await tx.run<R>(mode === 'profile' ? `PROFILE ${cypher}` : cypher, params);
  const rows = Array.isArray(Object.values(params)[0]) ? (Object.values(params)[0] as unknown[]).length : 0;
  let line = `${(performance.now() - t0).toFixed(0).padStart(6)} ms  ${String(rows).padStart(6)} in  ${cypher.replace(/\s+/g, ' ').slice(0, 90)}`;
  const plan = result.summary.profile;
  if (plan) {
    const ops = flatten(plan);
    const hits = ops.reduce((n, op) => n + op.dbHits, 0);
    const top = [...ops].sort((a, b) => b.dbHits - a.dbHits).slice(0, 4).map((op) => `${op.operatorType}(${op.arguments.Details ?? ''})=${op.dbHits}`.slice(0, 120));
    const flagged = ops.filter((op) => /Eager|NodeByLabelScan|AllNodesScan|RelationshipTypeScan/.test(op.operatorType)).map((op) => op.operatorType);
    line += `\n          db hits ${hits}${flagged.length ? `  FLAGGED ${flagged.join(',')}` : ''}\n          ${top.join('\n          ')}`;
  }
  console.error(line);
  return result;
}

function flatten(plan: ProfiledPlan): ProfiledPlan[] {
  return [plan, ...plan.children.flatMap(flatten)];
}
