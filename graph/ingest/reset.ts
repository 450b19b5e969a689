import type { Graph } from '../connection';

/**
 * --reset: clear what the ingest made (documents, evidence, sources, extracted edges, entities
 * nothing else holds on to). Analyst data — annotations and their history, reviews, merges
 * (EntityRedirect), analyst-made edges and the entities they join, audit events — survives,
 * unless includeAnalystData is set. Accounts (User, ApiToken) are never cleared here.
 * Deletes run in bounded batches so a large graph does not need one huge transaction.
 */

const BATCH = 5000;

async function deleteInBatches(graph: Graph, match: string, params: Record<string, unknown> = {}): Promise<number> {
  let total = 0;
  for (;;) {
    const [row] = await graph.writeRows<{ n: number }>(
      `${match} WITH x LIMIT toInteger($batch) DETACH DELETE x RETURN count(*) AS n`,
      { ...params, batch: BATCH },
    );
    total += row?.n ?? 0;
    if (!row || row.n < BATCH) return total;
  }
}

export interface ResetCounts {
  documents: number;
  evidence: number;
  sources: number;
  relations: number;
  entities: number;
  analystNodes: number;
}

export async function resetExtractedData(graph: Graph, opts: { includeAnalystData?: boolean } = {}): Promise<ResetCounts> {
  const counts: ResetCounts = { documents: 0, evidence: 0, sources: 0, relations: 0, entities: 0, analystNodes: 0 };
  if (opts.includeAnalystData) {
    counts.analystNodes = await deleteInBatches(
      graph,
      'MATCH (x) WHERE x:Annotation OR x:AnnotationRevision OR x:Review OR x:EntityRedirect OR x:AuditEvent',
    );
  }
  counts.evidence = await deleteInBatches(graph, 'MATCH (x:Evidence)');
  counts.sources = await deleteInBatches(graph, 'MATCH (x:Source)');
  counts.documents = await deleteInBatches(graph, 'MATCH (x:Document)');
  for (;;) {
    const [row] = await graph.writeRows<{ n: number }>(
      `MATCH (:Entity)-[r]->(:Entity)
       WHERE $all OR coalesce(r.origin, 'extracted') <> 'analyst'
       WITH r LIMIT toInteger($batch) DELETE r RETURN count(*) AS n`,
      { all: Boolean(opts.includeAnalystData), batch: BATCH },
    );
    counts.relations += row?.n ?? 0;
    if (!row || row.n < BATCH) break;
  }
  // Entities an analyst still holds (by an edge, a note or a merge) stay; the rest go.
  counts.entities = await deleteInBatches(
    graph,
    `MATCH (x:Entity)
     WHERE NOT (x)--()
       AND NOT EXISTS { MATCH (a:Annotation {targetId: x.id}) }
       AND NOT EXISTS { MATCH (m:EntityRedirect {toId: x.id}) }
       AND NOT EXISTS { MATCH (m:EntityRedirect {fromId: x.id}) }`,
  );
  if (!opts.includeAnalystData) {
    // Entities kept for analysts no longer have documents behind them.
    await graph.writeRows('MATCH (e:Entity) WHERE e.mentions <> 0 SET e.mentions = 0');
  }
  return counts;
}
